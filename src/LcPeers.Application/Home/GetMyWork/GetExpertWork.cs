using LcPeers.Application.Common;
using LcPeers.Application.Common.Security;
using LcPeers.Domain.Common;
using LcPeers.Domain.Engagements;
using LcPeers.Domain.Experts;
using LcPeers.Domain.Matching;
using LcPeers.Domain.Requests;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LcPeers.Application.Home.GetMyWork;

/// <summary>
/// What waits for the signed-in expert: invitations to answer, sessions ahead, feedback due on engagements that
/// ended, and peer-review reports not yet filed.
/// </summary>
[RequiresRole(Roles.Expert)]
public sealed record GetExpertWorkQuery : IQuery<ExpertWorkResponse>;

internal sealed class GetExpertWorkHandler(ILcPeersDb db, ICurrentUser user, TimeProvider time) : IQueryHandler<GetExpertWorkQuery, ExpertWorkResponse>
{
    public async ValueTask<ExpertWorkResponse> Handle(GetExpertWorkQuery query, CancellationToken ct)
    {
        var email = user.RequireEmail();
        var expertId = await db.Experts.Where(e => e.AccountEmail == email).Select(e => (ExpertId?)e.Id).FirstOrDefaultAsync(ct);
        if (expertId is not { } me)
        {
            return new ExpertWorkResponse(false, new(0, []), new(0, []), new(0, []), new(0, []));
        }

        var now = time.GetUtcNow();
        var mine = db.Engagements.AsNoTracking().Where(e => e.ExpertId == me);
        return new ExpertWorkResponse(
            true,
            await InvitationsAsync(me, ct),
            await WorkQueries.UpcomingSessionsAsync(db, mine, now, ct),
            await WorkQueries.EngagementsAsync(db, WorkQueries.FeedbackDue(db, mine, FeedbackRole.Expert, now), ct),
            await WorkQueries.EngagementsAsync(db, mine.Where(e => e.Kind == RequestKind.PeerReview && !db.PeerReviewReports.Any(r => r.EngagementId == e.Id)), ct));
    }

    private async Task<WorkList<InvitationItem>> InvitationsAsync(ExpertId me, CancellationToken ct)
    {
        var open = db.Proposals.AsNoTracking().Where(p => p.ExpertId == me && p.Status == ProposalStatus.Approved);
        var count = await open.CountAsync(ct);
        var rows = await (from p in open
                          join r in db.SupportRequests on p.RequestId equals r.Id
                          join lc in db.LearningCommunities on r.LearningCommunityId equals lc.Id
                          orderby p.UpdatedAt
                          select new { p.Id, lc.Name, r.Kind, p.UpdatedAt })
            .Take(WorkLists.Top).ToListAsync(ct);
        return new(count, [.. rows.Select(r => new InvitationItem(r.Id.Value, r.Name, Codes<RequestKind>.Of(r.Kind!.Value), r.UpdatedAt))]);
    }
}
