namespace LcPeers.Matching.Assignment;

/// <summary>
/// Solves a batch assignment with the <see cref="AssignmentObjective.Fair"/> objective, lexicographically: first the
/// largest number of engagements (as <see cref="IAssignmentSolver"/>), then the least mean edge cost of the
/// worst-off request (<see cref="WorstOffRequest"/>), then the least total cost. Same hard rules: capacities, no
/// pair without an edge, the <see cref="TeamRule"/>, load costs in the total.
/// </summary>
public interface IFairAssignmentSolver
{
    /// <summary>
    /// Solves <paramref name="problem"/> within <see cref="FairAssignmentOptions.TimeLimit"/>. The problem is expected
    /// to pass <see cref="AssignmentProblemValidator"/>; what the solver cannot map throws <see cref="ArgumentException"/>.
    /// </summary>
    FairAssignmentSolution Solve(AssignmentProblem problem, FairAssignmentOptions options);
}

/// <summary>How long and over how many candidates the fair solver may search.</summary>
/// <param name="TimeLimit">Wall-clock budget for the whole solve; when it runs out the best solution found is returned with its gap.</param>
/// <param name="CandidatesPerRequest">
/// When every request can be served to its full reachable size, the search may keep only this many of each request's
/// cheapest edges beyond its demand (plus those of the total-cost optimum); the gaps are then measured against bounds
/// of the whole problem, so they stay honest. Requests with fewer edges keep them all.
/// </param>
public sealed record FairAssignmentOptions(TimeSpan TimeLimit, int CandidatesPerRequest = 24)
{
    /// <summary>Ten seconds: enough to prove the optimum on the benchmark instances.</summary>
    public static readonly FairAssignmentOptions Default = new(TimeSpan.FromSeconds(10));
}

/// <summary>A fair solution and how far from proven optimal it may be.</summary>
/// <param name="Solution">The assignments; they satisfy the same checks as a total-cost solution (<see cref="AssignmentChecker"/>).</param>
/// <param name="WorstRequest">The worst-off request of <paramref name="Solution"/>; <see langword="null"/> when nobody is assigned.</param>
/// <param name="WorstGap">
/// Relative gap of the worst-off request's mean cost: (found − lower bound) / found; 0 when proven optimal.
/// </param>
/// <param name="TotalGap">
/// Relative gap of the total cost among solutions with that worst-off value: (found − lower bound) / found; 0 when
/// proven optimal.
/// </param>
public sealed record FairAssignmentSolution(
    AssignmentSolution Solution,
    WorstOffRequest? WorstRequest,
    double WorstGap,
    double TotalGap)
{
    /// <summary>Whether both stages were proven optimal within the time limit.</summary>
    public bool IsOptimal => WorstGap == 0 && TotalGap == 0;
}
