using LcPeers.Application.Common;
using LcPeers.Application.Common.Security;
using LcPeers.Domain.Common;
using LcPeers.Domain.Matching;
using LcPeers.Domain.Messaging;
using LcPeers.Domain.Requests;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LcPeers.Application.Home.GetMyWork;

/// <summary>
/// What waits for staff: requests waiting for matching, requests with proposals waiting for approval (also those a
/// batch run made), emails parked as dead letters, and approved invitations the expert has not answered.
/// </summary>
[RequiresRole(Roles.Staff)]
public sealed record GetStaffWorkQuery : IQuery<StaffWorkResponse>;

internal sealed class GetStaffWorkHandler(ILcPeersDb db) : IQueryHandler<GetStaffWorkQuery, StaffWorkResponse>
{
    public async ValueTask<StaffWorkResponse> Handle(GetStaffWorkQuery query, CancellationToken ct) => new(
        await RequestsAsync(WaitingForMatching(db), ct),
        await RequestsAsync(WithProposalsWaiting(db), ct),
        await db.OutboxEmails.CountAsync(m => m.Status == OutboxStatus.Dead, ct),
        await UnansweredAsync(ct));

    /// <summary>Submitted, or back in matching, with nobody proposed or invited: staff's next step is to find candidates.</summary>
    internal static IQueryable<SupportRequest> WaitingForMatching(ILcPeersDb db) => db.SupportRequests.Where(r =>
        (r.Status == RequestStatus.Submitted || r.Status == RequestStatus.Matching)
        && !db.Proposals.Any(p => p.RequestId == r.Id && (p.Status == ProposalStatus.Proposed || p.Status == ProposalStatus.Approved)));

    /// <summary>Requests with proposals staff have to approve or reject, whether a person or a batch run made them.</summary>
    internal static IQueryable<SupportRequest> WithProposalsWaiting(ILcPeersDb db) =>
        db.SupportRequests.Where(r => db.Proposals.Any(p => p.RequestId == r.Id && p.Status == ProposalStatus.Proposed));

    private async Task<WorkList<RequestItem>> RequestsAsync(IQueryable<SupportRequest> requests, CancellationToken ct)
    {
        var count = await requests.CountAsync(ct);
        var rows = await (from r in requests.AsNoTracking()
                          join lc in db.LearningCommunities on r.LearningCommunityId equals lc.Id
                          orderby r.UpdatedAt
                          select new { r.Id, lc.Name, r.Kind, r.UpdatedAt, Proposals = db.Proposals.Count(p => p.RequestId == r.Id && p.Status == ProposalStatus.Proposed) })
            .Take(WorkLists.Top).ToListAsync(ct);
        return new(count, [.. rows.Select(r => new RequestItem(r.Id.Value, r.Name, Codes<RequestKind>.Of(r.Kind!.Value), r.UpdatedAt, r.Proposals))]);
    }

    private async Task<WorkList<UnansweredItem>> UnansweredAsync(CancellationToken ct)
    {
        var open = db.Proposals.AsNoTracking().Where(p => p.Status == ProposalStatus.Approved);
        var count = await open.CountAsync(ct);
        var rows = await (from p in open
                          join r in db.SupportRequests on p.RequestId equals r.Id
                          join lc in db.LearningCommunities on r.LearningCommunityId equals lc.Id
                          join x in db.Experts on p.ExpertId equals x.Id
                          orderby p.UpdatedAt
                          select new { p.Id, p.RequestId, lc.Name, Expert = x.DisplayName, p.UpdatedAt })
            .Take(WorkLists.Top).ToListAsync(ct);
        return new(count, [.. rows.Select(r => new UnansweredItem(r.Id.Value, r.RequestId.Value, r.Name, r.Expert, r.UpdatedAt))]);
    }
}
