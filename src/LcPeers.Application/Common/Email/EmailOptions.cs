namespace LcPeers.Application.Common.Email;

/// <summary>The parts of the <c>Email</c> section the use cases need; delivery settings live in Infrastructure.</summary>
public sealed class EmailOptions
{
    public const string Section = "Email";

    /// <summary>Sender address; also the calendar ORGANIZER when <see cref="Organizer"/> is not set.</summary>
    public string From { get; set; } = "noreply@lcpeers.local";

    public string FromName { get; set; } = "LcPeers";

    /// <summary>
    /// A mailbox somebody reads, named as the calendar ORGANIZER. Only then do invitations ask attendees to answer
    /// (RSVP=TRUE): without it the organizer is the sender address, which may be a no-reply address.
    /// </summary>
    public string? Organizer { get; set; }
}

/// <summary>The <c>Sessions</c> section.</summary>
public sealed class SessionOptions
{
    public const string Section = "Sessions";

    /// <summary>How long before a session its reminder goes out.</summary>
    public TimeSpan ReminderLeadTime { get; set; } = TimeSpan.FromHours(24);

    /// <summary>How often the session job looks for reminders to send and sessions that began.</summary>
    public TimeSpan JobInterval { get; set; } = TimeSpan.FromMinutes(5);
}
