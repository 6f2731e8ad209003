using System.Text.Json;
using LcPeers.Application.Common;
using LcPeers.Application.Common.Exceptions;
using LcPeers.Application.Common.Security;
using LcPeers.Domain.Monitor;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LcPeers.Application.Monitor.Snapshots;

/// <summary>
/// Keeps the monitor's figures of this month (Europe/Amsterdam) when no snapshot of it exists yet; the scheduler sends
/// it at start-up and every few hours after, so the first snapshot is there at once and each month gets one. Two
/// instances taking it at the same moment store one (the month is unique). Answers whether this call took it.
/// </summary>
[SystemOnly]
public sealed record TakeMonitorSnapshotCommand : ICommand<bool>;

internal sealed class TakeMonitorSnapshotHandler(ILcPeersDb db, TimeProvider time) : ICommandHandler<TakeMonitorSnapshotCommand, bool>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async ValueTask<bool> Handle(TakeMonitorSnapshotCommand command, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var month = MonitorSnapshot.MonthOf(LocalTimes.ToLocal(now, LocalTimes.Amsterdam));
        if (await db.MonitorSnapshots.AnyAsync(s => s.Month == month, ct))
        {
            return false;
        }

        // The same figures staff see on the monitor, computed as the system (the job has no signed-in user).
        var m = await new GetMonitorHandler(db, time).Handle(new GetMonitorQuery(), ct);
        var figures = new SnapshotFigures(
            m.LearningCommunities, m.Requests,
            Of(m.RequestsByStatus, "submitted") + Of(m.RequestsByStatus, "matching"),
            Of(m.EngagementsByStatus, "active"), Of(m.EngagementsByStatus, "completed"),
            m.Experts, m.ExpertsWithConsent, m.Ratings, m.AverageRating, m.Feedback.CoordinatorShare);
        db.MonitorSnapshots.Add(MonitorSnapshot.Take(month, now, figures, JsonSerializer.Serialize(m, Json)));
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DuplicateException)
        {
            return false; // another instance took this month's snapshot first
        }
    }

    private static int Of(IReadOnlyList<Count> counts, string key) => counts.FirstOrDefault(c => c.Key == key)?.Value ?? 0;
}
