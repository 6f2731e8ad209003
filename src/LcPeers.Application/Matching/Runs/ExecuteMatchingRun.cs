using LcPeers.Application.Common;
using LcPeers.Application.Common.Diagnostics;
using LcPeers.Application.Common.Security;
using LcPeers.Application.Matching.ApproveProposal;
using LcPeers.Application.Notifications;
using LcPeers.Domain.Experts;
using LcPeers.Domain.Matching;
using LcPeers.Domain.Requests;
using LcPeers.Matching;
using LcPeers.Matching.Assignment;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LcPeers.Application.Matching.Runs;

/// <summary>Executes a queued run, or one whose earlier attempt died with its instance (sent by the scheduled job, not by users).</summary>
[SystemOnly]
public sealed record ExecuteMatchingRunCommand(MatchingRunId Id) : ICommand;

/// <summary>
/// The batch assignment: rank every open request, turn the eligible candidates into edges (cost = 1 − score),
/// give each expert their remaining capacity with a rising cost per extra engagement (load spread), apply the
/// peer-review team rule, and let the min-cost-flow solver maximise the staffed places, then the total score.
/// Assigned experts become proposals; the next best are kept as alternates; the rest is reported with reasons.
/// The steps: <see cref="RunRanking"/> (rank and build the problem), the solver, <see cref="RunOutcome"/> (proposals and reasons);
/// a re-planning run goes through <see cref="RunReplanning"/> instead of the solver and <see cref="RunOutcome.AddProposals"/>.
/// </summary>
internal sealed class ExecuteMatchingRunHandler(
    ILcPeersDb db, RunRanking ranking, RunReplanning replanning, IAssignmentSolver solver, IFairAssignmentSolver fairSolver, IOptions<MatchingOptions> options,
    IMatchingRunObserver observer, Notifier notifier, TimeProvider time)
    : ICommandHandler<ExecuteMatchingRunCommand>
{
    public async ValueTask<Unit> Handle(ExecuteMatchingRunCommand command, CancellationToken ct)
    {
        var run = await db.MatchingRuns.FirstOrDefaultAsync(r => r.Id == command.Id, ct);
        if (run is null || !run.IsActive)
        {
            return Unit.Value;
        }

        var requests = run.Replan
            ? await replanning.RequestsAsync(ct)
            : await db.SupportRequests
                .Where(r => r.Status == RequestStatus.Submitted && !db.Proposals.Any(p => p.RequestId == r.Id))
                .OrderBy(r => r.CreatedAt).ThenBy(r => r.Id)
                .ToListAsync(ct);
        run.Start(requests.Count, time.GetUtcNow());
        await db.SaveChangesAsync(ct);
        await observer.StartedAsync(run.Id, ct);

        var (ranked, solution, gap, proposals) = await AssignAsync(run, requests, ct);
        var now = time.GetUtcNow();
        var figures = await FiguresAsync(ranked, solution, gap, now, ct);
        run.Complete(proposals, solution.TotalCost, RunOutcome.Unstaffable(requests, ranked, solution).OrderBy(u => u.RequestId), figures, now);
        foreach (var request in requests.Where(r => ranked.Nobody.Any(n => n.RequestId == r.Id.Value)))
        {
            await notifier.NoCandidatesAsync(request, now, ct);
        }

        LcPeersDiagnostics.MatchingRuns.Add(1, new KeyValuePair<string, object?>("status", "completed"));
        await db.SaveChangesAsync(ct);
        return Unit.Value;
    }

    /// <summary>Ranks, solves and writes the proposals: a fresh assignment, or a minimal-change re-plan.</summary>
    private async Task<(RankedRun Ranked, AssignmentSolution Solution, double? Gap, int Proposals)> AssignAsync(
        MatchingRun run, IReadOnlyList<SupportRequest> requests, CancellationToken ct)
    {
        if (run.Replan)
        {
            var replanned = await replanning.ExecuteAsync(run, requests, ct);
            return (replanned.Ranked, replanned.Solution, null, replanned.Added);
        }

        var ranked = await ranking.RankAsync(run, requests, ct);
        var (solution, gap) = Solve(run.Objective, ranked.Problem);
        run.ReportProgress(80);
        return (ranked, solution, gap, RunOutcome.AddProposals(db, requests, ranked, solution, run.Id, time.GetUtcNow()));
    }

    /// <summary>The worst-off request and the concentration of work once this run's assignments are added to the last 12 months'.</summary>
    private async Task<MatchingRunFigures> FiguresAsync(RankedRun ranked, AssignmentSolution solution, double? gap, DateTimeOffset now, CancellationToken ct)
    {
        var recent = await RecentWork.EngagementsPerExpertAsync(db, now, ct);
        foreach (var (_, expert) in solution.Assignments)
        {
            var id = new ExpertId(Guid.Parse(expert));
            recent[id] = recent.GetValueOrDefault(id) + 1;
        }

        var worst = WorstOffRequest.Of(ranked.Problem, solution);
        return new MatchingRunFigures(
            worst is null ? null : Guid.Parse(worst.Request),
            worst is null ? null : Math.Round(1 - (worst.MeanCost / MatchingPolicy.CostScale), 4),
            gap,
            WorkConcentration.Of(recent.Values, ranked.Pool.Count));
    }

    /// <returns>The assignment and, for the fair objective, its optimality gap (the larger of its two stages').</returns>
    private (AssignmentSolution Solution, double? Gap) Solve(MatchingRunObjective objective, AssignmentProblem problem)
    {
        if (problem.Requests.Count == 0)
        {
            return (new AssignmentSolution([], 0, []), objective == MatchingRunObjective.Fair ? 0 : null);
        }

        if (objective != MatchingRunObjective.Fair)
        {
            return (solver.Solve(problem), null);
        }

        var fair = fairSolver.Solve(problem, FairAssignmentOptions.Default with { TimeLimit = options.Value.FairTimeLimit });
        return (fair.Solution, Math.Max(fair.WorstGap, fair.TotalGap));
    }
}
