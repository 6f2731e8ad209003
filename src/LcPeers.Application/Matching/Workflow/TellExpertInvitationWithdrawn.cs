using LcPeers.Application.Common;
using LcPeers.Application.Common.Events;
using LcPeers.Application.Notifications;
using LcPeers.Domain.Matching;
using Microsoft.EntityFrameworkCore;

namespace LcPeers.Application.Matching.Workflow;

/// <summary>An invitation withdrawn because its request closed: the expert hears it rather than finding a 409 when they answer.</summary>
internal sealed class TellExpertInvitationWithdrawn(ILcPeersDb db, Notifier notifier) : IDomainEventHandler<ProposalWithdrawn>
{
    public async Task Handle(ProposalWithdrawn e, CancellationToken ct)
    {
        var request = await db.SupportRequests.FirstAsync(r => r.Id == e.Proposal.RequestId, ct);
        await notifier.InvitationWithdrawnAsync(e.Proposal, request, e.At, ct);
    }
}
