using LcPeers.Application.Common.Security;
using LcPeers.Domain.Experts;
using Mediator;

namespace LcPeers.Application.Engagements.TrackRecord;

/// <summary>An expert's track record (staff).</summary>
[RequiresRole(Roles.Staff)]
public sealed record GetTrackRecordQuery(Guid ExpertId) : IQuery<TrackRecordResponse>;

internal sealed class GetTrackRecordHandler(IExpertTrackRecord trackRecord) : IQueryHandler<GetTrackRecordQuery, TrackRecordResponse>
{
    public async ValueTask<TrackRecordResponse> Handle(GetTrackRecordQuery query, CancellationToken ct)
    {
        var id = new ExpertId(query.ExpertId);
        return (await trackRecord.ForAsync([id], ct))[id];
    }
}
