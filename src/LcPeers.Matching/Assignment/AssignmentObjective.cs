namespace LcPeers.Matching.Assignment;

/// <summary>What a batch run optimises once the largest number of engagements is fixed.</summary>
public enum AssignmentObjective
{
    /// <summary>The least total cost (edges plus load costs); see <see cref="IAssignmentSolver"/>.</summary>
    Total,

    /// <summary>
    /// First the best worst-off request (the least largest mean edge cost per assigned expert), then the least total
    /// cost among those; see <see cref="IFairAssignmentSolver"/>.
    /// </summary>
    Fair,
}
