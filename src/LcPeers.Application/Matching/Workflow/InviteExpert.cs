using LcPeers.Application.Common;
using LcPeers.Application.Common.Events;
using LcPeers.Application.Notifications;
using LcPeers.Domain.Matching;
using Microsoft.EntityFrameworkCore;

namespace LcPeers.Application.Matching.Workflow;

/// <summary>An approved proposal invites its expert by email (the LC and the help asked; nobody's contact details).</summary>
internal sealed class InviteExpert(ILcPeersDb db, Notifier notifier) : IDomainEventHandler<ProposalApproved>
{
    public async Task Handle(ProposalApproved e, CancellationToken ct)
    {
        var request = await db.SupportRequests.FirstAsync(r => r.Id == e.Proposal.RequestId, ct);
        await notifier.InviteExpertAsync(e.Proposal, request, e.At, ct);
    }
}
