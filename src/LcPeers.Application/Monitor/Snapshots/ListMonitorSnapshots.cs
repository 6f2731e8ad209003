using LcPeers.Application.Common;
using LcPeers.Application.Common.Security;
using LcPeers.Domain.Monitor;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LcPeers.Application.Monitor.Snapshots;

/// <summary>
/// The network month by month: the headline figures of each monthly snapshot, oldest first (staff), in the years
/// <see cref="From"/> to <see cref="To"/>. A snapshot holds the whole network's figures, so it takes no phase, sector
/// or province.
/// </summary>
[RequiresRole(Roles.Staff)]
public sealed record ListMonitorSnapshotsQuery(int? From = null, int? To = null) : IQuery<MonitorHistoryResponse>, IMonitorFilter
{
    string? IMonitorFilter.Phase => null;
    string? IMonitorFilter.Sector => null;
    string? IMonitorFilter.Province => null;
}

public sealed class ListMonitorSnapshotsValidator : MonitorFilterValidator<ListMonitorSnapshotsQuery>;

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
        var scope = MonitorScope.Of(query);
        var rows = await db.MonitorSnapshots.AsNoTracking().OrderBy(s => s.Month).ToListAsync(ct);
        return new MonitorHistoryResponse([.. rows.Where(s => scope.CoversYear(int.Parse(s.Month.AsSpan(0, 4), System.Globalization.CultureInfo.InvariantCulture))).Select(MonitorSnapshotRow.From)]);
    }
}
