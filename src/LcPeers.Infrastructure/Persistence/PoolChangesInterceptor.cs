using LcPeers.Application.Matching.Snapshot;
using LcPeers.Domain.Engagements;
using LcPeers.Domain.Experts;
using LcPeers.Domain.Matching;
using LcPeers.Domain.Requests;
using LcPeers.Domain.Tools;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace LcPeers.Infrastructure.Persistence;

/// <summary>
/// Writes the ranking pool's change log in the unit of work that makes the change, after the domain events' handlers
/// added theirs (decision 10): an expert registered, edited or erased; a proposal, engagement or rating of an expert;
/// a request whose status, period, hours or team size changed (its proposed experts' commitments); the tools catalogue.
/// Nothing else in the app writes these tables past the change tracker.
/// </summary>
public sealed class PoolChangesInterceptor(TimeProvider time) : SaveChangesInterceptor
{
    private static readonly HashSet<string> CommitmentTerms =
        [nameof(SupportRequest.Status), nameof(SupportRequest.Start), nameof(SupportRequest.End), nameof(SupportRequest.Hours), nameof(SupportRequest.ExpertsWanted)];

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        Record(eventData.Context);
        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        Record(eventData.Context);
        return base.SavingChanges(eventData, result);
    }

    private void Record(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        var changes = context.ChangeTracker.Entries().Select(Concerns).OfType<(PoolChangeKind, Guid?)>().ToHashSet();
        changes.ExceptWith(context.ChangeTracker.Entries<PoolChange>().Where(e => e.State == EntityState.Added).Select(e => (e.Entity.Kind, e.Entity.SubjectId)));
        var at = time.GetUtcNow();
        foreach (var (kind, subject) in changes)
        {
            context.Add(new PoolChange(kind, subject, at));
        }
    }

    private static (PoolChangeKind, Guid?)? Concerns(EntityEntry entry) => entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted
        ? entry.Entity switch
        {
            Expert e => (PoolChangeKind.Expert, e.Id.Value),
            Proposal p => (PoolChangeKind.Expert, p.ExpertId.Value),
            Engagement g => (PoolChangeKind.Expert, g.ExpertId.Value),
            EngagementFeedback f => (PoolChangeKind.Expert, f.ExpertId.Value),
            SupportRequest r when entry.State == EntityState.Modified && entry.Properties.Any(p => p.IsModified && CommitmentTerms.Contains(p.Metadata.Name))
                => (PoolChangeKind.Request, r.Id.Value),
            Tool => (PoolChangeKind.Catalogue, null),
            _ => null,
        }
        : null;
}
