using System.Diagnostics;
using LcPeers.Matching.Assignment;

namespace LcPeers.Infrastructure.Assignment;

/// <summary>
/// A bottleneck start for the fair search: the least edge-cost cap under which the min-cost flow still makes as many
/// engagements as without a cap, found by bisection over the distinct edge costs, with that flow's solution (the least
/// total among solutions that use no dearer edge). No team's mean cost exceeds the cap, so the worst-off request is at
/// most the cap: often far better than the total optimum's, at the price of a few flow solves.
/// </summary>
internal static class ThresholdStart
{
    /// <summary>The solution at the least cap found within <paramref name="budget"/>, or null when no cap below the dearest edge keeps every engagement.</summary>
    public static AssignmentSolution? Find(IAssignmentSolver solver, AssignmentProblem problem, int engagements, TimeSpan budget)
    {
        ArgumentNullException.ThrowIfNull(solver);
        ArgumentNullException.ThrowIfNull(problem);
        var started = Stopwatch.GetTimestamp();
        var costs = problem.Edges.Select(e => e.Cost).Distinct().Order().ToArray();
        var (low, high) = (0, costs.Length - 1);
        AssignmentSolution? best = null;
        while (low < high && Stopwatch.GetElapsedTime(started) < budget)
        {
            var middle = low + ((high - low) / 2);
            var cap = costs[middle];
            var solution = solver.Solve(problem with { Edges = [.. problem.Edges.Where(e => e.Cost <= cap)] });
            if (solution.Assignments.Count == engagements)
            {
                (best, high) = (solution, middle);
            }
            else
            {
                low = middle + 1;
            }
        }

        return best;
    }
}
