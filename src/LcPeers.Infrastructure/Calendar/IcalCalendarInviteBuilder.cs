using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using LcPeers.Application.Common;
using LcPeers.Application.Common.Calendar;

namespace LcPeers.Infrastructure.Calendar;

/// <summary>
/// iCalendar (RFC 5545) objects for iTIP (RFC 5546) with Ical.Net: times in the session's zone with TZID and a full
/// VTIMEZONE (standard and daylight rules), so a session keeps its wall-clock time across a DST change.
/// </summary>
internal sealed class IcalCalendarInviteBuilder : ICalendarInviteBuilder
{
    public string Build(CalendarInvite invite)
    {
        ArgumentNullException.ThrowIfNull(invite);
        var cancel = invite.Method == CalendarMethod.Cancel;
        var calendar = new Ical.Net.Calendar { ProductId = "-//LcPeers//LcPeers//NL", Method = cancel ? "CANCEL" : "REQUEST" };
        var localStart = LocalTimes.ToLocal(invite.Start, invite.TimeZone);
        var localEnd = LocalTimes.ToLocal(invite.End, invite.TimeZone);
        calendar.AddTimeZone(VTimeZone.FromDateTimeZone(invite.TimeZone, localStart.AddYears(-1), includeHistoricalData: false));

        var ev = new CalendarEvent
        {
            Uid = invite.Uid,
            Sequence = invite.Sequence,
            Summary = Text(invite.Summary),
            Description = Text(invite.Description),
            Location = Text(invite.Location),
            DtStart = new CalDateTime(localStart, invite.TimeZone),
            DtEnd = new CalDateTime(localEnd, invite.TimeZone),
            DtStamp = new CalDateTime(invite.Stamp.UtcDateTime, "UTC"),
            Status = cancel ? "CANCELLED" : "CONFIRMED",
            Organizer = new Organizer(TryMailTo(invite.Organizer.Email) ?? throw new InvalidOperationException("The organizer's address (Email:Organizer) is not a valid email address.")) { CommonName = Parameter(invite.Organizer.Name) },
        };
        if (invite.Url is { } url && Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            ev.Url = uri;
        }

        // An address the mail library cannot parse (a row older than the input rule) is left out rather than written raw.
        foreach (var (attendee, address) in invite.Attendees.Select(a => (a, TryMailTo(a.Email))))
        {
            if (address is null)
            {
                continue;
            }

            ev.Attendees.Add(new Attendee(address)
            {
                CommonName = Parameter(attendee.Name),
                Role = "REQ-PARTICIPANT",
                ParticipationStatus = "NEEDS-ACTION",
                Rsvp = invite.AskForReplies,
            });
        }

        calendar.Events.Add(ev);
        return new CalendarSerializer().SerializeToString(calendar) ?? throw new InvalidOperationException("The calendar could not be serialised.");
    }

    /// <summary>
    /// A parameter value (RFC 5545 3.1: no control character, no DQUOTE, quoted by the serializer when it holds
    /// ';', ':' or ','). Input validation refuses control characters already; this holds for older rows too.
    /// </summary>
    private static string? Parameter(string? value) =>
        value is null ? null : new string([.. value.Select(c => IsBreaking(c) ? ' ' : c == '"' ? '\'' : c)]).Trim();

    /// <summary>A TEXT value: line breaks stay one escaped "\n" each, other control characters become spaces.</summary>
    private static string? Text(string? value) =>
        value is null ? null : new string([.. value.Replace("\r\n", "\n", StringComparison.Ordinal).Select(c => c == '\n' ? c : IsBreaking(c) ? ' ' : c)]);

    private static bool IsBreaking(char c) => char.IsControl(c) || c is '\u2028' or '\u2029';

    /// <summary>The address as one plain addr-spec, parsed by the mail library; anything else cannot be a calendar user.</summary>
    private static string? TryMailTo(string email) =>
        MimeKit.MailboxAddress.TryParse(email, out var mailbox) && mailbox.Address.Length > 0 && mailbox.Address.All(c => c > ' ' && c < '\u007f')
            ? $"mailto:{mailbox.Address}"
            : null;
}
