using LcPeers.Application.Common.Events;
using LcPeers.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace LcPeers.Infrastructure.Persistence;

/// <summary>
/// Dispatches the tracked aggregates' domain events while the unit of work saves, before anything is written, so the
/// handlers' changes (audit entries, outbox emails, promoted alternates) are stored in the same transaction. A handler
/// may cause further events (withdrawing a request withdraws its invitations): rounds repeat until none are left.
/// See decision 7.
/// </summary>
public sealed class DispatchDomainEventsInterceptor(IDomainEventDispatcher dispatcher) : SaveChangesInterceptor
{
    /// <summary>A guard against handlers that keep raising each other's events.</summary>
    public const int MaxRounds = 10;

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (eventData.Context is { } context)
        {
            await DispatchAsync(context, cancellationToken);
        }

        return await base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (eventData.Context is { } context && Raised(context).Count > 0)
        {
            // Handlers query the database asynchronously; a synchronous save would have to block on them.
            throw new InvalidOperationException("Aggregates with domain events are saved with SaveChangesAsync.");
        }

        return base.SavingChanges(eventData, result);
    }

    private async Task DispatchAsync(DbContext context, CancellationToken ct)
    {
        for (var round = 1; ; round++)
        {
            var aggregates = Raised(context);
            if (aggregates.Count == 0)
            {
                return;
            }

            if (round > MaxRounds)
            {
                throw new InvalidOperationException($"Domain events still being raised after {MaxRounds} rounds: {string.Join(", ", aggregates.SelectMany(a => a.DomainEvents).Select(e => e.GetType().Name).Distinct())}.");
            }

            var events = aggregates.SelectMany(a => a.DomainEvents).ToList();
            foreach (var aggregate in aggregates)
            {
                aggregate.ClearDomainEvents();
            }

            foreach (var domainEvent in events)
            {
                await dispatcher.DispatchAsync(domainEvent, ct);
            }
        }
    }

    private static List<AggregateRoot> Raised(DbContext context) =>
        [.. context.ChangeTracker.Entries<AggregateRoot>().Select(e => e.Entity).Where(a => a.DomainEvents.Count > 0)];
}
