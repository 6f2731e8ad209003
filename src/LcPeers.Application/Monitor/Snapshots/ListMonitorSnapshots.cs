using LcPeers.Application.Common;
using LcPeers.Application.Common.Security;
using LcPeers.Domain.Monitor;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LcPeers.Application.Monitor.Snapshots;

/// <summary>The network month by month: the headline figures of each monthly snapshot, oldest first (staff).</summary>
[RequiresRole(Roles.Staff)]
public sealed record ListMonitorSnapshotsQuery : IQuery<MonitorHistoryResponse>;

public sealed record MonitorHistoryResponse(IReadOnlyList<MonitorSnapshotRow> Months);

public sealed record MonitorSnapshotRow(
    string Month, DateTimeOffset TakenAt, int LearningCommunities, int Requests, int OpenRequests, int ActiveEngagements, int CompletedEngagements,
    int Experts, int ExpertsWithConsent, int Ratings, double? AverageRating, double? FeedbackShare)
{
    public static MonitorSnapshotRow From(MonitorSnapshot s) => new(
        s.Month, s.TakenAt, s.LearningCommunities, s.Requests, s.OpenRequests, s.ActiveEngagements, s.CompletedEngagements, s.Experts,
        s.ExpertsWithConsent, s.Ratings, s.AverageRating, s.FeedbackShare);
}

internal sealed class ListMonitorSnapshotsHandler(ILcPeersDb db) : IQueryHandler<ListMonitorSnapshotsQuery, MonitorHistoryResponse>
{
    public async ValueTask<MonitorHistoryResponse> Handle(ListMonitorSnapshotsQuery query, CancellationToken ct)
    {
        var rows = await db.MonitorSnapshots.AsNoTracking().OrderBy(s => s.Month).ToListAsync(ct);
        return new MonitorHistoryResponse([.. rows.Select(MonitorSnapshotRow.From)]);
    }
}
