using LcPeers.Domain.Experts;
using LcPeers.Domain.Reference;
using Microsoft.EntityFrameworkCore;

namespace LcPeers.Api.Tests.Persistence;

/// <summary>
/// No SQL Server runs here, so the production provider's translation of the expert list's query is checked as SQL:
/// the filters on the JSON documents (competences, phases guided) and the page are done by the database.
/// </summary>
public sealed partial class MigrationTests
{
    [Fact]
    public void SqlServer_ExpertListFiltersJsonDocumentsAndPagesInSql()
    {
        using var db = SqlServerContext();
        var (bottleneck, phase) = (Bottleneck.Financing, Phase.Startup);

        var sql = db.Experts.AsNoTracking().Where(e => e.ErasedAt == null)
            .Where(e => EF.Property<List<Competence>>(e, "_competences").Any(c => c.Bottleneck == bottleneck))
            .Where(e => EF.Property<List<PhaseExperience>>(e, "_phasesGuided").Any(p => p.Phase == phase))
            .OrderBy(e => e.DisplayName).ThenBy(e => e.Id).Skip(200).Take(200)
            .ToQueryString();

        Assert.Contains("OPENJSON([e].[Competences]", sql, StringComparison.Ordinal);
        Assert.Contains("OPENJSON([e].[PhasesGuided]", sql, StringComparison.Ordinal);
        Assert.Contains("OFFSET", sql, StringComparison.Ordinal);
        Assert.Contains("FETCH NEXT", sql, StringComparison.Ordinal);
    }
}
