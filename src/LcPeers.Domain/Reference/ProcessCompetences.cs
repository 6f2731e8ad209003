using System.Collections.Frozen;

namespace LcPeers.Domain.Reference;

/// <summary>
/// The curated list of process competences (report ch. 6.1: process knowledge is asked for more than technical
/// knowledge). Labels live in the reference data; the codes are fixed here.
/// </summary>
public static class ProcessCompetences
{
    public static readonly IReadOnlyList<string> All =
    [
        "process-management",
        "leadership",
        "governance",
        "business-models",
        "accreditation",
        "stakeholder-management",
        "storytelling",
        "funding-applications",
        "curriculum-design",
        "change-management",
        "community-building",
        "monitoring-evaluation",
    ];

    private static readonly FrozenSet<string> Set = All.ToFrozenSet(StringComparer.Ordinal);

    public static bool IsKnown(string? code) => code is not null && Set.Contains(code);
}
