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
            Summary = invite.Summary,
            Description = invite.Description,
            Location = invite.Location ?? invite.Url,
            DtStart = new CalDateTime(localStart, invite.TimeZone),
            DtEnd = new CalDateTime(localEnd, invite.TimeZone),
            DtStamp = new CalDateTime(invite.Stamp.UtcDateTime, "UTC"),
            Status = cancel ? "CANCELLED" : "CONFIRMED",
            Organizer = new Organizer($"mailto:{invite.Organizer.Email}") { CommonName = invite.Organizer.Name },
        };
        if (invite.Url is { } url && Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            ev.Url = uri;
        }

        foreach (var attendee in invite.Attendees)
        {
            ev.Attendees.Add(new Attendee($"mailto:{attendee.Email}")
            {
                CommonName = attendee.Name,
                Role = "REQ-PARTICIPANT",
                ParticipationStatus = "NEEDS-ACTION",
                Rsvp = true,
            });
        }

        calendar.Events.Add(ev);
        return new CalendarSerializer().SerializeToString(calendar) ?? throw new InvalidOperationException("The calendar could not be serialised.");
    }
}
