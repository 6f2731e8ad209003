using LcPeers.Matching.Assignment;

namespace LcPeers.Assignment.Tests.Support;

/// <summary>
/// The reference answer: tries every subset of edges, keeps the feasible ones, and picks the most engagements, then
/// the least cost. Written from the problem statement alone; it shares no code with the solver.
/// </summary>
internal static class BruteForce
{
    public static (int Count, long Cost) Optimum(AssignmentProblem problem)
    {
        var edges = problem.Edges;
        if (edges.Count > 20)
        {
            throw new ArgumentException("Too many edges to enumerate.", nameof(problem));
        }

        var requestIndex = problem.Requests.Select((r, i) => (r.Id, i)).ToDictionary(p => p.Id, p => p.i);
        var expertIndex = problem.Experts.Select((x, i) => (x.Id, i)).ToDictionary(p => p.Id, p => p.i);
        var best = (Count: 0, Cost: 0L);
        for (var mask = 0; mask < 1 << edges.Count; mask++)
        {
            var perRequest = new int[problem.Requests.Count];
            var reviewers = new int[problem.Requests.Count];
            var perExpert = new int[problem.Experts.Count];
            long cost = 0;
            var count = 0;
            for (var e = 0; e < edges.Count; e++)
            {
                if ((mask & (1 << e)) == 0)
                {
                    continue;
                }

                var r = requestIndex[edges[e].Request];
                var x = expertIndex[edges[e].Expert];
                perRequest[r]++;
                perExpert[x]++;
                reviewers[r] += problem.Experts[x].IsReviewer ? 1 : 0;
                cost += edges[e].Cost;
                count++;
            }

            if (!Feasible(problem, perRequest, reviewers, perExpert))
            {
                continue;
            }

            for (var x = 0; x < perExpert.Length; x++)
            {
                cost += problem.Experts[x].LoadCosts.Take(perExpert[x]).Sum();
            }

            if (count > best.Count || (count == best.Count && cost < best.Cost))
            {
                best = (count, cost);
            }
        }

        return best;
    }

    private static bool Feasible(AssignmentProblem problem, int[] perRequest, int[] reviewers, int[] perExpert)
    {
        for (var r = 0; r < perRequest.Length; r++)
        {
            var request = problem.Requests[r];
            if (perRequest[r] > request.Demand)
            {
                return false;
            }

            // A complete team of two or more for a request with the rule must hold a reviewer.
            if (request.RequiresReviewer && request.Demand >= 2 && perRequest[r] == request.Demand && reviewers[r] == 0)
            {
                return false;
            }
        }

        for (var x = 0; x < perExpert.Length; x++)
        {
            if (perExpert[x] > problem.Experts[x].Capacity)
            {
                return false;
            }
        }

        return true;
    }
}
