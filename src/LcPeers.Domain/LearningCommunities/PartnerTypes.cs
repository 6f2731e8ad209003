namespace LcPeers.Domain.LearningCommunities;

/// <summary>
/// The kinds of partner the report uses to characterise an LC (ch. 2.1.3: education at each level, companies and SMEs,
/// governments, research), so its set-up shows without tick-boxes. Stored and sent as these codes.
/// </summary>
public static class PartnerTypes
{
    public const string SecondaryEducation = "vo";
    public const string Mbo = "mbo";
    public const string Hbo = "hbo";
    public const string University = "wo";
    public const string Company = "company";
    public const string Sme = "sme";
    public const string Government = "government";
    public const string Research = "research";

    public const int MaxCount = 10_000;

    public static readonly IReadOnlyList<string> All = [SecondaryEducation, Mbo, Hbo, University, Company, Sme, Government, Research];

    public static bool IsKnown(string? code) => code is not null && All.Contains(code, StringComparer.Ordinal);
}

/// <summary>How many partners of one kind (<see cref="PartnerTypes"/>) an LC has.</summary>
public sealed record PartnerTypeCount(string Type, int Count);
