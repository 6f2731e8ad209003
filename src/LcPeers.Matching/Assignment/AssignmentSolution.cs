namespace LcPeers.Matching.Assignment;

/// <summary>
/// The outcome of a run: as many engagements as the problem allows, at the least total cost among those.
/// </summary>
/// <param name="Assignments">The chosen pairs, each at most once.</param>
/// <param name="TotalCost">Sum of the chosen edges' costs plus each expert's load costs for the engagements taken.</param>
/// <param name="Unmet">Requests that got fewer experts than they asked for; fully served requests are not listed.</param>
public sealed record AssignmentSolution(
    IReadOnlyList<ExpertAssignment> Assignments,
    long TotalCost,
    IReadOnlyList<UnmetDemand> Unmet);

/// <summary>Expert <paramref name="Expert"/> is assigned to request <paramref name="Request"/>.</summary>
public sealed record ExpertAssignment(string Request, string Expert);

/// <summary>Request <paramref name="Request"/> got <paramref name="Missing"/> experts fewer than its demand.</summary>
public sealed record UnmetDemand(string Request, int Missing);
