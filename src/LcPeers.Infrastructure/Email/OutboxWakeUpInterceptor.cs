using LcPeers.Domain.Messaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace LcPeers.Infrastructure.Email;

/// <summary>
/// Wakes the outbox dispatcher when a save stored email, rather than leaving it to the next poll. Only a hint: the rows
/// are committed either way. Registered after <see cref="Persistence.DispatchDomainEventsInterceptor"/>, so it also sees
/// the email that event handlers queued. One instance per unit of work.
/// </summary>
public sealed class OutboxWakeUpInterceptor(IServiceProvider services) : SaveChangesInterceptor
{
    private bool _queued;

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        _queued = eventData.Context?.ChangeTracker.Entries<OutboxEmail>().Any(e => e.State is EntityState.Added or EntityState.Modified) == true;
        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (_queued)
        {
            _queued = false;
            services.GetService<OutboxSignal>()?.Notify();
        }

        return base.SavedChangesAsync(eventData, result, cancellationToken);
    }
}
