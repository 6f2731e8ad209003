using LcPeers.Application.Common.Events;
using LcPeers.Application.Notifications;
using LcPeers.Domain.Matching;

namespace LcPeers.Application.Matching.Workflow;

/// <summary>An approved proposal invites its expert by email (the LC and the help asked; nobody's contact details).</summary>
internal sealed class InviteExpert(Notifier notifier) : IDomainEventHandler<ProposalApproved>
{
    public Task Handle(ProposalApproved e, CancellationToken ct) => notifier.InviteExpertAsync(e.Proposal, e.At, ct);
}
