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

    [Fact]
    public async Task Sqlite_ExpertListPagesAlongItsIndex_WithoutSortingThePool()
    {
        await using var db = SqliteContext();
        await db.Database.OpenConnectionAsync(TestContext.Current.CancellationToken);
        await db.Database.MigrateAsync(TestContext.Current.CancellationToken);

        var sql = db.Experts.AsNoTracking().Where(e => e.ErasedAt == null)
            .OrderBy(e => e.DisplayName).ThenBy(e => e.Id).Skip(200).Take(200)
            .ToQueryString();
        await using var explain = db.Database.GetDbConnection().CreateCommand();
        explain.CommandText = $"EXPLAIN QUERY PLAN {Statement(sql)}";
        var steps = new List<string>();
        await using (var reader = await explain.ExecuteReaderAsync(TestContext.Current.CancellationToken))
        {
            while (await reader.ReadAsync(TestContext.Current.CancellationToken))
            {
                steps.Add(reader.GetString(3));
            }
        }

        var plan = string.Join("\n", steps);

        Assert.Contains("IX_Experts_ErasedAt_DisplayName_Id", plan, StringComparison.Ordinal);
        Assert.DoesNotContain("TEMP B-TREE", plan, StringComparison.Ordinal);
    }

    /// <summary>The statement of <c>ToQueryString</c>, its parameter declarations (".param set", comments) left out.</summary>
    private static string Statement(string sql) =>
        string.Join("\n", sql.Split('\n').Where(line => !line.StartsWith(".param", StringComparison.Ordinal) && !line.StartsWith("--", StringComparison.Ordinal)));
}
