using LcPeers.Application.Common.Events;
using LcPeers.Application.Notifications;
using LcPeers.Domain.Matching;

namespace LcPeers.Application.Matching.Workflow;

/// <summary>An invitation withdrawn because its request closed: the expert hears it rather than finding a 409 when they answer.</summary>
internal sealed class TellExpertInvitationWithdrawn(Notifier notifier) : IDomainEventHandler<ProposalWithdrawn>
{
    public Task Handle(ProposalWithdrawn e, CancellationToken ct) => notifier.InvitationWithdrawnAsync(e.Proposal, e.At, ct);
}
