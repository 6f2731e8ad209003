using LcPeers.Application.Common;
using LcPeers.Application.Common.Security;
using LcPeers.Application.Matching;
using LcPeers.Domain.Common;
using LcPeers.Domain.Engagements;
using LcPeers.Domain.Experts;
using LcPeers.Domain.LearningCommunities;
using LcPeers.Domain.Matching;
using LcPeers.Domain.Reference;
using LcPeers.Domain.Requests;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LcPeers.Application.Monitor;

/// <summary>
/// The monitor the report asks for (ch. 6.4), as counts staff read at a glance: LCs by phase, region, type and status;
/// requests by status, bottleneck and kind; proposals and engagements by status; ratings; the expert pool by role.
/// </summary>
[RequiresRole(Roles.Staff)]
public sealed record GetMonitorQuery : IQuery<MonitorResponse>;

/// <summary>One bar of a chart: a stable key (a code, a province) and its count.</summary>
public sealed record Count(string Key, int Value);

public sealed record MonitorResponse(
    int LearningCommunities,
    IReadOnlyList<Count> LearningCommunitiesByPhase,
    IReadOnlyList<Count> LearningCommunitiesByProvince,
    IReadOnlyList<Count> LearningCommunitiesByType,
    IReadOnlyList<Count> LearningCommunitiesByStatus,
    int Requests,
    IReadOnlyList<Count> RequestsByStatus,
    IReadOnlyList<Count> RequestsByBottleneck,
    IReadOnlyList<Count> RequestsByKind,
    IReadOnlyList<Count> ProposalsByStatus,
    IReadOnlyList<Count> EngagementsByStatus,
    int Ratings,
    double? AverageRating,
    IReadOnlyList<Count> RatingsByScore,
    int Experts,
    int ExpertsWithConsent,
    IReadOnlyList<Count> ExpertsByRole,
    MonitorConcentration Concentration,
    MonitorFeedback Feedback);

/// <summary>
/// Whether ended engagements (closed, or past their last day) come back with feedback: how many ended, how many have
/// the coordinators' rating (the track record lives on it), how many the expert's, and the coordinators' share.
/// </summary>
public sealed record MonitorFeedback(int Ended, int WithCoordinatorFeedback, int WithExpertFeedback, double? CoordinatorShare);

/// <summary>
/// How concentrated the work is: the engagements created in the last 12 months, the share held by the busiest 10% of
/// the consenting experts, and the Gini coefficient of engagements per expert (experts without work included).
/// </summary>
public sealed record MonitorConcentration(int Engagements, double TopDecileShare, double Gini);

internal sealed class GetMonitorHandler(ILcPeersDb db, TimeProvider time) : IQueryHandler<GetMonitorQuery, MonitorResponse>
{
    public const string Unknown = "unknown";

    public async ValueTask<MonitorResponse> Handle(GetMonitorQuery query, CancellationToken ct)
    {
        var lcs = await db.LearningCommunities.AsNoTracking().Select(l => new { l.Phase, l.Region, l.Type, l.Status }).ToListAsync(ct);
        var requests = await db.SupportRequests.AsNoTracking().Select(r => new { r.Status, r.Bottlenecks, r.Kind }).ToListAsync(ct);
        var proposals = await db.Proposals.AsNoTracking().GroupBy(p => p.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var engagements = await db.Engagements.AsNoTracking().GroupBy(e => e.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var ratings = await db.EngagementFeedback.AsNoTracking().Where(f => f.Role == FeedbackRole.Coordinator).Select(f => f.Rating).ToListAsync(ct);
        var experts = await db.Experts.AsNoTracking().Where(e => e.ErasedAt == null).Select(e => new { e.Consent, e.RolesOffered }).ToListAsync(ct);
        var recent = await RecentWork.EngagementsPerExpertAsync(db, time.GetUtcNow(), ct);
        var feedback = await FeedbackAsync(ct);
        var concentration = WorkConcentration.Of(recent.Values, experts.Count(e => e.Consent));

        return new MonitorResponse(
            lcs.Count,
            All<Phase>(lcs.Where(l => l.Phase is not null).Select(l => l.Phase!.Value)).Append(new Count(Unknown, lcs.Count(l => l.Phase is null))).ToList(),
            [.. Provinces.All.Select(p => new Count(p, lcs.Count(l => Provinces.FromRegionText(l.Region).Contains(p)))),
                new Count(Unknown, lcs.Count(l => Provinces.FromRegionText(l.Region).Count == 0))],
            All<LearningCommunityType>(lcs.Select(l => l.Type)),
            All<LearningCommunityStatus>(lcs.Select(l => l.Status)),
            requests.Count,
            All<RequestStatus>(requests.Select(r => r.Status)),
            All<Bottleneck>(requests.SelectMany(r => r.Bottlenecks)),
            All<RequestKind>(requests.Where(r => r.Kind != null).Select(r => r.Kind!.Value)),
            [.. Enum.GetValues<ProposalStatus>().Select(s => new Count(Codes<ProposalStatus>.Of(s), proposals.FirstOrDefault(p => p.Key == s)?.Count ?? 0))],
            [.. Enum.GetValues<EngagementStatus>().Select(s => new Count(Codes<EngagementStatus>.Of(s), engagements.FirstOrDefault(e => e.Key == s)?.Count ?? 0))],
            ratings.Count,
            ratings.Count == 0 ? null : Math.Round(ratings.Average(), 2),
            [.. Enumerable.Range(EngagementFeedback.MinRating, EngagementFeedback.MaxRating).Select(n => new Count(n.ToString(System.Globalization.CultureInfo.InvariantCulture), ratings.Count(r => r == n)))],
            experts.Count,
            experts.Count(e => e.Consent),
            All<ExpertRole>(experts.SelectMany(e => e.RolesOffered)),
            new MonitorConcentration(concentration.Engagements, Math.Round(concentration.TopDecileShare, 4), Math.Round(concentration.Gini, 4)),
            feedback);
    }

    private async Task<MonitorFeedback> FeedbackAsync(CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var ended = db.Engagements.AsNoTracking().Where(e => e.Status == EngagementStatus.Completed || e.End < today);
        var count = await ended.CountAsync(ct);
        var coordinator = await ended.CountAsync(e => db.EngagementFeedback.Any(f => f.EngagementId == e.Id && f.Role == FeedbackRole.Coordinator), ct);
        var expert = await ended.CountAsync(e => db.EngagementFeedback.Any(f => f.EngagementId == e.Id && f.Role == FeedbackRole.Expert), ct);
        return new MonitorFeedback(count, coordinator, expert, count == 0 ? null : Math.Round((double)coordinator / count, 4));
    }

    /// <summary>Every value of the vocabulary, including those with no items, so charts keep a stable shape.</summary>
    private static List<Count> All<TEnum>(IEnumerable<TEnum> values) where TEnum : struct, Enum
    {
        var counts = values.GroupBy(v => v).ToDictionary(g => g.Key, g => g.Count());
        return [.. Enum.GetValues<TEnum>().Select(v => new Count(Codes<TEnum>.Of(v), counts.GetValueOrDefault(v)))];
    }
}
