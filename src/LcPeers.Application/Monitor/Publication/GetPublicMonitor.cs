using LcPeers.Application.Common;
using LcPeers.Application.Common.Security;
using LcPeers.Application.Monitor.Impact;
using LcPeers.Application.Monitor.Needs;
using LcPeers.Application.Monitor.Quality;
using LcPeers.Application.Monitor.Snapshots;
using LcPeers.Domain.Monitor;
using Mediator;

namespace LcPeers.Application.Monitor.Publication;

/// <summary>
/// The public network monitor: the aggregates staff made public, each as the staff monitor computes it for the whole
/// network (no LC is named in any of them); null for those not public.
/// </summary>
[Public]
public sealed record GetPublicMonitorQuery : IQuery<PublicMonitorResponse>;

public sealed record PublicMonitorResponse(
    IReadOnlyList<string> Published, NeedsResponse? Needs, QualityResponse? Quality, ImpactResponse? Impact, MonitorHistoryResponse? History);

/// <remarks>
/// Calls the staff handlers' calculations directly, past the pipeline's role check: what is public here is exactly
/// what staff chose to publish, and the staff routes stay staff-only.
/// </remarks>
internal sealed class GetPublicMonitorHandler(ILcPeersDb db, TimeProvider time) : IQueryHandler<GetPublicMonitorQuery, PublicMonitorResponse>
{
    public async ValueTask<PublicMonitorResponse> Handle(GetPublicMonitorQuery query, CancellationToken ct)
    {
        var publication = await MonitorPublicationHandlers.ReadAsync(db, time, ct);
        bool Public(string aggregate) => publication.IsPublished(aggregate);
        return new PublicMonitorResponse(
            publication.Published,
            Public(MonitorAggregates.Needs) ? await new GetNeedsHandler(db, time).Handle(new GetNeedsQuery(), ct) : null,
            Public(MonitorAggregates.Quality) ? await new GetQualityHandler(db).Handle(new GetQualityQuery(), ct) : null,
            Public(MonitorAggregates.Impact) ? await new GetImpactHandler(db).Handle(new GetImpactQuery(), ct) : null,
            Public(MonitorAggregates.History) ? await new ListMonitorSnapshotsHandler(db).Handle(new ListMonitorSnapshotsQuery(), ct) : null);
    }
}
