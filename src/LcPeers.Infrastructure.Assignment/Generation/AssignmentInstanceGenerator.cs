using LcPeers.Matching.Assignment;

namespace LcPeers.Infrastructure.Assignment.Generation;

/// <summary>The size and seed of a generated instance.</summary>
/// <param name="Requests">Number of open requests.</param>
/// <param name="Experts">Number of experts.</param>
/// <param name="EdgesPerRequest">Distinct candidate experts per request; at most <paramref name="Experts"/>.</param>
/// <param name="Seed">Same seed, same instance.</param>
public sealed record AssignmentInstanceOptions(int Requests, int Experts, int EdgesPerRequest, int Seed);

/// <summary>
/// Makes reproducible random instances for people trying the CLI and for the benchmarks. Shapes follow what staff
/// see: most requests want one or two experts, a quarter carry the team rule, experts take one to four engagements
/// at rising load costs, about a third are reviewers.
/// </summary>
public static class AssignmentInstanceGenerator
{
    public static AssignmentProblem Generate(AssignmentInstanceOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfNegative(options.Requests);
        ArgumentOutOfRangeException.ThrowIfNegative(options.Experts);
        ArgumentOutOfRangeException.ThrowIfNegative(options.EdgesPerRequest);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.EdgesPerRequest, options.Experts);

        // Random(seed) keeps its legacy algorithm, so a seed gives the same instance on every .NET version.
        var random = new Random(options.Seed);
        var requests = new AssignmentRequest[options.Requests];
        for (var r = 0; r < requests.Length; r++)
        {
            var roll = random.Next(100);
            var demand = roll < 50 ? 1 : roll < 85 ? 2 : 3;
            requests[r] = new AssignmentRequest($"r{r + 1}", demand, RequiresReviewer: random.Next(4) == 0);
        }

        var experts = new AssignmentExpert[options.Experts];
        for (var x = 0; x < experts.Length; x++)
        {
            var capacity = 1 + random.Next(4);
            var loadCosts = new int[capacity];
            for (var k = 1; k < capacity; k++)
            {
                loadCosts[k] = loadCosts[k - 1] + 5 + random.Next(26);
            }

            experts[x] = new AssignmentExpert($"e{x + 1}", capacity, loadCosts, IsReviewer: random.Next(3) == 0);
        }

        return new AssignmentProblem(requests, experts, Edges(requests, experts, options.EdgesPerRequest, random));
    }

    private static AssignmentEdge[] Edges(AssignmentRequest[] requests, AssignmentExpert[] experts, int perRequest, Random random)
    {
        var edges = new AssignmentEdge[requests.Length * perRequest];
        var stamps = new int[experts.Length];
        var permutation = perRequest * 2 > experts.Length ? Enumerable.Range(0, experts.Length).ToArray() : null;
        var next = 0;
        for (var r = 0; r < requests.Length; r++)
        {
            for (var i = 0; i < perRequest; i++)
            {
                var x = permutation is null ? Unstamped(stamps, r + 1, random) : PartialShuffle(permutation, i, random);
                edges[next++] = new AssignmentEdge(requests[r].Id, experts[x].Id, 1 + random.Next(100));
            }
        }

        return edges;
    }

    /// <summary>Rejection sampling; used only while fewer than half the experts are drawn, so it ends quickly.</summary>
    private static int Unstamped(int[] stamps, int stamp, Random random)
    {
        int x;
        do
        {
            x = random.Next(stamps.Length);
        }
        while (stamps[x] == stamp);

        stamps[x] = stamp;
        return x;
    }

    private static int PartialShuffle(int[] permutation, int i, Random random)
    {
        var j = i + random.Next(permutation.Length - i);
        (permutation[i], permutation[j]) = (permutation[j], permutation[i]);
        return permutation[i];
    }
}
