namespace LcPeers.Matching.Assignment;

/// <summary>
/// Checks a solution against its problem without trusting the solver: every pair is a listed edge (so no conflict
/// of interest slips in), no pair twice, no expert over capacity, no request over demand, the team rule, the unmet
/// list, and the total cost recomputed from the edges and load costs. Tests use it on every solver answer; the API
/// uses it as a guard before anything is proposed to staff.
/// </summary>
/// <remarks>Expects a problem that passed <see cref="AssignmentProblemValidator"/>. It does not judge optimality.</remarks>
public static class AssignmentChecker
{
    public static AssignmentCheckResult Check(AssignmentProblem problem, AssignmentSolution solution)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(solution);

        var violations = new List<string>();
        var requests = problem.Requests.ToDictionary(r => r.Id, StringComparer.Ordinal);
        var experts = problem.Experts.ToDictionary(e => e.Id, StringComparer.Ordinal);
        var edgeCosts = problem.Edges.ToDictionary(e => (e.Request, e.Expert), e => e.Cost);

        var seen = new HashSet<(string, string)>();
        var perRequest = new Dictionary<string, List<AssignmentExpert>>(StringComparer.Ordinal);
        var perExpert = new Dictionary<string, int>(StringComparer.Ordinal);
        long cost = 0;
        foreach (var (request, expert) in solution.Assignments)
        {
            if (!requests.ContainsKey(request) || !experts.TryGetValue(expert, out var assigned))
            {
                violations.Add($"Assignment ({request}, {expert}) names an unknown request or expert.");
                continue;
            }

            if (!edgeCosts.TryGetValue((request, expert), out var edgeCost))
            {
                violations.Add($"Assignment ({request}, {expert}) is not a candidate edge (a conflict or no match).");
                continue;
            }

            if (!seen.Add((request, expert)))
            {
                violations.Add($"Assignment ({request}, {expert}) appears more than once.");
                continue;
            }

            cost += edgeCost;
            TeamOf(perRequest, request).Add(assigned);
            perExpert[expert] = perExpert.GetValueOrDefault(expert) + 1;
        }

        foreach (var (id, count) in perExpert)
        {
            var expert = experts[id];
            if (count > expert.Capacity)
            {
                violations.Add($"Expert {id} has {count} assignments; capacity is {expert.Capacity}.");
            }

            for (var k = 0; k < Math.Min(count, expert.LoadCosts.Count); k++)
            {
                cost += expert.LoadCosts[k];
            }
        }

        CheckRequests(problem, perRequest, solution.Unmet, violations);

        if (cost != solution.TotalCost)
        {
            violations.Add($"Total cost is {solution.TotalCost}; the assignments cost {cost}.");
        }

        return new AssignmentCheckResult(violations);
    }

    private static void CheckRequests(
        AssignmentProblem problem,
        Dictionary<string, List<AssignmentExpert>> perRequest,
        IReadOnlyList<UnmetDemand> unmet,
        List<string> violations)
    {
        var reported = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (request, missing) in unmet)
        {
            if (!reported.TryAdd(request, missing))
            {
                violations.Add($"Request {request} is listed as unmet more than once.");
            }
        }

        foreach (var request in problem.Requests)
        {
            var team = perRequest.GetValueOrDefault(request.Id) ?? [];
            if (team.Count > request.Demand)
            {
                violations.Add($"Request {request.Id} has {team.Count} experts; demand is {request.Demand}.");
            }

            if (TeamRule.Applies(request) && team.Count == request.Demand && !team.Exists(e => e.IsReviewer))
            {
                violations.Add($"Request {request.Id} needs a reviewer in its full team of {team.Count} and has none.");
            }

            var missing = Math.Max(0, request.Demand - team.Count);
            var isListed = reported.Remove(request.Id, out var listed);
            if (listed != missing || (isListed && missing == 0))
            {
                violations.Add($"Request {request.Id} misses {missing} experts; the solution reports {(isListed ? listed : "none")} unmet.");
            }
        }

        foreach (var request in reported.Keys)
        {
            violations.Add($"Unmet entry names unknown request {request}.");
        }
    }

    private static List<AssignmentExpert> TeamOf(Dictionary<string, List<AssignmentExpert>> perRequest, string request)
    {
        if (!perRequest.TryGetValue(request, out var team))
        {
            team = [];
            perRequest[request] = team;
        }

        return team;
    }
}

/// <summary>What <see cref="AssignmentChecker"/> found; an empty list means the solution is consistent.</summary>
public sealed record AssignmentCheckResult(IReadOnlyList<string> Violations)
{
    public bool IsValid => Violations.Count == 0;
}
