using LcPeers.Matching.Assignment;

namespace LcPeers.Assignment.Tests.Support;

/// <summary>Short constructors so hand-written problems read like the situation they describe.</summary>
internal static class Problems
{
    public static AssignmentRequest Request(string id, int demand = 1, bool reviewer = false) => new(id, demand, reviewer);

    public static AssignmentExpert Expert(string id, int capacity = 1, int[]? loadCosts = null, bool reviewer = false) =>
        new(id, capacity, loadCosts ?? new int[capacity], reviewer);

    public static AssignmentEdge Edge(string request, string expert, int cost) => new(request, expert, cost);

    public static AssignmentProblem Problem(AssignmentRequest[] requests, AssignmentExpert[] experts, params AssignmentEdge[] edges) =>
        new(requests, experts, edges);
}
