namespace LcPeers.Matching.Assignment;

/// <summary>
/// The request whose team is worst: the largest mean edge cost per assigned expert. Means are compared exactly, by
/// cross-multiplying sums and counts; for requests with teams of one size that is the largest sum of edge costs.
/// </summary>
/// <param name="Request">The request's id.</param>
/// <param name="Cost">The sum of the edge costs of its assigned experts (load costs are not part of a team's quality).</param>
/// <param name="Experts">How many experts it got; at least one.</param>
public sealed record WorstOffRequest(string Request, long Cost, int Experts)
{
    /// <summary>The mean edge cost per assigned expert.</summary>
    public double MeanCost => (double)Cost / Experts;

    /// <summary>
    /// The worst-off request of <paramref name="solution"/>, or <see langword="null"/> when nobody is assigned.
    /// Requests without any expert have no team to judge and are left out (they show in the unmet list). On a tie the
    /// first in the problem's order wins, so the answer is stable.
    /// </summary>
    public static WorstOffRequest? Of(AssignmentProblem problem, AssignmentSolution solution)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(solution);
        var edgeCosts = problem.Edges.ToDictionary(e => (e.Request, e.Expert), e => e.Cost);
        var teams = new Dictionary<string, (long Cost, int Experts)>(StringComparer.Ordinal);
        foreach (var (request, expert) in solution.Assignments)
        {
            if (edgeCosts.TryGetValue((request, expert), out var cost))
            {
                var team = teams.GetValueOrDefault(request);
                teams[request] = (team.Cost + cost, team.Experts + 1);
            }
        }

        WorstOffRequest? worst = null;
        foreach (var request in problem.Requests)
        {
            if (teams.TryGetValue(request.Id, out var team) && (worst is null || IsWorse(team.Cost, team.Experts, worst.Cost, worst.Experts)))
            {
                worst = new WorstOffRequest(request.Id, team.Cost, team.Experts);
            }
        }

        return worst;
    }

    /// <summary>Whether mean <paramref name="cost"/>/<paramref name="experts"/> exceeds <paramref name="otherCost"/>/<paramref name="otherExperts"/>.</summary>
    public static bool IsWorse(long cost, int experts, long otherCost, int otherExperts) =>
        cost * otherExperts > otherCost * experts;
}
