using LcPeers.Matching.Assignment;

namespace LcPeers.Assignment.Tests.Support;

/// <summary>
/// Small random problems, small enough for <see cref="BruteForce"/>: every shape the solver meets in production
/// (shared experts, missing pairs as conflicts, team rules, reviewers, flat and rising load costs, zero capacity).
/// </summary>
internal static class SmallProblems
{
    public const int MaxEdges = 12;

    public static AssignmentProblem Create(int seed)
    {
        var random = new Random(seed);
        var requests = Enumerable.Range(1, 1 + random.Next(3))
            .Select(r => new AssignmentRequest($"r{r}", 1 + random.Next(3), RequiresReviewer: random.Next(5) < 2))
            .ToList();
        var experts = Enumerable.Range(1, 1 + random.Next(4))
            .Select(x => Expert($"e{x}", random.Next(4), random))
            .ToList();

        var edges = new List<AssignmentEdge>();
        foreach (var request in requests)
        {
            foreach (var expert in experts)
            {
                if (edges.Count < MaxEdges && random.Next(10) < 6)
                {
                    edges.Add(new AssignmentEdge(request.Id, expert.Id, random.Next(21)));
                }
            }
        }

        // Shuffled so the solver cannot rely on edges arriving grouped by request.
        return new AssignmentProblem(requests, experts, [.. edges.OrderBy(_ => random.Next())]);
    }

    /// <summary>
    /// Problems where requests compete for the same few good experts and costs spread widely, so the best total and
    /// the best worst-off request often differ; still small enough for brute force.
    /// </summary>
    public static AssignmentProblem Contested(int seed)
    {
        var random = new Random(seed);
        var requests = Enumerable.Range(1, 2 + random.Next(3))
            .Select(r => new AssignmentRequest($"r{r}", 1 + random.Next(2), RequiresReviewer: random.Next(6) == 0))
            .ToList();
        var experts = Enumerable.Range(1, 3 + random.Next(3))
            .Select(x => new AssignmentExpert($"e{x}", 1 + random.Next(2), [0, random.Next(20)], IsReviewer: random.Next(2) == 0))
            .ToList();

        var edges = new List<AssignmentEdge>();
        foreach (var request in requests)
        {
            foreach (var expert in experts)
            {
                if (edges.Count < 14 && random.Next(10) < 7)
                {
                    edges.Add(new AssignmentEdge(request.Id, expert.Id, random.Next(101)));
                }
            }
        }

        return new AssignmentProblem(requests, experts, [.. edges.OrderBy(_ => random.Next())]);
    }

    private static AssignmentExpert Expert(string id, int capacity, Random random)
    {
        var loadCosts = new int[capacity + random.Next(2)];
        for (var k = 1; k < loadCosts.Length; k++)
        {
            loadCosts[k] = loadCosts[k - 1] + (random.Next(3) == 0 ? 0 : random.Next(15));
        }

        return new AssignmentExpert(id, capacity, loadCosts, IsReviewer: random.Next(5) < 2);
    }
}
