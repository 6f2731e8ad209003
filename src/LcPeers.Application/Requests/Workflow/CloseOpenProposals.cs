using LcPeers.Application.Common;
using LcPeers.Application.Common.Events;
using LcPeers.Domain.Accounts;
using LcPeers.Domain.Matching;
using LcPeers.Domain.Requests;
using Microsoft.EntityFrameworkCore;

namespace LcPeers.Application.Requests.Workflow;

/// <summary>
/// A withdrawn or cancelled request needs no one any more: proposals the experts never saw are superseded, and open
/// invitations are withdrawn (their experts are told). Answered proposals stay as they are.
/// </summary>
internal sealed class CloseOpenProposals(ILcPeersDb db) : IDomainEventHandler<RequestWithdrawn>, IDomainEventHandler<RequestCancelled>
{
    public Task Handle(RequestWithdrawn e, CancellationToken ct) => CloseAsync(e.Request, e.By, e.At, ct);

    public Task Handle(RequestCancelled e, CancellationToken ct) => CloseAsync(e.Request, e.By, e.At, ct);

    private async Task CloseAsync(SupportRequest request, AccountId by, DateTimeOffset at, CancellationToken ct)
    {
        var open = await db.Proposals
            .Where(p => p.RequestId == request.Id
                && (p.Status == ProposalStatus.Alternate || p.Status == ProposalStatus.Proposed || p.Status == ProposalStatus.Approved))
            .OrderBy(p => p.Rank)
            .ToListAsync(ct);
        foreach (var proposal in open)
        {
            proposal.Supersede(by, null, at);
            proposal.Withdraw(by, at);
        }
    }
}
