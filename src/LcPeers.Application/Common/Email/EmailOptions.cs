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
