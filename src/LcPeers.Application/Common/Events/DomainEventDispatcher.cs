using System.Collections.Concurrent;
using LcPeers.Domain.Common;
using Microsoft.Extensions.DependencyInjection;

namespace LcPeers.Application.Common.Events;

/// <summary>Resolves the handlers of an event's type from the scope (so they share the command's unit of work) and runs them in order.</summary>
internal sealed class DomainEventDispatcher(IServiceProvider services) : IDomainEventDispatcher
{
    private static readonly ConcurrentDictionary<Type, Func<DomainEventDispatcher, IDomainEvent, CancellationToken, Task>> Invokers = new();

    public Task DispatchAsync(IDomainEvent domainEvent, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        var invoke = Invokers.GetOrAdd(domainEvent.GetType(), static type =>
        {
            var method = typeof(DomainEventDispatcher).GetMethod(nameof(DispatchTypedAsync), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!
                .MakeGenericMethod(type);
            return (dispatcher, e, token) => (Task)method.Invoke(dispatcher, [e, token])!;
        });
        return invoke(this, domainEvent, ct);
    }

    private async Task DispatchTypedAsync<TEvent>(IDomainEvent domainEvent, CancellationToken ct) where TEvent : IDomainEvent
    {
        foreach (var handler in services.GetServices<IDomainEventHandler<TEvent>>())
        {
            await handler.Handle((TEvent)domainEvent, ct);
        }
    }
}
