using LcPeers.Domain.LearningCommunities;
using LcPeers.Domain.Reference;

namespace LcPeers.Application.LearningCommunities.SimilarLearningCommunities;

/// <summary>
/// How alike two LCs are, and why. Each weight is written once here: the phase weighs most (LCs in the same phase
/// meet the same questions), then what they asked help with, then sector, region and type.
/// </summary>
internal sealed record Similarity(LearningCommunity Other, double Score, IReadOnlyList<string> Reasons, IReadOnlyList<string> SharedSectors, IReadOnlyList<Bottleneck> SharedBottlenecks)
{
    public const double SamePhase = 2;
    public const double PerSharedBottleneck = 1;
    public const double PerSharedSector = 1;
    public const int MaxCounted = 2;
    public const double SameProvince = 1;
    public const double NeighbourProvince = 0.5;
    public const double SameType = 0.5;

    public static Similarity Between(LearningCommunity self, LearningCommunity other, IReadOnlySet<Bottleneck> selfAsked, IReadOnlySet<Bottleneck> otherAsked)
    {
        var reasons = new List<string>();
        double score = 0;
        void Add(bool holds, double weight, string reason)
        {
            if (holds)
            {
                score += weight;
                reasons.Add(reason);
            }
        }

        var sectors = self.Sectors.Intersect(other.Sectors, StringComparer.Ordinal).ToList();
        var bottlenecks = selfAsked.Intersect(otherAsked).Order().ToList();
        var mine = Provinces.FromRegionText(self.Region);
        var theirs = Provinces.FromRegionText(other.Region);
        var sameProvince = mine.Intersect(theirs, StringComparer.Ordinal).Any();
        Add(self.Phase is not null && self.Phase == other.Phase, SamePhase, "same-phase");
        Add(bottlenecks.Count > 0, PerSharedBottleneck * Math.Min(MaxCounted, bottlenecks.Count), "shared-bottleneck");
        Add(sectors.Count > 0, PerSharedSector * Math.Min(MaxCounted, sectors.Count), "shared-sector");
        Add(sameProvince, SameProvince, "same-province");
        Add(!sameProvince && mine.Any(a => theirs.Any(b => Provinces.AreNeighbours(a, b))), NeighbourProvince, "neighbour-province");

        // The type alone makes no match (most LCs share one); it only ranks LCs that are alike in something else.
        Add(score > 0 && self.Type == other.Type, SameType, "same-type");
        return new Similarity(other, score, reasons, sectors, bottlenecks);
    }
}
