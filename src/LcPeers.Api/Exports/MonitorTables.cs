using LcPeers.Application.Monitor;
using LcPeers.Application.Monitor.Impact;
using LcPeers.Application.Monitor.Needs;
using LcPeers.Application.Monitor.Quality;
using LcPeers.Application.Monitor.Snapshots;
using LcPeers.Application.Tools;
using LcPeers.Application.Tools.ListTools;

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
            new Table<MonitorConcentration>("concentration", [m.Concentration], new("engagements", c => c.Engagements),
                new("topDecileShare", c => c.TopDecileShare), new("gini", c => c.Gini)),
            new Table<MonitorFeedback>("feedback", [m.Feedback], new("ended", f => f.Ended), new("withCoordinatorFeedback", f => f.WithCoordinatorFeedback),
                new("withExpertFeedback", f => f.WithExpertFeedback), new("coordinatorShare", f => f.CoordinatorShare)),
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

    public static ITable[] Of(MonitorHistoryResponse history)
    {
        ArgumentNullException.ThrowIfNull(history);
        return
        [
            new Table<MonitorSnapshotRow>("history", history.Months,
                new("month", r => r.Month), new("learningCommunities", r => r.LearningCommunities), new("requests", r => r.Requests),
                new("openRequests", r => r.OpenRequests), new("activeEngagements", r => r.ActiveEngagements),
                new("completedEngagements", r => r.CompletedEngagements), new("experts", r => r.Experts),
                new("expertsWithConsent", r => r.ExpertsWithConsent), new("ratings", r => r.Ratings), new("averageRating", r => r.AverageRating),
                new("feedbackShare", r => r.FeedbackShare)),
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

    public static ITable[] Of(QualityResponse quality)
    {
        ArgumentNullException.ThrowIfNull(quality);
        return
        [
            new Table<QualityRow>("quality", quality.Rows,
                new("year", r => r.Year), new("dimension", r => r.Dimension), new("reports", r => r.Reports),
                new("level1", r => r.LevelCounts[0]), new("level2", r => r.LevelCounts[1]), new("level3", r => r.LevelCounts[2]),
                new("level4", r => r.LevelCounts[3]), new("level5", r => r.LevelCounts[4]), new("meanLevel", r => r.MeanLevel)),
        ];
    }

    public static ITable[] Of(ToolListResponse tools)
    {
        ArgumentNullException.ThrowIfNull(tools);
        return
        [
            new Table<ToolResponse>("tools", tools.Items,
                new("number", t => t.Number), new("name", t => t.Name), new("requests", t => t.Use?.Requests),
                new("engagements", t => t.Use?.Engagements), new("ratings", t => t.Use?.Ratings), new("averageRating", t => t.Use?.AverageRating)),
        ];
    }

    public static ITable[] Of(ImpactResponse impact)
    {
        ArgumentNullException.ThrowIfNull(impact);
        return
        [
            new Table<ImpactYear>("impactByYear", impact.Years,
                new("year", y => y.Year), new("learningCommunitiesReporting", y => y.LearningCommunitiesReporting),
                new("learningCommunitiesMissing", y => y.LearningCommunitiesMissing), new("reports", y => y.Totals.Reports),
                new("studentsTrained", y => y.Totals.StudentsTrained), new("workersUpskilled", y => y.Totals.WorkersUpskilled),
                new("innovations", y => y.Totals.Innovations), new("partnersJoined", y => y.Totals.PartnersJoined), new("partnersLeft", y => y.Totals.PartnersLeft)),
            new Table<ImpactBreakdownRow>("impactBreakdown", impact.Breakdown,
                new("year", r => r.Year), new("by", r => r.By), new("key", r => r.Key), new("reports", r => r.Totals.Reports),
                new("studentsTrained", r => r.Totals.StudentsTrained), new("workersUpskilled", r => r.Totals.WorkersUpskilled),
                new("innovations", r => r.Totals.Innovations), new("partnersJoined", r => r.Totals.PartnersJoined), new("partnersLeft", r => r.Totals.PartnersLeft)),
        ];
    }

    private static Table<Count> Counts(string name, IReadOnlyList<Count> counts) =>
        new(name, counts, new("key", c => c.Key), new("value", c => c.Value));
}
