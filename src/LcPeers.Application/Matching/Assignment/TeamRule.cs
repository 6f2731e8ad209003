namespace LcPeers.Application.Matching.Assignment;

/// <summary>
/// A request marked <see cref="AssignmentRequest.RequiresReviewer"/> that wants two or more experts must, when its
/// team is complete, include at least one reviewer. When no reviewer can be had the request is staffed up to
/// demand − 1 and the last place is reported unmet, so staff can fill it with a reviewer later.
/// </summary>
public static class TeamRule
{
    /// <summary>The smallest demand the rule applies to: a single expert is not a team.</summary>
    public const int MinimumTeamSize = 2;

    /// <summary>Whether the rule constrains <paramref name="request"/>.</summary>
    public static bool Applies(AssignmentRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.RequiresReviewer && request.Demand >= MinimumTeamSize;
    }
}
