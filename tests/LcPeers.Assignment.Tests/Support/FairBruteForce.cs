using LcPeers.Matching.Assignment;

namespace LcPeers.Assignment.Tests.Support;

/// <summary>
/// The reference answer for the fair objective: tries every subset of edges, keeps the feasible ones, and picks the
/// most engagements, then the least worst mean edge cost over requests with at least one expert (compared as exact
/// fractions), then the least total cost. Written from the problem statement alone; it shares no code with the solver.
/// </summary>
internal static class FairBruteForce
{
    public static (int Count, long WorstCost, int WorstExperts, long Total) Optimum(AssignmentProblem problem)
    {
        var edges = problem.Edges;
        if (edges.Count > 20)
        {
            throw new ArgumentException("Too many edges to enumerate.", nameof(problem));
        }

        var requestIndex = problem.Requests.Select((r, i) => (r.Id, i)).ToDictionary(p => p.Id, p => p.i);
        var expertIndex = problem.Experts.Select((x, i) => (x.Id, i)).ToDictionary(p => p.Id, p => p.i);
        (int Count, long WorstCost, int WorstExperts, long Total)? best = null;
        for (var mask = 0; mask < 1 << edges.Count; mask++)
        {
            var team = new int[problem.Requests.Count];
            var teamCost = new long[problem.Requests.Count];
            var reviewers = new int[problem.Requests.Count];
            var load = new int[problem.Experts.Count];
            long total = 0;
            var count = 0;
            for (var e = 0; e < edges.Count; e++)
            {
                if ((mask & (1 << e)) != 0)
                {
                    var r = requestIndex[edges[e].Request];
                    var x = expertIndex[edges[e].Expert];
                    team[r]++;
                    teamCost[r] += edges[e].Cost;
                    load[x]++;
                    reviewers[r] += problem.Experts[x].IsReviewer ? 1 : 0;
                    total += edges[e].Cost;
                    count++;
                }
            }

            if (!Feasible(problem, team, reviewers, load))
            {
                continue;
            }

            for (var x = 0; x < load.Length; x++)
            {
                total += problem.Experts[x].LoadCosts.Take(load[x]).Sum();
            }

            // Worst mean so far as a fraction; 0/1 when nobody is assigned.
            var (worstCost, worstExperts) = (0L, 1);
            for (var r = 0; r < team.Length; r++)
            {
                if (team[r] > 0 && teamCost[r] * worstExperts > worstCost * team[r])
                {
                    (worstCost, worstExperts) = (teamCost[r], team[r]);
                }
            }

            if (best is not { } b
                || count > b.Count
                || (count == b.Count && worstCost * b.WorstExperts < b.WorstCost * worstExperts)
                || (count == b.Count && worstCost * b.WorstExperts == b.WorstCost * worstExperts && total < b.Total))
            {
                best = (count, worstCost, worstExperts, total);
            }
        }

        return best!.Value;
    }

    private static bool Feasible(AssignmentProblem problem, int[] team, int[] reviewers, int[] load)
    {
        for (var r = 0; r < team.Length; r++)
        {
            var request = problem.Requests[r];
            if (team[r] > request.Demand
                || (request.RequiresReviewer && request.Demand >= 2 && team[r] == request.Demand && reviewers[r] == 0))
            {
                return false;
            }
        }

        for (var x = 0; x < load.Length; x++)
        {
            if (load[x] > problem.Experts[x].Capacity)
            {
                return false;
            }
        }

        return true;
    }
}
