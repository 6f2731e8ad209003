using LcPeers.Domain.Common;

namespace LcPeers.Application.Common.Events;

/// <summary>Runs every <see cref="IDomainEventHandler{TEvent}"/> of an event. Called by the unit of work while it saves.</summary>
public interface IDomainEventDispatcher
{
    Task DispatchAsync(IDomainEvent domainEvent, CancellationToken ct);
}
