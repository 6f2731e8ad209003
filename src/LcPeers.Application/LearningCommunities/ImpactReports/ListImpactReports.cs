using LcPeers.Application.Common;
using LcPeers.Application.Common.Exceptions;
using LcPeers.Application.Common.Security;
using LcPeers.Domain.LearningCommunities;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LcPeers.Application.LearningCommunities.ImpactReports;

/// <summary>An LC's impact reports, the latest period first; for its coordinators and staff.</summary>
[RequiresRole(Roles.Coordinator, Roles.Staff)]
public sealed record ListImpactReportsQuery(Guid LearningCommunityId) : IQuery<IReadOnlyList<ImpactReportResponse>>, ILearningCommunityScoped;

internal sealed class ListImpactReportsHandler(ILcPeersDb db) : IQueryHandler<ListImpactReportsQuery, IReadOnlyList<ImpactReportResponse>>
{
    public async ValueTask<IReadOnlyList<ImpactReportResponse>> Handle(ListImpactReportsQuery query, CancellationToken ct)
    {
        var lcId = new LearningCommunityId(query.LearningCommunityId);
        if (!await db.LearningCommunities.AnyAsync(l => l.Id == lcId, ct))
        {
            throw new NotFoundException("Learning community", query.LearningCommunityId);
        }

        var reports = await db.ImpactReports.AsNoTracking().Where(r => r.LearningCommunityId == lcId).OrderByDescending(r => r.Period).ToListAsync(ct);
        return [.. reports.Select(ImpactReportResponse.From)];
    }
}
