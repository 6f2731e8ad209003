using LcPeers.Domain.Common;

namespace LcPeers.Domain.Requests;

/// <summary>Which actions a request allows now; the transitions guard with the same predicates.</summary>
public sealed partial class SupportRequest
{
    private static readonly RequestStatus[] SubmittableFrom = [RequestStatus.Draft];

    private static readonly RequestStatus[] MatchableIn = [RequestStatus.Submitted, RequestStatus.Matching];

    /// <summary>Details change while the request is a draft or waiting to be matched; not once experts are involved.</summary>
    public bool CanEdit => Status is RequestStatus.Draft or RequestStatus.Submitted;

    public bool CanSubmit => SubmittableFrom.Contains(Status);

    /// <summary>Withdrawn by the LC or cancelled by staff from any open state.</summary>
    public bool CanClose => IsOpen;

    /// <summary>Matching (ranking candidates, proposing experts) works on submitted requests.</summary>
    public bool CanBeMatched => MatchableIn.Contains(Status);

    /// <summary>
    /// What <paramref name="viewer"/> may do with this request now: its LC's coordinators and staff edit, submit and
    /// withdraw it; only staff cancel it and propose experts for it.
    /// </summary>
    public IReadOnlyList<string> AllowedActions(Viewer viewer)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        if (!viewer.IsStaff && !viewer.IsCoordinatorOfLc)
        {
            return [];
        }

        var actions = new List<string>(5);
        if (CanEdit)
        {
            actions.Add(RequestActions.Edit);
        }

        if (CanSubmit)
        {
            actions.Add(RequestActions.Submit);
        }

        if (CanClose)
        {
            actions.Add(RequestActions.Withdraw);
        }

        if (viewer.IsStaff && CanClose)
        {
            actions.Add(RequestActions.Cancel);
        }

        if (viewer.IsStaff && CanBeMatched)
        {
            actions.Add(RequestActions.Propose);
        }

        return actions;
    }
}
