namespace LcPeers.Application.Common.Calendar;

public enum CalendarMethod
{
    Request = 1,
    Cancel = 2,
}

public sealed record CalendarPerson(string Email, string? Name);

/// <summary>
/// One event for an iTIP message (RFC 5546). Times are instants; <see cref="TimeZone"/> is the IANA zone whose
/// wall-clock time the invitation shows (with a full VTIMEZONE). <see cref="AskForReplies"/> sets RSVP=TRUE on each
/// attendee: only when replies reach a mailbox somebody reads.
/// </summary>
public sealed record CalendarInvite(
    CalendarMethod Method,
    string Uid,
    int Sequence,
    string Summary,
    string? Description,
    string? Location,
    string? Url,
    DateTimeOffset Start,
    DateTimeOffset End,
    string TimeZone,
    CalendarPerson Organizer,
    IReadOnlyList<CalendarPerson> Attendees,
    DateTimeOffset Stamp,
    bool AskForReplies);

/// <summary>Renders an invitation as iCalendar text.</summary>
public interface ICalendarInviteBuilder
{
    string Build(CalendarInvite invite);
}
