using LcPeers.Application.Common.Events;
using LcPeers.Application.Notifications;
using LcPeers.Domain.Requests;

namespace LcPeers.Application.Requests.Workflow;

/// <summary>The LC's coordinators get a confirmation that their request is in and what happens next.</summary>
internal sealed class ConfirmRequestSubmitted(Notifier notifier) : IDomainEventHandler<RequestSubmitted>
{
    public Task Handle(RequestSubmitted e, CancellationToken ct) => notifier.RequestSubmittedAsync(e.Request, e.At, ct);
}
