using LcPeers.Application.Monitor;
using LcPeers.Application.Monitor.Needs;

namespace LcPeers.Api.Exports;

/// <summary>The monitor's answers as downloadable tables; headers are the JSON field names of the same route.</summary>
public static class MonitorTables
{
    public static ITable[] Of(MonitorResponse m)
    {
        ArgumentNullException.ThrowIfNull(m);
        (string Name, int Value)[] totals =
        [
            ("learningCommunities", m.LearningCommunities), ("requests", m.Requests), ("ratings", m.Ratings),
            ("experts", m.Experts), ("expertsWithConsent", m.ExpertsWithConsent),
        ];
        return
        [
            new Table<(string Name, int Value)>("totals", totals, new("figure", t => t.Name), new("value", t => t.Value)),
            Counts("learningCommunitiesByPhase", m.LearningCommunitiesByPhase),
            Counts("learningCommunitiesByProvince", m.LearningCommunitiesByProvince),
            Counts("learningCommunitiesByType", m.LearningCommunitiesByType),
            Counts("learningCommunitiesByStatus", m.LearningCommunitiesByStatus),
            Counts("requestsByStatus", m.RequestsByStatus),
            Counts("requestsByBottleneck", m.RequestsByBottleneck),
            Counts("requestsByKind", m.RequestsByKind),
            Counts("proposalsByStatus", m.ProposalsByStatus),
            Counts("engagementsByStatus", m.EngagementsByStatus),
            Counts("ratingsByScore", m.RatingsByScore),
            Counts("expertsByRole", m.ExpertsByRole),
        ];
    }

    public static ITable[] Of(NeedsResponse needs)
    {
        ArgumentNullException.ThrowIfNull(needs);
        return
        [
            new Table<NeedRow>("needs", needs.Rows,
                new("phase", r => r.Phase), new("bottleneck", r => r.Bottleneck), new("province", r => r.Province),
                new("requests", r => r.Requests), new("eligibleExperts", r => r.EligibleExperts), new("ratio", r => r.Ratio),
                new("medianDaysToMatch", r => r.MedianDaysToMatch), new("unmatchedShare", r => r.UnmatchedShare)),
        ];
    }

    private static Table<Count> Counts(string name, IReadOnlyList<Count> counts) =>
        new(name, counts, new("key", c => c.Key), new("value", c => c.Value));
}
