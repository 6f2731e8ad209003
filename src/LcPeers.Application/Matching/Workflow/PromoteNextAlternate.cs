using LcPeers.Application.Common;
using LcPeers.Application.Common.Events;
using LcPeers.Application.Lifecycle;
using LcPeers.Application.Matching.ApproveProposal;
using LcPeers.Domain.Accounts;
using LcPeers.Domain.Matching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LcPeers.Application.Matching.Workflow;

/// <summary>
/// After a rejection, decline or expiry, the best-ranked alternate of an open request takes the free place. After an
/// expiry with <see cref="MatchingOptions.AutoApproveAlternates"/> the system approves it too, so its expert is invited
/// at once (<see cref="InviteExpert"/>) instead of waiting for staff.
/// </summary>
internal sealed class PromoteNextAlternate(ILcPeersDb db, IOptions<MatchingOptions> matching, IOptions<LifecycleOptions> lifecycle)
    : IDomainEventHandler<ProposalRejected>, IDomainEventHandler<ProposalDeclined>, IDomainEventHandler<ProposalExpired>
{
    public Task Handle(ProposalRejected e, CancellationToken ct) => PromoteAsync(e.Proposal, e.By, e.At, approve: false, ct);

    public Task Handle(ProposalDeclined e, CancellationToken ct) => PromoteAsync(e.Proposal, e.By, e.At, approve: false, ct);

    public Task Handle(ProposalExpired e, CancellationToken ct) => PromoteAsync(e.Proposal, e.By, e.At, matching.Value.AutoApproveAlternates, ct);

    private async Task PromoteAsync(Proposal freed, AccountId by, DateTimeOffset at, bool approve, CancellationToken ct)
    {
        var request = await db.SupportRequests.FirstAsync(r => r.Id == freed.RequestId, ct);
        if (!request.IsOpen)
        {
            return;
        }

        var next = await db.Proposals
            .Where(p => p.RequestId == request.Id && p.Status == ProposalStatus.Alternate)
            .OrderBy(p => p.Rank)
            .FirstOrDefaultAsync(ct);
        if (next is null)
        {
            return;
        }

        next.Promote(by, at);
        if (approve)
        {
            // The system's approval stands alone: four-eyes is for people's decisions, and the option says staff chose this.
            next.Approve(AccountId.System, requireSecondApprover: false, at, lifecycle.Value.InvitationAnswerWindow);
        }
    }
}
