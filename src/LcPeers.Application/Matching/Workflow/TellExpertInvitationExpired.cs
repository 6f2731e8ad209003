using LcPeers.Application.Common.Events;
using LcPeers.Application.Notifications;
using LcPeers.Domain.Matching;

namespace LcPeers.Application.Matching.Workflow;

/// <summary>An invitation left unanswered until its window closed: the expert hears, once and kindly, that it is no longer needed.</summary>
internal sealed class TellExpertInvitationExpired(Notifier notifier) : IDomainEventHandler<ProposalExpired>
{
    public Task Handle(ProposalExpired e, CancellationToken ct) => notifier.InvitationExpiredAsync(e.Proposal, e.At, ct);
}
