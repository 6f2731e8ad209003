namespace LcPeers.Domain.Engagements;

/// <summary>Which actions a session allows by its own state; <see cref="Engagement"/> adds who may act and whether it is still active.</summary>
public sealed partial class Session
{
    /// <summary>A cancelled session stays cancelled: it is neither moved nor cancelled again.</summary>
    public bool IsCancelled => Status == SessionStatus.Cancelled;

    internal IReadOnlyList<string> AllowedActions() => Status switch
    {
        SessionStatus.Planned => [SessionActions.Plan, SessionActions.Cancel],
        SessionStatus.Scheduled => [SessionActions.Reschedule, SessionActions.Cancel],
        _ => [],
    };
}
