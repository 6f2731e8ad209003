using LcPeers.Domain.Auditing;
using LcPeers.Domain.Experts;
using LcPeers.Domain.LearningCommunities;
using LcPeers.Domain.Matching;
using LcPeers.Domain.Reference;
using LcPeers.Domain.Requests;
using LcPeers.Domain.Tools;
using Microsoft.EntityFrameworkCore;

namespace LcPeers.Application.Common;

/// <summary>
/// The unit of work the use cases see: the aggregate roots' sets and one save per command.
/// Implemented by the EF Core context in Infrastructure; no generic repository in between.
/// </summary>
public interface ILcPeersDb
{
    DbSet<LearningCommunity> LearningCommunities { get; }
    DbSet<Tool> Tools { get; }
    DbSet<ReferenceTerm> ReferenceTerms { get; }
    DbSet<CoordinatorLink> CoordinatorLinks { get; }
    DbSet<Expert> Experts { get; }
    DbSet<SupportRequest> SupportRequests { get; }
    DbSet<Proposal> Proposals { get; }
    DbSet<MatchingSettings> MatchingSettings { get; }
    DbSet<MatchingRun> MatchingRuns { get; }
    DbSet<AuditEntry> AuditEntries { get; }

    /// <summary>Saves all changes atomically. Throws <see cref="Exceptions.ConcurrencyConflictException"/> on a stale write
    /// and <see cref="Exceptions.DuplicateException"/> when a unique index is violated.</summary>
    Task<int> SaveChangesAsync(CancellationToken ct = default);
}
