using LcPeers.Application.Common;
using LcPeers.Application.Common.Exceptions;
using LcPeers.Application.Common.Security;
using LcPeers.Domain.Experts;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LcPeers.Application.Engagements.TrackRecord;

/// <summary>An expert's track record (staff).</summary>
[RequiresRole(Roles.Staff)]
public sealed record GetTrackRecordQuery(Guid ExpertId) : IQuery<TrackRecordResponse>;

internal sealed class GetTrackRecordHandler(IExpertTrackRecord trackRecord, ILcPeersDb db) : IQueryHandler<GetTrackRecordQuery, TrackRecordResponse>
{
    public async ValueTask<TrackRecordResponse> Handle(GetTrackRecordQuery query, CancellationToken ct)
    {
        var id = new ExpertId(query.ExpertId);
        if (!await db.Experts.AnyAsync(e => e.Id == id, ct))
        {
            throw new NotFoundException("Expert", query.ExpertId);
        }

        return (await trackRecord.ForAsync([id], ct))[id];
    }
}
