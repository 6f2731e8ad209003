using LcPeers.Application.Common;
using LcPeers.Application.Common.Events;
using LcPeers.Domain.Accounts;
using LcPeers.Domain.Matching;
using Microsoft.EntityFrameworkCore;

namespace LcPeers.Application.Matching.Workflow;

/// <summary>After a rejection or decline, the best-ranked alternate of an open request takes the free place.</summary>
internal sealed class PromoteNextAlternate(ILcPeersDb db) : IDomainEventHandler<ProposalRejected>, IDomainEventHandler<ProposalDeclined>
{
    public Task Handle(ProposalRejected e, CancellationToken ct) => PromoteAsync(e.Proposal, e.By, e.At, ct);

    public Task Handle(ProposalDeclined e, CancellationToken ct) => PromoteAsync(e.Proposal, e.By, e.At, ct);

    private async Task PromoteAsync(Proposal freed, AccountId by, DateTimeOffset at, CancellationToken ct)
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
        next?.Promote(by, at);
    }
}
