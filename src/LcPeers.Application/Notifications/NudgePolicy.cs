using System.Globalization;
using LcPeers.Application.Common;
using LcPeers.Application.Lifecycle;
using LcPeers.Domain.Messaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LcPeers.Application.Notifications;

/// <summary>
/// Who may be nudged, and when: not those who turned nudges off, and not at night or at weekends (Europe/Amsterdam).
/// A nudge queued in quiet hours waits in the outbox until they end, so the sweep that found it need not come back.
/// </summary>
internal sealed class NudgePolicy(ILcPeersDb db, IOptions<LifecycleOptions> options)
{
    public async Task<bool> AllowsAsync(string address, CancellationToken ct)
    {
        var key = MailPreference.Normalise(address);
        return !await db.MailPreferences.AnyAsync(p => p.Address == key && p.NudgesOff, ct);
    }

    /// <summary>The first moment at or after <paramref name="now"/> outside quiet hours.</summary>
    public DateTimeOffset SendAt(DateTimeOffset now)
    {
        var o = options.Value;
        var (start, end) = (ParseTime(o.QuietHoursStart), ParseTime(o.QuietHoursEnd));
        var zone = LocalTimes.Zone(LocalTimes.Amsterdam);
        var local = LocalTimes.ToLocal(now, LocalTimes.Amsterdam);
        for (var i = 0; i < 10; i++)
        {
            var day = DateOnly.FromDateTime(local);
            var time = TimeOnly.FromDateTime(local);
            var weekend = o.QuietWeekends && local.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
            if (!weekend && !IsQuiet(time, start, end))
            {
                return i == 0 ? now : new DateTimeOffset(local, zone.GetUtcOffset(local)).ToUniversalTime();
            }

            // Forward to the end of quiet hours: today's when it is still ahead, else the next day's.
            local = (weekend || time >= end ? day.AddDays(1) : day).ToDateTime(end);
        }

        return now; // unreachable with sane settings; never hold mail back for ever
    }

    private static bool IsQuiet(TimeOnly time, TimeOnly start, TimeOnly end) =>
        start == end ? false
        : start > end ? time >= start || time < end // over midnight, e.g. 20:00-08:00
        : time >= start && time < end;

    private static TimeOnly ParseTime(string text) => TimeOnly.ParseExact(text.Trim(), "HH:mm", CultureInfo.InvariantCulture);
}
