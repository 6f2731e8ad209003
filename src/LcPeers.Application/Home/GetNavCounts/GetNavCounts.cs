using LcPeers.Application.Common;
using LcPeers.Application.Common.Security;
using LcPeers.Application.Home.GetMyWork;
using LcPeers.Domain.Matching;
using LcPeers.Domain.Requests;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LcPeers.Application.Home.GetNavCounts;

/// <summary>
/// The counts beside the navigation's links, for the signed-in user's role: the requests waiting for a staff step
/// (matching, or approving proposals), the coordinator's drafts, the expert's open invitations. Every page asks, so it is one COUNT query,
/// for the first of staff, coordinator and expert the user is; null counts are not shown.
/// </summary>
[RequiresRole(Roles.Expert, Roles.Coordinator, Roles.Staff)]
public sealed record GetNavCountsQuery : IQuery<NavCounts>;

public sealed record NavCounts(int? StaffWork, int? Drafts, int? Invitations);

internal sealed class GetNavCountsHandler(ILcPeersDb db, ICurrentUser user) : IQueryHandler<GetNavCountsQuery, NavCounts>
{
    public async ValueTask<NavCounts> Handle(GetNavCountsQuery query, CancellationToken ct)
    {
        if (user.IsStaff())
        {
            // One COUNT over the union of the home page's two request lists (a request is in at most one of them).
            var waiting = GetStaffWorkHandler.WaitingForMatching(db).Select(r => r.Id);
            var proposals = GetStaffWorkHandler.WithProposalsWaiting(db).Select(r => r.Id);
            return new NavCounts(await db.SupportRequests.CountAsync(r => waiting.Contains(r.Id) || proposals.Contains(r.Id), ct), null, null);
        }

        var email = user.RequireEmail();
        if (user.IsInRole(Roles.Coordinator))
        {
            return new NavCounts(null, await db.SupportRequests.CountAsync(r => r.Status == RequestStatus.Draft
                && db.CoordinatorLinks.Any(l => l.LearningCommunityId == r.LearningCommunityId && l.Email == email), ct), null);
        }

        return new NavCounts(null, null, await db.Proposals.CountAsync(p => p.Status == ProposalStatus.Approved
            && db.Experts.Any(e => e.Id == p.ExpertId && e.AccountEmail == email), ct));
    }
}
