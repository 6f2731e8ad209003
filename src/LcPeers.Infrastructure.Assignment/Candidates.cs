using LcPeers.Matching.Assignment;

namespace LcPeers.Infrastructure.Assignment;

/// <summary>
/// The edges the fair search looks at. A team's mean cost only rises with an expensive edge, so when every request
/// is served to its full reachable size in every maximum solution, good solutions use each request's cheap edges:
/// keep per request its demand plus <c>extra</c> cheapest edges, its cheapest reviewer edge under the team rule (so
/// the reachable sizes do not change), and the edges of the total-cost optimum (so that solution stays a feasible
/// start). Otherwise a request might be left empty rather than served badly, and every edge is kept.
/// </summary>
internal sealed record Candidates(AssignmentProblem Problem, bool IsComplete)
{
    public static Candidates Select(AssignmentProblem problem, AssignmentSolution start, int extra)
    {
        var experts = problem.Experts.ToDictionary(x => x.Id, StringComparer.Ordinal);
        var byRequest = problem.Edges.Select((edge, index) => (edge, index)).GroupBy(p => p.edge.Request, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var reachable = 0L;
        foreach (var request in problem.Requests)
        {
            var edges = byRequest.GetValueOrDefault(request.Id) ?? [];
            var size = Math.Min(request.Demand, edges.Count);
            if (TeamRule.Applies(request) && !edges.Exists(p => experts[p.edge.Expert].IsReviewer))
            {
                size = Math.Min(size, request.Demand - 1);
            }

            reachable += size;
        }

        if (reachable != start.Assignments.Count || extra < 0)
        {
            return new Candidates(problem, IsComplete: true);
        }

        var used = start.Assignments.Select(a => (a.Request, a.Expert)).ToHashSet();
        var keep = new bool[problem.Edges.Count];
        var pruned = false;
        foreach (var request in problem.Requests)
        {
            var edges = byRequest.GetValueOrDefault(request.Id) ?? [];
            var cheapest = edges.OrderBy(p => p.edge.Cost).ThenBy(p => p.index).ToList();
            var limit = request.Demand + extra;
            pruned |= cheapest.Count > limit;
            foreach (var (edge, index) in cheapest.Take(limit))
            {
                keep[index] = true;
            }

            if (TeamRule.Applies(request) && cheapest.Find(p => experts[p.edge.Expert].IsReviewer) is { edge: not null } reviewer)
            {
                keep[reviewer.index] = true;
            }

            foreach (var (edge, index) in edges)
            {
                keep[index] |= used.Contains((edge.Request, edge.Expert));
            }
        }

        return pruned
            ? new Candidates(problem with { Edges = [.. problem.Edges.Where((_, i) => keep[i])] }, IsComplete: false)
            : new Candidates(problem, IsComplete: true);
    }
}
