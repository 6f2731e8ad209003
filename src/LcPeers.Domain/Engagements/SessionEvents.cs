using LcPeers.Domain.Accounts;
using LcPeers.Domain.Common;

namespace LcPeers.Domain.Engagements;

/// <summary>A new session got a date: every participant is invited (METHOD:REQUEST, SEQUENCE 0).</summary>
public sealed record SessionScheduled(Engagement Engagement, Session Session, AccountId By, DateTimeOffset At) : IDomainEvent;

/// <summary>
/// A session moved (<see cref="From"/> was <see cref="SessionStatus.Scheduled"/>: SEQUENCE + 1 to those invited), or a
/// planned session got its first date (<see cref="From"/> was <see cref="SessionStatus.Planned"/>: the first
/// invitation, SEQUENCE 0). <see cref="PreviousStart"/> and <see cref="PreviousEnd"/> are the times before the change.
/// </summary>
public sealed record SessionRescheduled(
    Engagement Engagement, Session Session, SessionStatus From, DateTimeOffset? PreviousStart, DateTimeOffset? PreviousEnd, AccountId By, DateTimeOffset At)
    : IDomainEvent
{
    /// <summary>True when participants had been invited before, so this is an update rather than a first invitation.</summary>
    public bool WasScheduled => From == SessionStatus.Scheduled;
}

/// <summary>
/// A session was called off, on its own or because its engagement was completed. When
/// <see cref="ParticipantsInvited"/>, participants get METHOD:CANCEL with SEQUENCE + 1.
/// </summary>
public sealed record SessionCancelled(
    Engagement Engagement, Session Session, SessionStatus From, bool ParticipantsInvited, SessionCancellationCause Cause, AccountId By, DateTimeOffset At)
    : IDomainEvent
{
    /// <summary>Why the participant called it off, if they said; told to those invited.</summary>
    public string? Reason { get; init; }
}

public enum SessionCancellationCause
{
    /// <summary>A participant cancelled this session.</summary>
    Cancelled,

    /// <summary>The engagement was completed while the session still lay ahead.</summary>
    EngagementCompleted,
}
