using LcPeers.Application.Common;
using LcPeers.Application.Common.Security;
using LcPeers.Domain.Common;
using LcPeers.Domain.Engagements;
using LcPeers.Domain.Requests;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LcPeers.Application.Home.GetMyWork;

/// <summary>
/// What waits for the signed-in coordinator across the LCs they are linked to: their open requests by status, active
/// engagements, sessions ahead and feedback due.
/// </summary>
[RequiresRole(Roles.Coordinator)]
public sealed record GetCoordinatorWorkQuery : IQuery<CoordinatorWorkResponse>;

internal sealed class GetCoordinatorWorkHandler(ILcPeersDb db, LcAccess access, TimeProvider time) : IQueryHandler<GetCoordinatorWorkQuery, CoordinatorWorkResponse>
{
    private static readonly RequestStatus[] Open =
        [RequestStatus.Draft, RequestStatus.Submitted, RequestStatus.Matching, RequestStatus.Matched, RequestStatus.InProgress];

    public async ValueTask<CoordinatorWorkResponse> Handle(GetCoordinatorWorkQuery query, CancellationToken ct)
    {
        var lcIds = await access.MyLearningCommunitiesAsync(ct);
        var now = time.GetUtcNow();
        var byStatus = await db.SupportRequests.AsNoTracking()
            .Where(r => lcIds.Contains(r.LearningCommunityId) && Open.Contains(r.Status))
            .GroupBy(r => r.Status)
            .Select(g => new { Status = g.Key, Count = g.Count() })
            .ToListAsync(ct);
        var theirs = db.Engagements.AsNoTracking().Where(e => lcIds.Contains(e.LearningCommunityId));
        return new CoordinatorWorkResponse(
            [.. byStatus.OrderBy(s => s.Status).Select(s => new StatusCount(Codes<RequestStatus>.Of(s.Status), s.Count))],
            await WorkQueries.EngagementsAsync(db, theirs.Where(e => e.Status == EngagementStatus.Active), ct),
            await WorkQueries.UpcomingSessionsAsync(db, theirs, now, ct),
            await WorkQueries.EngagementsAsync(db, WorkQueries.FeedbackDue(db, theirs, FeedbackRole.Coordinator, now), ct));
    }
}
