using LcPeers.Application.Common.Events;
using LcPeers.Application.Lifecycle;
using LcPeers.Application.Notifications;
using LcPeers.Domain.Requests;
using Microsoft.Extensions.Options;

namespace LcPeers.Application.Requests.Workflow;

/// <summary>The LC's coordinators get a confirmation that their request is in and what happens next.</summary>
internal sealed class ConfirmRequestSubmitted(Notifier notifier, IOptions<LifecycleOptions> options) : IDomainEventHandler<RequestSubmitted>
{
    public Task Handle(RequestSubmitted e, CancellationToken ct) =>
        options.Value.ConfirmSubmissions ? notifier.RequestSubmittedAsync(e.Request, e.At, ct) : Task.CompletedTask;
}
