using LcPeers.Domain.Accounts;
using LcPeers.Domain.Auditing;
using LcPeers.Domain.Engagements;
using LcPeers.Domain.Experts;
using LcPeers.Domain.LearningCommunities;
using LcPeers.Domain.Matching;
using LcPeers.Domain.Messaging;
using LcPeers.Domain.Monitor;
using LcPeers.Domain.Reference;
using LcPeers.Domain.Requests;
using LcPeers.Domain.Stories;
using LcPeers.Domain.Tools;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace LcPeers.Application.Common;

/// <summary>
/// The unit of work the use cases see: the aggregate roots' sets and one save per command.
/// Implemented by the EF Core context in Infrastructure; no generic repository in between.
/// </summary>
public interface ILcPeersDb
{
    DbSet<Account> Accounts { get; }
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
    DbSet<Engagement> Engagements { get; }
    DbSet<EngagementFeedback> EngagementFeedback { get; }
    DbSet<PeerReviewReport> PeerReviewReports { get; }
    DbSet<OutboxEmail> OutboxEmails { get; }
    DbSet<ImpactReport> ImpactReports { get; }
    DbSet<MonitorSnapshot> MonitorSnapshots { get; }
    DbSet<MonitorPublication> MonitorPublication { get; }
    DbSet<GoodPractice> GoodPractices { get; }
    DbSet<MailPreference> MailPreferences { get; }
    DbSet<Story> Stories { get; }

    /// <summary>The change log the ranking's pool snapshot is kept current by (decision 10).</summary>
    DbSet<Matching.Snapshot.PoolChange> PoolChanges { get; }

    /// <summary>What the unit of work tracks; a background job clears it after a conflict to go on with the next item.</summary>
    ChangeTracker ChangeTracker { get; }

    /// <summary>Saves all changes atomically. Throws <see cref="Exceptions.ConcurrencyConflictException"/> on a stale write
    /// and <see cref="Exceptions.DuplicateException"/> when a unique index is violated.</summary>
    Task<int> SaveChangesAsync(CancellationToken ct = default);
}
