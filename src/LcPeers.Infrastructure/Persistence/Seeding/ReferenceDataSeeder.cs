using System.Globalization;
using LcPeers.Domain.Common;
using LcPeers.Domain.LearningCommunities;
using LcPeers.Domain.Matching;
using LcPeers.Domain.Reference;
using LcPeers.Domain.Tools;
using Microsoft.EntityFrameworkCore;

namespace LcPeers.Infrastructure.Persistence.Seeding;

/// <summary>
/// Seeds the vocabularies, the 14 tools and the 52 LCs of the source report. Idempotent: a record that exists
/// (by its stable id or key) is left alone, so staff edits survive every restart.
/// </summary>
internal sealed class ReferenceDataSeeder(LcPeersDbContext db, TimeProvider time)
{
    public async Task<int> SeedAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var added = 0;
        added += await SeedVocabularyAsync(ct);
        added += await SeedToolsAsync(ct);
        added += await SeedLearningCommunitiesAsync(now, ct);
        if (!await db.MatchingSettings.AnyAsync(ct))
        {
            // The weights row exists from the start, so concurrent first uses never race to create it.
            db.MatchingSettings.Add(MatchingSettings.CreateDefault(now));
            added++;
        }

        await db.SaveChangesAsync(ct);
        return added;
    }

    private async Task<int> SeedVocabularyAsync(CancellationToken ct)
    {
        var existing = (await db.ReferenceTerms.Select(t => new { t.Kind, t.Code }).ToListAsync(ct))
            .Select(t => (t.Kind, t.Code)).ToHashSet();
        var added = 0;
        foreach (var row in Tsv.ReadEmbedded("vocabulary.tsv"))
        {
            var kind = Codes<ReferenceKind>.Parse(row["kind"]);
            if (existing.Contains((kind, row["code"])))
            {
                continue;
            }

            db.ReferenceTerms.Add(ReferenceTerm.Define(kind, row["code"], int.Parse(row["sort_order"], CultureInfo.InvariantCulture),
                row["label_nl"], row["label_en"], row["description_nl"], row["description_en"]));
            added++;
        }

        return added;
    }

    private async Task<int> SeedToolsAsync(CancellationToken ct)
    {
        var existing = (await db.Tools.Select(t => t.Id).ToListAsync(ct)).ToHashSet();
        var dutch = Tsv.ReadEmbedded("tools-nl.tsv").ToDictionary(r => r["number"], r => r["description_nl"], StringComparer.Ordinal);
        var added = 0;
        foreach (var row in Tsv.ReadEmbedded("tools.tsv"))
        {
            var number = int.Parse(row["number"], CultureInfo.InvariantCulture);
            var id = ToolIdFor(number);
            if (existing.Contains(id))
            {
                continue;
            }

            db.Tools.Add(Tool.Define(
                id,
                number,
                row["name"],
                SplitCodes(row["phases"]).Select(Codes<Phase>.Parse),
                SplitCodes(row["bottlenecks"]).Select(Codes<Bottleneck>.Parse),
                IsYes(row["needs_facilitator"]),
                IsYes(row["lc_specific"]),
                dutch.GetValueOrDefault(row["number"], row["notes"]),
                row["notes"]));
            added++;
        }

        return added;
    }

    private async Task<int> SeedLearningCommunitiesAsync(DateTimeOffset now, CancellationToken ct)
    {
        var existing = (await db.LearningCommunities.Select(lc => lc.Id).ToListAsync(ct)).ToHashSet();
        var added = 0;
        foreach (var row in Tsv.ReadEmbedded("learning-communities.tsv"))
        {
            var number = int.Parse(row["number"], CultureInfo.InvariantCulture);
            var id = LearningCommunityIdFor(number);
            if (existing.Contains(id))
            {
                continue;
            }

            var name = row["name"];
            var profile = new LearningCommunityProfile(
                name,
                string.IsNullOrEmpty(row["region"]) ? null : row["region"],
                InferType(name),
                LearningCommunityStatus.Active,
                Phase: null,
                PartnerCount.ParseOrNull(row["partner_count"]),
                PartnerOrganisations: [],
                Sectors: [],
                Contacts: [],
                Description: null);
            db.LearningCommunities.Add(LearningCommunity.Create(id, profile, number, now));
            added++;
        }

        return added;
    }

    public static ToolId ToolIdFor(int reportNumber) => new(DeterministicGuid.Create($"tool:{reportNumber}"));

    public static LearningCommunityId LearningCommunityIdFor(int reportNumber) => new(DeterministicGuid.Create($"learning-community:{reportNumber}"));

    /// <summary>
    /// The report's Table 2 gives no type column; the names carry it (CIV …, CoE …, … (MOOI), Fieldlab …).
    /// Anything else is "other" until staff set it.
    /// </summary>
    internal static LearningCommunityType InferType(string name)
    {
        if (name.Contains("(MOOI)", StringComparison.OrdinalIgnoreCase))
        {
            return LearningCommunityType.MooiConsortium;
        }

        if (name.StartsWith("CIV ", StringComparison.Ordinal))
        {
            return LearningCommunityType.Civ;
        }

        if (name.StartsWith("CoE ", StringComparison.Ordinal) || name.Contains("Centre of Expertise", StringComparison.OrdinalIgnoreCase))
        {
            return LearningCommunityType.Coe;
        }

        if (name.Contains("Fieldlab", StringComparison.OrdinalIgnoreCase) || name.Contains("Skillslab", StringComparison.OrdinalIgnoreCase))
        {
            return LearningCommunityType.FieldlabSkillslab;
        }

        if (name.Contains("Lectoraat", StringComparison.OrdinalIgnoreCase) || name.Contains("Practoraat", StringComparison.OrdinalIgnoreCase))
        {
            return LearningCommunityType.LectoratePractorate;
        }

        return LearningCommunityType.Other;
    }

    private static string[] SplitCodes(string cell) =>
        cell.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static bool IsYes(string cell) => cell.Equals("yes", StringComparison.OrdinalIgnoreCase);
}
