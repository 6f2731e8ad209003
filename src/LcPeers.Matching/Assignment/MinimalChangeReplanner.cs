namespace LcPeers.Matching.Assignment;

/// <summary>A pair of the previous plan: <paramref name="Expert"/> on <paramref name="Request"/>.</summary>
/// <param name="Request">The request's id in the problem.</param>
/// <param name="Expert">The expert's id in the problem.</param>
/// <param name="Code">Why it is fixed, for the change list (e.g. <c>kept-approved</c>, <c>kept-accepted</c>); ignored for proposed pairs.</param>
public sealed record PlannedPair(string Request, string Expert, string Code = ReplanChangeCodes.KeptProposed);

/// <summary>The previous plan of a re-run: pairs that may not change, pairs that may change at a price.</summary>
/// <param name="Fixed">Approved and accepted pairs: kept whatever the new pool looks like.</param>
/// <param name="Proposed">Proposed pairs: kept unless replacing one improves the cost by more than the threshold.</param>
/// <param name="Threshold">
/// How much (in edge-cost units) replacing a proposed pair must improve the total by, per pair replaced, before it
/// happens. 0: any strict improvement.
/// </param>
public sealed record PreviousPlan(IReadOnlyList<PlannedPair> Fixed, IReadOnlyList<PlannedPair> Proposed, int Threshold);

/// <summary>One line of a re-run's change list against the previous plan.</summary>
/// <param name="Request">The request.</param>
/// <param name="Code">What happened (<see cref="ReplanChangeCodes"/>).</param>
/// <param name="Removed">The expert taken off the request, if any.</param>
/// <param name="Added">The expert put on the request, if any.</param>
/// <param name="Kept">The expert who stays, for the <c>kept-*</c> codes.</param>
public sealed record ReplanChange(string Request, string Code, string? Removed, string? Added, string? Kept);

/// <summary>The stable codes of <see cref="ReplanChange"/>.</summary>
public static class ReplanChangeCodes
{
    public const string KeptApproved = "kept-approved";
    public const string KeptAccepted = "kept-accepted";
    public const string KeptProposed = "kept-proposed";
    public const string FilledOpenPlace = "filled-open-place";
    public const string ReplacedImprovement = "replaced-improvement";

    /// <summary>A proposed expert who is no longer a candidate (unavailable, full, excluded) was replaced.</summary>
    public const string ReplacedNoLongerCandidate = "replaced-no-longer-candidate";

    /// <summary>A proposed expert taken off without a replacement: no longer a candidate, or needed to staff more places elsewhere.</summary>
    public const string Removed = "removed";

    public static readonly IReadOnlyList<string> All = [KeptApproved, KeptAccepted, KeptProposed, FilledOpenPlace, ReplacedImprovement, ReplacedNoLongerCandidate, Removed];
}

/// <summary>A re-run's outcome: the solver's assignment of what was free to change, and every change against the previous plan.</summary>
/// <param name="Solution">The assignment of the free places (fixed pairs not included); costs are the problem's, without the threshold.</param>
/// <param name="Changes">Per request: the kept pairs, then removals, replacements and filled places.</param>
public sealed record ReplanResult(AssignmentSolution Solution, IReadOnlyList<ReplanChange> Changes);

