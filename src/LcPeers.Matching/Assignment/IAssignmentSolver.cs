namespace LcPeers.Matching.Assignment;

/// <summary>
/// Solves a batch assignment: first the largest number of engagements, then among those the least total cost.
/// </summary>
public interface IAssignmentSolver
{
    /// <summary>
    /// Solves <paramref name="problem"/>. The problem is expected to pass <see cref="AssignmentProblemValidator"/>;
    /// it is not validated again here (that would double the work on large runs), but anything the solver cannot
    /// map (unknown or repeated ids, repeated pairs, values out of range) throws <see cref="ArgumentException"/>.
    /// </summary>
    AssignmentSolution Solve(AssignmentProblem problem);
}
