using FluentValidation;
using LcPeers.Application.Common;
using LcPeers.Application.Matching.Snapshot;
using LcPeers.Domain.Matching;
using LcPeers.Domain.Requests;
using LcPeers.Matching;
using LcPeers.Matching.Assignment;
using LcPeers.Matching.Ranking;
using Microsoft.EntityFrameworkCore;

namespace LcPeers.Application.Matching.Runs;

/// <summary>What a run's ranking produced: the pool, each request's ranked candidates, the solver's problem, and the requests nobody can take.</summary>
internal sealed record RankedRun(
    ExpertPool Pool,
    IReadOnlyDictionary<SupportRequestId, RankedCandidate[]> Ranked,
    AssignmentProblem Problem,
    IReadOnlyList<UnstaffableRequest> Nobody);

/// <summary>
/// What a re-planning run tells the ranking: per request the experts not to rank (every one with a proposal for it but
/// a proposed one), the proposed experts who stay candidates even outside the top, and per expert the places the
/// request's approved and accepted pairs take (the pool already counts them as load; the re-planner takes them out again).
/// </summary>
internal sealed record ReplanScope(
    IReadOnlyDictionary<SupportRequestId, Guid[]> Excluded,
    IReadOnlyDictionary<SupportRequestId, Guid[]> Proposed,
    IReadOnlyDictionary<Guid, int> FixedPerExpert);

/// <summary>A run's first step: rank every request against the pool and turn the candidates into the solver's problem (validated).</summary>
internal sealed class RunRanking(ILcPeersDb db, PoolSnapshot snapshot, MatchingSettingsStore settings, IValidator<AssignmentProblem> validator)
{
    public async Task<RankedRun> RankAsync(MatchingRun run, IReadOnlyList<SupportRequest> requests, CancellationToken ct, ReplanScope? scope = null)
    {
        var lcIds = requests.Select(r => r.LearningCommunityId).Distinct().ToList();
        var lcs = await db.LearningCommunities.AsNoTracking().Where(l => lcIds.Contains(l.Id)).ToDictionaryAsync(l => l.Id, ct);
        var (pool, catalogue) = await snapshot.CurrentAsync(ct);
        var weights = (await settings.GetAsync(ct)).Weights;

        var nobody = new List<UnstaffableRequest>();
        var ranked = new Dictionary<SupportRequestId, RankedCandidate[]>();
        var problemRequests = new List<AssignmentRequest>();
        var edges = new List<AssignmentEdge>();
        var usedExperts = new HashSet<int>();
        for (var n = 0; n < requests.Count; n++)
        {
            var request = requests[n];
            var query = RankingQuery.Create(pool, request, lcs[request.LearningCommunityId], catalogue, scope?.Excluded.GetValueOrDefault(request.Id));
            var candidates = TimedRanking.Rank(pool, query, weights, MatchingPolicy.CandidatesPerRequest);
            if (scope is not null)
            {
                candidates = WithProposed(pool, query, weights, candidates, scope.Proposed.GetValueOrDefault(request.Id) ?? []);
            }

            ranked[request.Id] = candidates;
            if (candidates.Length == 0 && scope is null)
            {
                nobody.Add(new UnstaffableRequest(request.Id.Value, request.ExpertsWanted, [.. Eligibility.Counts(pool, query).Select(c => c.Code)],
                    $"No eligible experts: {Eligibility.WhyNobody(pool, query)}."));
            }
            else
            {
                problemRequests.Add(new AssignmentRequest(request.Id.Value.ToString(), request.ExpertsWanted, RequiresReviewer: TeamRule.RequiresReviewer(request.Terms.Kind)));
                foreach (var c in candidates)
                {
                    edges.Add(new AssignmentEdge(request.Id.Value.ToString(), pool.Ids[c.Index].ToString(), (int)Math.Round((1 - c.Score) * MatchingPolicy.CostScale)));
                    usedExperts.Add(c.Index);
                }
            }

            if (n % 20 == 0)
            {
                run.ReportProgress(10 + (60 * n / Math.Max(1, requests.Count)));
                await db.SaveChangesAsync(ct);
            }
        }

        var problem = new AssignmentProblem(problemRequests, Experts(pool, usedExperts, scope?.FixedPerExpert), edges);
        await validator.ValidateAndThrowAsync(problem, ct);
        return new RankedRun(pool, ranked, problem, nobody);
    }

    private static List<AssignmentExpert> Experts(ExpertPool pool, HashSet<int> used, IReadOnlyDictionary<Guid, int>? fixedPerExpert) => [.. used.Order().Select(i =>
    {
        var capacity = Math.Min(AssignmentLimits.MaxCapacity, pool.RemainingCapacity(i) + (fixedPerExpert?.GetValueOrDefault(pool.Ids[i]) ?? 0));
        return new AssignmentExpert(pool.Ids[i].ToString(), capacity, [.. Enumerable.Range(0, capacity).Select(k => k * MatchingPolicy.LoadStep)],
            IsReviewer: TeamRule.IsReviewer(pool, i));
    })];

    /// <summary>The ranked candidates plus each still eligible proposed expert the top left out, so keeping them stays possible.</summary>
    private static RankedCandidate[] WithProposed(ExpertPool pool, RankingQuery query, MatchingWeights weights, RankedCandidate[] candidates, Guid[] proposed)
    {
        var extra = proposed.Select(pool.IndexOf)
            .Where(i => i >= 0 && !candidates.Any(c => c.Index == i) && RankingEngine.Exclusions(pool, query, i) == ExclusionReason.None)
            .Select(i => new RankedCandidate(i, Explanation.Score(pool, i, Explanation.Contributions(RankingEngine.Factors(pool, query, i), weights))));
        return [.. candidates, .. extra];
    }
}
