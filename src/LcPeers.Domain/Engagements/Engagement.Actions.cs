using LcPeers.Domain.Common;
using LcPeers.Domain.Requests;

namespace LcPeers.Domain.Engagements;

/// <summary>Which actions an engagement and its sessions allow now; the changes guard with the same predicates.</summary>
public sealed partial class Engagement
{
    /// <summary>Sessions change and the engagement can be closed only while it is active.</summary>
    public bool IsActive => Status == EngagementStatus.Active;

    /// <summary>A peer review ends with the reviewer's report.</summary>
    public bool IsPeerReview => Kind == RequestKind.PeerReview;

    /// <summary>
    /// What <paramref name="viewer"/> may do now. Staff and the LC's coordinators close it; every participant schedules
    /// sessions while it is active; after it ended the coordinators and the expert each give feedback once; the
    /// reviewing expert files a peer review's one report.
    /// </summary>
    /// <param name="viewer">The viewer's relation; the first of staff, coordinator and expert that applies is the side they act on.</param>
    /// <param name="now">Feedback waits until the engagement ended.</param>
    /// <param name="feedbackGiven">The sides that already gave feedback.</param>
    /// <param name="reportFiled">Whether the peer review's report is in.</param>
    public IReadOnlyList<string> AllowedActions(Viewer viewer, DateTimeOffset now, IReadOnlyCollection<FeedbackRole> feedbackGiven, bool reportFiled)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        ArgumentNullException.ThrowIfNull(feedbackGiven);
        var actions = new List<string>(3);
        if (IsActive && (viewer.IsStaff || viewer.IsCoordinatorOfLc))
        {
            actions.Add(EngagementActions.Complete);
        }

        if (IsActive && viewer.IsParticipant)
        {
            actions.Add(EngagementActions.ScheduleSession);
        }

        if (FeedbackSideOf(viewer) is { } side && HasEnded(now) && !feedbackGiven.Contains(side))
        {
            actions.Add(EngagementActions.GiveFeedback);
        }

        if (IsPeerReview && !reportFiled && ActsAsExpert(viewer))
        {
            actions.Add(EngagementActions.FileReport);
        }

        return actions;
    }

    /// <summary>What <paramref name="viewer"/> may do with one of this engagement's sessions now.</summary>
    public IReadOnlyList<string> AllowedActions(Session session, Viewer viewer)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(viewer);
        return IsActive && viewer.IsParticipant && _sessions.Contains(session) ? session.AllowedActions() : [];
    }

    /// <summary>The side a viewer gives feedback for; staff give none.</summary>
    public static FeedbackRole? FeedbackSideOf(Viewer viewer)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        return viewer.IsStaff ? null
            : viewer.IsCoordinatorOfLc ? FeedbackRole.Coordinator
            : viewer.IsOwnExpert ? FeedbackRole.Expert
            : null;
    }

    private static bool ActsAsExpert(Viewer viewer) => viewer.IsOwnExpert && !viewer.IsStaff && !viewer.IsCoordinatorOfLc;
}