/// <summary>
/// Minimal-change re-planning in the manner of HotCRP's <c>review_adjust</c>: fixed pairs stay and take their place
/// and capacity out of the problem; every edge that is not a proposed pair costs the threshold + 1 more, so with the
/// same number of engagements (which comes first, as always) a solution that replaces r proposed pairs is chosen only
/// when it is cheaper by at least (threshold + 1) × r than keeping them: only changes worth more than the threshold
/// happen (one worth exactly threshold + 1 is a tie and may go either way). Open places (a request that lost an expert) are filled at the ordinary costs.
/// </summary>
public static class MinimalChangeReplanner
{
    /// <param name="solver">The min-cost-flow solver.</param>
    /// <param name="problem">Every request with its full demand, experts with their capacity including the fixed pairs, and candidate edges (fixed pairs need none).</param>
    /// <param name="previous">The previous plan.</param>
    public static ReplanResult Replan(IAssignmentSolver solver, AssignmentProblem problem, PreviousPlan previous)
    {
        ArgumentNullException.ThrowIfNull(solver);
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(previous);
        var fixedByRequest = previous.Fixed.GroupBy(p => p.Request).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var fixedByExpert = previous.Fixed.GroupBy(p => p.Expert).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var reviewers = problem.Experts.Where(e => e.IsReviewer).Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        var fixedPairs = previous.Fixed.Select(p => (p.Request, p.Expert)).ToHashSet();
        var proposedPairs = previous.Proposed.Select(p => (p.Request, p.Expert)).ToHashSet();
        var penalty = Math.Max(0, previous.Threshold) + 1;

        var requests = problem.Requests.Select(r =>
        {
            var kept = fixedByRequest.GetValueOrDefault(r.Id) ?? [];
            return new AssignmentRequest(r.Id, Math.Max(0, r.Demand - kept.Count), r.RequiresReviewer && !kept.Any(k => reviewers.Contains(k.Expert)));
        }).Where(r => r.Demand > 0).ToList(); // a request its fixed pairs fill has nothing left to solve
        var open = requests.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        var experts = problem.Experts.Select(e =>
        {
            var taken = Math.Min(e.Capacity, fixedByExpert.GetValueOrDefault(e.Id));
            return new AssignmentExpert(e.Id, e.Capacity - taken, [.. e.LoadCosts.Skip(taken)], e.IsReviewer);
        }).ToList();
        var edges = problem.Edges.Where(e => open.Contains(e.Request) && !fixedPairs.Contains((e.Request, e.Expert)))
            .Select(e => proposedPairs.Contains((e.Request, e.Expert)) ? e : e with { Cost = Math.Min(AssignmentLimits.MaxCost, e.Cost + penalty) })
            .ToList();

        var solved = requests.Count == 0 ? new AssignmentSolution([], 0, []) : solver.Solve(new AssignmentProblem(requests, experts, edges));
        var real = problem.Edges.ToDictionary(e => (e.Request, e.Expert), e => e.Cost);
        var solution = solved with { TotalCost = RealCost(solved, experts, real) };
        return new ReplanResult(solution, Changes(problem, previous, solution, real));
    }

    private static long RealCost(AssignmentSolution solved, List<AssignmentExpert> experts, Dictionary<(string, string), int> real)
    {
        var loads = experts.ToDictionary(e => e.Id, e => e.LoadCosts, StringComparer.Ordinal);
        return solved.Assignments.Sum(a => (long)real[(a.Request, a.Expert)])
            + solved.Assignments.GroupBy(a => a.Expert).Sum(g => loads[g.Key].Take(g.Count()).Sum(c => (long)c));
    }

    private static List<ReplanChange> Changes(AssignmentProblem problem, PreviousPlan previous, AssignmentSolution solution, Dictionary<(string, string), int> edges)
    {
        var changes = new List<ReplanChange>();
        foreach (var request in problem.Requests.Select(r => r.Id))
        {
            var now = solution.Assignments.Where(a => a.Request == request).Select(a => a.Expert).ToList();
            var proposed = previous.Proposed.Where(p => p.Request == request).Select(p => p.Expert).ToList();
            changes.AddRange(previous.Fixed.Where(p => p.Request == request).Select(p => new ReplanChange(request, p.Code, null, null, p.Expert)));
            changes.AddRange(proposed.Where(now.Contains).Select(e => new ReplanChange(request, ReplanChangeCodes.KeptProposed, null, null, e)));
            var removed = proposed.Where(e => !now.Contains(e)).ToList();
            var added = now.Where(e => !proposed.Contains(e)).ToList();
            for (var k = 0; k < Math.Max(removed.Count, added.Count); k++)
            {
                var (gone, come) = (k < removed.Count ? removed[k] : null, k < added.Count ? added[k] : null);
                var code = gone is null ? ReplanChangeCodes.FilledOpenPlace
                    : come is null ? ReplanChangeCodes.Removed
                    : edges.ContainsKey((request, gone)) ? ReplanChangeCodes.ReplacedImprovement
                    : ReplanChangeCodes.ReplacedNoLongerCandidate;
                changes.Add(new ReplanChange(request, code, gone, come, null));
            }
        }

        return changes;
    }
}
