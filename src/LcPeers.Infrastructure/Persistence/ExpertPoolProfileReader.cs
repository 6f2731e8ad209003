using System.Runtime.CompilerServices;
using LcPeers.Application.Matching;
using LcPeers.Domain.Experts;
using LcPeers.Domain.Reference;
using LcPeers.Matching.Ranking;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace LcPeers.Infrastructure.Persistence;

/// <summary>
/// Reads the pool profiles of every expert not erased as plain columns, the JSON documents as text parsed here, so
/// the full pool build does not materialise 100,000 <see cref="Expert"/> aggregates through the entity shaper (at
/// 100,000 experts that halved the read). The SQL is made from the EF model (table and column names, the provider's
/// quoting), so it stays in step with <see cref="Configurations.ExpertConfiguration"/>; the JSON is the format EF writes
/// there (property names as in the domain, enums as their codes). A test compares the pool built this way with the
/// pool built from the aggregates EF loads.
/// </summary>
internal sealed class ExpertPoolProfileReader(LcPeersDbContext db) : IPoolProfileReader
{
    public async IAsyncEnumerable<PoolProfile> ReadAsync([EnumeratorCancellation] CancellationToken ct)
    {
        var rows = db.Database.SqlQueryRaw<ProfileRow>(Sql()).OrderBy(r => r.Id).AsAsyncEnumerable();
        var json = new ProfileJson();
        await foreach (var row in rows.WithCancellation(ct))
        {
            yield return row.ToProfile(json);
        }
    }

    private string Sql()
    {
        var expert = db.Model.FindEntityType(typeof(Expert)) ?? throw new InvalidOperationException("Expert is not mapped.");
        var table = StoreObjectIdentifier.Table(expert.GetTableName()!, expert.GetSchema());
        var sql = db.GetService<ISqlGenerationHelper>();
        string Column(string property, string alias)
        {
            var column = expert.FindProperty(property)?.GetColumnName(table)
                ?? expert.FindComplexProperty(property)?.ComplexType.GetContainerColumnName()
                ?? throw new InvalidOperationException($"Expert.{property} is not mapped to a column.");
            return $"{sql.DelimitIdentifier(column)} AS {sql.DelimitIdentifier(alias)}";
        }

        string[] columns =
        [
            Column(nameof(Expert.Id), nameof(ProfileRow.Id)),
            Column(nameof(Expert.DisplayName), nameof(ProfileRow.DisplayName)),
            Column(nameof(Expert.Consent), nameof(ProfileRow.Consent)),
            Column(nameof(Expert.Online), nameof(ProfileRow.Online)),
            Column(nameof(Expert.HoursPerMonth), nameof(ProfileRow.HoursPerMonth)),
            Column(nameof(Expert.MaxConcurrentEngagements), nameof(ProfileRow.MaxConcurrentEngagements)),
            Column(nameof(Expert.Organisations), nameof(ProfileRow.Organisations)),
            Column(nameof(Expert.RolesOffered), nameof(ProfileRow.RolesOffered)),
            Column("_competences", nameof(ProfileRow.Competences)),
            Column(nameof(Expert.Tools), nameof(ProfileRow.Tools)),
            Column("_phasesGuided", nameof(ProfileRow.PhasesGuided)),
            Column(nameof(Expert.Sectors), nameof(ProfileRow.Sectors)),
            Column(nameof(Expert.Regions), nameof(ProfileRow.Regions)),
            Column(nameof(Expert.Languages), nameof(ProfileRow.Languages)),
            Column("_availability", nameof(ProfileRow.Availability)),
        ];
        var erased = sql.DelimitIdentifier(expert.FindProperty(nameof(Expert.ErasedAt))!.GetColumnName(table)!);
        return $"SELECT {string.Join(", ", columns)} FROM {sql.DelimitIdentifier(table.Name, table.Schema)} WHERE {erased} IS NULL";
    }
}

/// <summary>One expert's pool columns as stored: scalars, and the JSON documents as text.</summary>
internal sealed class ProfileRow
{
    public Guid Id { get; set; }
    public string DisplayName { get; set; } = "";
    public bool Consent { get; set; }
    public bool Online { get; set; }
    public int HoursPerMonth { get; set; }
    public int MaxConcurrentEngagements { get; set; }
    public string? Organisations { get; set; }
    public string? RolesOffered { get; set; }
    public string? Competences { get; set; }
    public string? Tools { get; set; }
    public string? PhasesGuided { get; set; }
    public string? Sectors { get; set; }
    public string? Regions { get; set; }
    public string? Languages { get; set; }
    public string? Availability { get; set; }

    public PoolProfile ToProfile(ProfileJson json) => new(
        Id,
        DisplayName,
        Consent,
        Online,
        HoursPerMonth,
        MaxConcurrentEngagements,
        json.Strings(Organisations),
        json.CodeList<ExpertRole>(RolesOffered),
        json.Competences(Competences),
        json.Tools(Tools),
        json.Phases(PhasesGuided),
        json.Strings(Sectors),
        json.Strings(Regions),
        json.CodeList<Language>(Languages),
        json.Availability(Availability));
}
