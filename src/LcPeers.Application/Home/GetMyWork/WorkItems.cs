namespace LcPeers.Application.Home.GetMyWork;

/// <summary>
/// A short list (the first <see cref="WorkLists.Top"/>) and how many there are in all, counted in SQL.
/// </summary>
public sealed record WorkList<T>(int Count, IReadOnlyList<T> Items);

/// <summary>
/// An invitation waiting for the expert's answer.
/// </summary>
/// <remarks>Invitations will carry an answer-by date; it belongs on this record (and in its ordering) once they do.</remarks>
public sealed record InvitationItem(Guid ProposalId, string LearningCommunityName, string Kind, DateTimeOffset InvitedAt);

/// <summary>A dated session still ahead, with the engagement and request it belongs to (for the links).</summary>
public sealed record SessionItem(Guid EngagementId, Guid RequestId, string LearningCommunityName, string SessionKind, string Title, DateTimeOffset Start, DateTime LocalStart);

/// <summary>An engagement: active, or ended and waiting for feedback or a report.</summary>
public sealed record EngagementItem(Guid EngagementId, Guid RequestId, string LearningCommunityName, string ExpertName, string Kind, DateOnly Start, DateOnly End);

/// <summary>How many of the coordinator's open requests have this status.</summary>
public sealed record StatusCount(string Status, int Count);

/// <summary>A request in staff's sight: waiting for matching, or with proposals waiting for approval (<see cref="Proposals"/>).</summary>
public sealed record RequestItem(Guid RequestId, string LearningCommunityName, string Kind, DateTimeOffset Since, int Proposals);

/// <summary>An approved invitation the expert has not answered yet.</summary>
public sealed record UnansweredItem(Guid ProposalId, Guid RequestId, string LearningCommunityName, string ExpertName, DateTimeOffset InvitedAt);

public sealed record ExpertWorkResponse(
    bool HasProfile,
    WorkList<InvitationItem> Invitations,
    WorkList<SessionItem> UpcomingSessions,
    WorkList<EngagementItem> FeedbackDue,
    WorkList<EngagementItem> ReportsDue);

public sealed record CoordinatorWorkResponse(
    IReadOnlyList<StatusCount> RequestsByStatus,
    WorkList<EngagementItem> ActiveEngagements,
    WorkList<SessionItem> UpcomingSessions,
    WorkList<EngagementItem> FeedbackDue);

public sealed record StaffWorkResponse(
    WorkList<RequestItem> WaitingForMatching,
    WorkList<RequestItem> ProposalsWaitingForApproval,
    int DeadLetters,
    WorkList<UnansweredItem> UnansweredInvitations);

internal static class WorkLists
{
    /// <summary>How many items each list on a home page shows; the count says how many more there are.</summary>
    public const int Top = 5;
}
