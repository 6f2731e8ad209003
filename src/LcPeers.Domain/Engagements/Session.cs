using LcPeers.Domain.Common;

namespace LcPeers.Domain.Engagements;

/// <summary>
/// One meeting of an engagement. Its calendar identity is stable: one <see cref="Uid"/> for its whole life, and a
/// <see cref="Sequence"/> that grows with every change participants have already been told about (RFC 5545).
/// Part of the <see cref="Engagement"/> aggregate; changed only through it.
/// </summary>
public sealed partial class Session
{
    public const string DefaultTimeZone = "Europe/Amsterdam";

    private Session() { } // for EF

    public SessionId Id { get; private set; }
    public EngagementId EngagementId { get; private set; }
    public SessionKind Kind { get; private set; }
    public string Title { get; private set; } = "";
    public SessionStatus Status { get; private set; }
    public DateTimeOffset? Start { get; private set; }
    public DateTimeOffset? End { get; private set; }
    public string TimeZone { get; private set; } = DefaultTimeZone;
    public string? Location { get; private set; }
    public string? OnlineUrl { get; private set; }
    public string? Agenda { get; private set; }

    /// <summary>An optional staff member who attends as observer and is invited too.</summary>
    public string? ObserverEmail { get; private set; }

    /// <summary>The iCalendar UID; never changes, so calendars update the same event.</summary>
    public string Uid { get; private set; } = "";

    /// <summary>The iCalendar SEQUENCE of the last invitation sent: 0 for the first, +1 for each update or cancellation.</summary>
    public int Sequence { get; private set; }

    /// <summary>The sequence for which a reminder went out, so each version of a session gets at most one.</summary>
    public int? ReminderSentForSequence { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }

    public bool NeedsReminder => Status == SessionStatus.Scheduled && ReminderSentForSequence != Sequence;

    internal static Session Plan(EngagementId engagement, SessionKind kind, string title, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        var id = SessionId.New(now);
        return new Session
        {
            Id = id,
            EngagementId = engagement,
            Kind = kind,
            Title = title.Trim(),
            Status = SessionStatus.Planned,
            Uid = $"{id.Value:N}@lcpeers",
            Sequence = 0,
            CreatedAt = now,
            UpdatedAt = now,
        };
    }

    internal static Session Scheduled(EngagementId engagement, SessionKind kind, SessionDetails details, DateTimeOffset now)
    {
        var session = Plan(engagement, kind, details.Title, now);
        session.Apply(details, now);
        session.Status = SessionStatus.Scheduled;
        return session;
    }

    /// <summary>A planned session gets its first date (sequence stays 0: nobody was invited yet); a scheduled one moves (sequence + 1).</summary>
    internal void Reschedule(SessionDetails details, DateTimeOffset now)
    {
        if (IsCancelled)
        {
            throw new BusinessRuleException(RuleCodes.Session.Cancelled, "A cancelled session cannot be rescheduled; schedule a new one.");
        }

        if (Status == SessionStatus.Scheduled)
        {
            Sequence++;
        }

        Apply(details, now);
        Status = SessionStatus.Scheduled;
    }

    /// <returns>True when participants had been invited and must now be told it is off.</returns>
    internal bool Cancel(DateTimeOffset now)
    {
        if (IsCancelled)
        {
            throw new BusinessRuleException(RuleCodes.Session.Cancelled, "The session is already cancelled.");
        }

        var wasScheduled = Status == SessionStatus.Scheduled;
        if (wasScheduled)
        {
            Sequence++;
        }

        Status = SessionStatus.Cancelled;
        UpdatedAt = now;
        return wasScheduled;
    }

    internal void MarkReminderSent(DateTimeOffset now)
    {
        ReminderSentForSequence = Sequence;
        UpdatedAt = now;
    }

    private void Apply(SessionDetails details, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(details);
        ArgumentException.ThrowIfNullOrWhiteSpace(details.Title);
        ArgumentException.ThrowIfNullOrWhiteSpace(details.TimeZone);
        if (details.End <= details.Start)
        {
            throw new BusinessRuleException(RuleCodes.Session.PeriodReversed, "A session must end after it starts.");
        }

        if (details.Start < now)
        {
            throw new BusinessRuleException(RuleCodes.Session.InPast, "A session cannot be scheduled in the past.");
        }

        Title = details.Title.Trim();
        Start = details.Start.ToUniversalTime();
        End = details.End.ToUniversalTime();
        TimeZone = details.TimeZone;
        Location = Blank(details.Location);
        OnlineUrl = Blank(details.OnlineUrl);
        Agenda = Blank(details.Agenda);
        ObserverEmail = Blank(details.ObserverEmail)?.ToLowerInvariant();
        UpdatedAt = now;
    }

    /// <summary>The observer was erased: the session keeps happening without their address.</summary>
    internal bool ForgetObserver(string email, DateTimeOffset now)
    {
        if (!string.Equals(ObserverEmail, email, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        ObserverEmail = null;
        UpdatedAt = now;
        return true;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
