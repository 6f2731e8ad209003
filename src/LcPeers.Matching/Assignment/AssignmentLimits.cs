namespace LcPeers.Matching.Assignment;

/// <summary>
/// Bounds on a problem. They keep ids within the flow graph's 32-bit node and arc indices and every cost sum within
/// 64 bits, also after the solver scales costs by the node count.
/// </summary>
public static class AssignmentLimits
{
    public const int MaxRequests = 200_000;
    public const int MaxExperts = 1_000_000;
    public const int MaxEdges = 10_000_000;
    public const int MaxIdLength = 200;
    public const int MaxDemand = 100;
    public const int MaxCapacity = 100;
    public const int MaxCost = 1_000_000;
}
