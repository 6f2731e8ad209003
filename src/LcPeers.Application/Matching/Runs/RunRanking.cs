using FluentValidation;
using LcPeers.Application.Common;
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

/// <summary>A run's first step: rank every request against the pool and turn the candidates into the solver's problem (validated).</summary>
internal sealed class RunRanking(ILcPeersDb db, MatchingPoolLoader loader, MatchingSettingsStore settings, IValidator<AssignmentProblem> validator)
{
    public async Task<RankedRun> RankAsync(MatchingRun run, IReadOnlyList<SupportRequest> requests, CancellationToken ct)
    {
        var lcIds = requests.Select(r => r.LearningCommunityId).Distinct().ToList();
        var lcs = await db.LearningCommunities.AsNoTracking().Where(l => lcIds.Contains(l.Id)).ToDictionaryAsync(l => l.Id, ct);
        var (pool, catalogue) = await loader.LoadAsync(ct);
        var weights = (await settings.GetAsync(ct)).Weights;

        var nobody = new List<UnstaffableRequest>();
        var ranked = new Dictionary<SupportRequestId, RankedCandidate[]>();
        var problemRequests = new List<AssignmentRequest>();
        var edges = new List<AssignmentEdge>();
        var usedExperts = new HashSet<int>();
        for (var n = 0; n < requests.Count; n++)
        {
            var request = requests[n];
            var query = RankingQuery.Create(pool, request, lcs[request.LearningCommunityId], catalogue);
            var candidates = TimedRanking.Rank(pool, query, weights, MatchingPolicy.CandidatesPerRequest);
            ranked[request.Id] = candidates;
            if (candidates.Length == 0)
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

        var problem = new AssignmentProblem(problemRequests, Experts(pool, usedExperts), edges);
        await validator.ValidateAndThrowAsync(problem, ct);
        return new RankedRun(pool, ranked, problem, nobody);
    }

    private static List<AssignmentExpert> Experts(ExpertPool pool, HashSet<int> used) => [.. used.Order().Select(i => new AssignmentExpert(
        pool.Ids[i].ToString(), pool.RemainingCapacity(i), [.. Enumerable.Range(0, pool.RemainingCapacity(i)).Select(k => k * MatchingPolicy.LoadStep)],
        IsReviewer: TeamRule.IsReviewer(pool, i)))];
}
