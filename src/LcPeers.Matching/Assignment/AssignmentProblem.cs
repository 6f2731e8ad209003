namespace LcPeers.Matching.Assignment;

/// <summary>
/// One batch run: open support requests, the experts who could take them, and the candidate pairs. A pair that is
/// not listed cannot be assigned; that is how conflicts of interest are expressed.
/// </summary>
/// <param name="Requests">Open support requests; ids are unique.</param>
/// <param name="Experts">Experts with their remaining capacity; ids are unique.</param>
/// <param name="Edges">Candidate pairs with their cost; at most one per request and expert.</param>
public sealed record AssignmentProblem(
    IReadOnlyList<AssignmentRequest> Requests,
    IReadOnlyList<AssignmentExpert> Experts,
    IReadOnlyList<AssignmentEdge> Edges);

/// <summary>A support request that wants <paramref name="Demand"/> different experts.</summary>
/// <param name="Id">Caller's id, echoed in the solution.</param>
/// <param name="Demand">How many experts the request wants.</param>
/// <param name="RequiresReviewer">Team rule: a full team of two or more includes an expert who is a reviewer (see <see cref="TeamRule"/>).</param>
public sealed record AssignmentRequest(string Id, int Demand, bool RequiresReviewer = false);

/// <summary>An expert who can take up to <paramref name="Capacity"/> more engagements in this run.</summary>
/// <param name="Id">Caller's id, echoed in the solution.</param>
/// <param name="Capacity">Remaining engagements this expert can take.</param>
/// <param name="LoadCosts">
/// <c>LoadCosts[k]</c> is the extra cost of the expert's (k+1)-th engagement in this run. Rising values spread the load;
/// they must not decrease, and there must be at least <paramref name="Capacity"/> of them.
/// </param>
/// <param name="IsReviewer">Whether the expert may fill the reviewer place of a request with the team rule.</param>
public sealed record AssignmentExpert(string Id, int Capacity, IReadOnlyList<int> LoadCosts, bool IsReviewer = false);

/// <summary>A candidate pair: <paramref name="Expert"/> may serve <paramref name="Request"/> at <paramref name="Cost"/>.</summary>
public sealed record AssignmentEdge(string Request, string Expert, int Cost);
