using System.Diagnostics.CodeAnalysis;
using LcPeers.Domain.Common;

namespace LcPeers.Application.Common.Events;

/// <summary>
/// A side effect of a domain event, run inside the unit of work before it commits: it may add and change rows (an
/// audit entry, an outbox email, the next alternate) but never saves; the command's one save stores everything.
/// </summary>
[SuppressMessage("Naming", "CA1711:Identifiers should not have incorrect suffix", Justification = "It handles domain events; it is no .NET event handler delegate.")]
public interface IDomainEventHandler<in TEvent> where TEvent : IDomainEvent
{
    Task Handle(TEvent domainEvent, CancellationToken ct);
}
