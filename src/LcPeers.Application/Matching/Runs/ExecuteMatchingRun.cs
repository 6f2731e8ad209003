using FluentValidation;
using LcPeers.Application.Common;
using LcPeers.Application.Common.Diagnostics;
using LcPeers.Application.Common.Security;
using LcPeers.Application.Matching.Assignment;
using LcPeers.Application.Matching.CreateProposals;
using LcPeers.Application.Matching.Ranking;
using LcPeers.Domain.Auditing;
using LcPeers.Domain.Common;
using LcPeers.Domain.Experts;
using LcPeers.Domain.Matching;
using LcPeers.Domain.Requests;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LcPeers.Application.Matching.Runs;

/// <summary>Executes a queued run (sent by the background worker, not by users).</summary>
[SystemOnly]
public sealed record ExecuteMatchingRunCommand(MatchingRunId Id) : ICommand;

/// <summary>
/// The batch assignment: rank every open request, turn the eligible candidates into edges (cost = 1 − score),
/// give each expert their remaining capacity with a rising cost per extra engagement (load spread), apply the
/// peer-review team rule, and let the min-cost-flow solver maximise the staffed places, then the total score.
/// Assigned experts become proposals; the next best are kept as alternates; the rest is reported with reasons.
/// </summary>
internal sealed class ExecuteMatchingRunHandler(
    ILcPeersDb db,
    MatchingPoolLoader loader,
    MatchingSettingsStore settings,
    IAssignmentSolver solver,
    IValidator<AssignmentProblem> validator,
    TimeProvider time) : ICommandHandler<ExecuteMatchingRunCommand>
{
    /// <summary>Candidates per request offered to the solver.</summary>
    public const int CandidatesPerRequest = 50;

    /// <summary>Score is scaled to integer cost: 1000 = a score of 1.</summary>
    public const int CostScale = 1000;

    /// <summary>Each further engagement of the same expert in one run costs this much more (0.1 of a score).</summary>
    public const int LoadStep = 100;

    public const int AlternatesPerRequest = 2;

    public async ValueTask<Unit> Handle(ExecuteMatchingRunCommand command, CancellationToken ct)
    {
        var run = await db.MatchingRuns.FirstOrDefaultAsync(r => r.Id == command.Id, ct);
        if (run is null || run.Status != MatchingRunStatus.Queued)
        {
            return Unit.Value;
        }

        var requests = await db.SupportRequests
            .Where(r => r.Status == RequestStatus.Submitted && !db.Proposals.Any(p => p.RequestId == r.Id))
            .OrderBy(r => r.CreatedAt).ThenBy(r => r.Id)
            .ToListAsync(ct);
        run.Start(requests.Count, time.GetUtcNow());
        await db.SaveChangesAsync(ct);

        var lcIds = requests.Select(r => r.LearningCommunityId).Distinct().ToList();
        var lcs = await db.LearningCommunities.AsNoTracking().Where(l => lcIds.Contains(l.Id)).ToDictionaryAsync(l => l.Id, ct);
        var (pool, catalogue) = await loader.LoadAsync(ct);
        var weights = (await settings.GetAsync(ct)).Weights;

        var unstaffable = new List<UnstaffableRequest>();
        var ranked = new Dictionary<SupportRequestId, RankedCandidate[]>();
        var problemRequests = new List<AssignmentRequest>();
        var edges = new List<AssignmentEdge>();
        var usedExperts = new HashSet<int>();
        for (var n = 0; n < requests.Count; n++)
        {
            var request = requests[n];
            var query = RankingQuery.Create(pool, request, lcs[request.LearningCommunityId], catalogue);
            var candidates = RankingEngine.RankTimed(pool, query, weights, CandidatesPerRequest);
            ranked[request.Id] = candidates;
            if (candidates.Length == 0)
            {
                unstaffable.Add(new UnstaffableRequest(request.Id.Value, request.ExpertsWanted, [.. CreateProposalsHandler.ExclusionCounts(pool, query).Select(c => c.Code)],
                    $"No eligible experts: {CreateProposalsHandler.WhyNobody(pool, query)}."));
            }
            else
            {
                problemRequests.Add(new AssignmentRequest(request.Id.Value.ToString(), request.ExpertsWanted,
                    RequiresReviewer: request.Kind == RequestKind.PeerReview));
                foreach (var c in candidates)
                {
                    edges.Add(new AssignmentEdge(request.Id.Value.ToString(), pool.Ids[c.Index].ToString(), (int)Math.Round((1 - c.Score) * CostScale)));
                    usedExperts.Add(c.Index);
                }
            }

            if (n % 20 == 0)
            {
                run.ReportProgress(10 + (60 * n / Math.Max(1, requests.Count)));
                await db.SaveChangesAsync(ct);
            }
        }

        var experts = usedExperts.Order().Select(i => new AssignmentExpert(
            pool.Ids[i].ToString(), pool.RemainingCapacity(i), [.. Enumerable.Range(0, pool.RemainingCapacity(i)).Select(k => k * LoadStep)],
            IsReviewer: pool.Offers(i, ExpertRole.PeerReviewer))).ToList();
        var problem = new AssignmentProblem(problemRequests, experts, edges);
        await validator.ValidateAndThrowAsync(problem, ct);
        var solution = problemRequests.Count == 0 ? new AssignmentSolution([], 0, []) : solver.Solve(problem);
        run.ReportProgress(80);

        var now = time.GetUtcNow();
        var proposals = CreateProposals(requests, ranked, pool, solution, run.Id, now);
        foreach (var unmet in solution.Unmet)
        {
            var request = requests.First(r => r.Id.Value.ToString() == unmet.Request);
            var eligible = ranked[request.Id].Length;
            unstaffable.Add(new UnstaffableRequest(request.Id.Value, unmet.Missing,
                eligible < request.ExpertsWanted ? ["too-few-eligible"] : ["taken-by-other-requests"],
                eligible < request.ExpertsWanted
                    ? $"Only {eligible} eligible expert(s) for {request.ExpertsWanted} place(s)."
                    : request.Kind == RequestKind.PeerReview && request.ExpertsWanted >= 2
                        ? "The eligible experts' capacity went to better-fitting requests, or no peer reviewer was left for the team."
                        : "The eligible experts' capacity went to better-fitting requests."));
        }

        run.Complete(proposals, solution.TotalCost, unstaffable.OrderBy(u => u.RequestId), now);
        LcPeersDiagnostics.MatchingRuns.Add(1, new KeyValuePair<string, object?>("status", "completed"));
        await db.SaveChangesAsync(ct);
        return Unit.Value;
    }

    private int CreateProposals(List<SupportRequest> requests, Dictionary<SupportRequestId, RankedCandidate[]> ranked, ExpertPool pool,
        AssignmentSolution solution, MatchingRunId runId, DateTimeOffset now)
    {
        var assigned = solution.Assignments.GroupBy(a => a.Request).ToDictionary(g => g.Key, g => g.Select(a => Guid.Parse(a.Expert)).ToHashSet());
        var count = 0;
        foreach (var request in requests)
        {
            if (!assigned.TryGetValue(request.Id.Value.ToString(), out var chosen) || chosen.Count == 0)
            {
                continue;
            }

            var rank = 0;
            foreach (var c in ranked[request.Id].Where(c => chosen.Contains(pool.Ids[c.Index])))
            {
                Add(Proposal.Create(request.Id, new ExpertId(pool.Ids[c.Index]), ++rank, c.Score, alternate: false, runId, now));
            }

            foreach (var c in ranked[request.Id].Where(c => !chosen.Contains(pool.Ids[c.Index])).Take(AlternatesPerRequest))
            {
                Add(Proposal.Create(request.Id, new ExpertId(pool.Ids[c.Index]), ++rank, c.Score, alternate: true, runId, now));
            }

            request.StartMatching($"matching-run:{runId.Value}", now);
            db.AuditEntries.Add(AuditEntry.Record("request", request.Id.Value, "status-changed", "submitted", "matching", $"matching-run:{runId.Value}", now));
        }

        return count;

        void Add(Proposal p)
        {
            db.Proposals.Add(p);
            LcPeersDiagnostics.ProposalTransitions.Add(1, new KeyValuePair<string, object?>("status", Codes<ProposalStatus>.Of(p.Status)));
            db.AuditEntries.Add(AuditEntry.Record("proposal", p.Id.Value, "proposed", null, Codes<ProposalStatus>.Of(p.Status), $"matching-run:{runId.Value}", now));
            count += p.IsAlternate ? 0 : 1;
        }
    }
}
