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
/// The filters narrow the LCs and, through their requests, the work; the period counts the requests made in those
/// years. Experts are narrowed by the phases they guided, their sectors and regions; the concentration figures stay
/// the whole network's.
/// </summary>
[RequiresRole(Roles.Staff)]
public sealed record GetMonitorQuery(int? From = null, int? To = null, string? Phase = null, string? Sector = null, string? Province = null)
    : IQuery<MonitorResponse>, IMonitorFilter;

public sealed class GetMonitorValidator : MonitorFilterValidator<GetMonitorQuery>;

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
        var scope = MonitorScope.Of(query);
        var lcs = (await db.LearningCommunities.AsNoTracking().ToListAsync(ct)).Where(scope.Admits).ToList();
        var inScope = await scope.RequestsAsync(db, ct);
        var requests = (await db.SupportRequests.AsNoTracking().Select(r => new { r.Id, r.Status, r.Bottlenecks, r.Kind }).ToListAsync(ct))
            .Where(r => inScope is null || inScope.Contains(r.Id)).ToList();
        var proposals = (await db.Proposals.AsNoTracking().Select(p => new { p.RequestId, p.Status }).ToListAsync(ct))
            .Where(p => inScope is null || inScope.Contains(p.RequestId)).GroupBy(p => p.Status).Select(g => new { g.Key, Count = g.Count() }).ToList();
        var engagementsInScope = (await db.Engagements.AsNoTracking().Select(e => new { e.Id, e.RequestId, e.Status }).ToListAsync(ct))
            .Where(e => inScope is null || inScope.Contains(e.RequestId)).ToList();
        var engagementIds = engagementsInScope.Select(e => e.Id).ToHashSet();
        var engagements = engagementsInScope.GroupBy(e => e.Status).Select(g => new { g.Key, Count = g.Count() }).ToList();
        var ratings = (await db.EngagementFeedback.AsNoTracking().Where(f => f.Role == FeedbackRole.Coordinator).Select(f => new { f.EngagementId, f.Rating })
            .ToListAsync(ct)).Where(f => engagementIds.Contains(f.EngagementId)).Select(f => f.Rating).ToList();
        var experts = await ExpertsAsync(scope, ct);
        var recent = await RecentWork.EngagementsPerExpertAsync(db, time.GetUtcNow(), ct);
        var feedback = await FeedbackAsync(engagementIds, ct);
        var concentration = WorkConcentration.Of(recent.Values, await db.Experts.CountAsync(e => e.ErasedAt == null && e.Consent, ct));

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
            All<ExpertRole>(experts.SelectMany(e => e.Roles)),
            new MonitorConcentration(concentration.Engagements, Math.Round(concentration.TopDecileShare, 4), Math.Round(concentration.Gini, 4)),
            feedback);
    }

    /// <summary>The experts in scope: by the phases they guided, their sectors and the provinces they work in.</summary>
    private async Task<List<(bool Consent, IReadOnlyList<ExpertRole> Roles)>> ExpertsAsync(MonitorScope scope, CancellationToken ct)
    {
        var experts = await db.Experts.AsNoTracking().Where(e => e.ErasedAt == null)
            .Select(e => new { e.Consent, e.RolesOffered, e.PhasesGuided, e.Sectors, e.Regions }).ToListAsync(ct);
        return [.. experts
            .Where(e => (scope.Phase is null || e.PhasesGuided.Any(p => p.Phase == scope.Phase)) && (scope.Sector is null || e.Sectors.Contains(scope.Sector))
                && (scope.Province is null || e.Regions.SelectMany(Provinces.FromRegionText).Contains(scope.Province)))
            .Select(e => (e.Consent, e.RolesOffered))];
    }

    private async Task<MonitorFeedback> FeedbackAsync(HashSet<EngagementId> inScope, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var ended = (await db.Engagements.AsNoTracking().Where(e => e.Status == EngagementStatus.Completed || e.End < today).Select(e => e.Id).ToListAsync(ct))
            .Where(inScope.Contains).ToHashSet();
        var given = await db.EngagementFeedback.AsNoTracking().Select(f => new { f.EngagementId, f.Role }).ToListAsync(ct);
        var coordinator = given.Where(f => f.Role == FeedbackRole.Coordinator && ended.Contains(f.EngagementId)).Select(f => f.EngagementId).Distinct().Count();
        var expert = given.Where(f => f.Role == FeedbackRole.Expert && ended.Contains(f.EngagementId)).Select(f => f.EngagementId).Distinct().Count();
        return new MonitorFeedback(ended.Count, coordinator, expert, ended.Count == 0 ? null : Math.Round((double)coordinator / ended.Count, 4));
    }

    /// <summary>Every value of the vocabulary, including those with no items, so charts keep a stable shape.</summary>
    private static List<Count> All<TEnum>(IEnumerable<TEnum> values) where TEnum : struct, Enum
    {
        var counts = values.GroupBy(v => v).ToDictionary(g => g.Key, g => g.Count());
        return [.. Enum.GetValues<TEnum>().Select(v => new Count(Codes<TEnum>.Of(v), counts.GetValueOrDefault(v)))];
    }
}
