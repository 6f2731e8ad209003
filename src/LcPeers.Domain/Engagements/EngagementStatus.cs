namespace LcPeers.Domain.Engagements;

/// <summary>active (from acceptance) → completed (closed by staff or an LC coordinator).</summary>
public enum EngagementStatus
{
    Active = 1,
    Completed = 2,
}

/// <summary>
/// planned: part of a plan, no date yet, no invitation sent; scheduled: dated, invitations sent; cancelled.
/// </summary>
public enum SessionStatus
{
    Planned = 1,
    Scheduled = 2,
    Cancelled = 3,
}

/// <summary>What a session is for. A peer review's default plan is an intake, a visit and a feedback session.</summary>
public enum SessionKind
{
    Intake = 1,
    Visit = 2,
    Feedback = 3,
    Meeting = 4,
}

/// <summary>Who gives feedback on an engagement.</summary>
public enum FeedbackRole
{
    Coordinator = 1,
    Expert = 2,
}
