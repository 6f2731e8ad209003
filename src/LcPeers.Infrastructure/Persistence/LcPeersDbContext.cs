using LcPeers.Application.Common;
using LcPeers.Application.Common.Exceptions;
using LcPeers.Domain.Accounts;
using LcPeers.Domain.Auditing;
using LcPeers.Domain.Common;
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
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace LcPeers.Infrastructure.Persistence;

public sealed class LcPeersDbContext(DbContextOptions<LcPeersDbContext> options) : DbContext(options), ILcPeersDb, IDataProtectionKeyContext
{
    public DbSet<Account> Accounts => Set<Account>();
    public DbSet<LearningCommunity> LearningCommunities => Set<LearningCommunity>();
    public DbSet<Tool> Tools => Set<Tool>();
    public DbSet<GoodPractice> GoodPractices => Set<GoodPractice>();
    public DbSet<ReferenceTerm> ReferenceTerms => Set<ReferenceTerm>();
    public DbSet<CoordinatorLink> CoordinatorLinks => Set<CoordinatorLink>();
    public DbSet<Expert> Experts => Set<Expert>();
    public DbSet<SupportRequest> SupportRequests => Set<SupportRequest>();
    public DbSet<Proposal> Proposals => Set<Proposal>();
    public DbSet<MatchingSettings> MatchingSettings => Set<MatchingSettings>();
    public DbSet<MatchingRun> MatchingRuns => Set<MatchingRun>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<Engagement> Engagements => Set<Engagement>();
    public DbSet<EngagementFeedback> EngagementFeedback => Set<EngagementFeedback>();
    public DbSet<PeerReviewReport> PeerReviewReports => Set<PeerReviewReport>();
    public DbSet<OutboxEmail> OutboxEmails => Set<OutboxEmail>();
    public DbSet<ImpactReport> ImpactReports => Set<ImpactReport>();
    public DbSet<MonitorSnapshot> MonitorSnapshots => Set<MonitorSnapshot>();
    public DbSet<MonitorPublication> MonitorPublication => Set<MonitorPublication>();
    public DbSet<MailPreference> MailPreferences => Set<MailPreference>();
    public DbSet<Story> Stories => Set<Story>();
    public DbSet<Application.Matching.Snapshot.PoolChange> PoolChanges => Set<Application.Matching.Snapshot.PoolChange>();

    /// <summary>The Data Protection key ring, shared by every instance (antiforgery, cookies, signed unsubscribe links).</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(LcPeersDbContext).Assembly);
        foreach (var aggregate in modelBuilder.Model.GetEntityTypes().Where(e => typeof(AggregateRoot).IsAssignableFrom(e.ClrType)).ToList())
        {
            modelBuilder.Entity(aggregate.ClrType).Ignore(nameof(AggregateRoot.DomainEvents)); // dispatched, never stored
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<LearningCommunityId>().HaveConversion<TypedIdConverters.LearningCommunityIdConverter>();
        configurationBuilder.Properties<ToolId>().HaveConversion<TypedIdConverters.ToolIdConverter>();
        configurationBuilder.Properties<AccountId>().HaveConversion<TypedIdConverters.AccountIdConverter>();
        configurationBuilder.Properties<ExpertId>().HaveConversion<TypedIdConverters.ExpertIdConverter>();
        configurationBuilder.Properties<SupportRequestId>().HaveConversion<TypedIdConverters.SupportRequestIdConverter>();
        configurationBuilder.Properties<ProposalId>().HaveConversion<TypedIdConverters.ProposalIdConverter>();
        configurationBuilder.Properties<MatchingRunId>().HaveConversion<TypedIdConverters.MatchingRunIdConverter>();
        configurationBuilder.Properties<EngagementId>().HaveConversion<TypedIdConverters.EngagementIdConverter>();
        configurationBuilder.Properties<SessionId>().HaveConversion<TypedIdConverters.SessionIdConverter>();
        configurationBuilder.Properties<StoryId>().HaveConversion<TypedIdConverters.StoryIdConverter>();
        configurationBuilder.Properties<GoodPracticeId>().HaveConversion<TypedIdConverters.GoodPracticeIdConverter>();

        if (Database.IsSqlite())
        {
            // SQLite has no date-time-with-offset type: store UTC ticks so values sort and compare in SQL.
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        }
    }

    /// <summary>
    /// Saves the unit of work; the domain events of its aggregates are dispatched first
    /// (<see cref="DispatchDomainEventsInterceptor"/>). A stale version is one <see cref="ConcurrencyConflictException"/>,
    /// whatever the entity; commands that should take it again say so (<c>IRetryOnConcurrencyConflict</c>).
    /// </summary>
    public override async Task<int> SaveChangesAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            return await base.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException ex)
        {
            throw new ConcurrencyConflictException("The record was changed by someone else since it was read. Reload and apply your change again.", ex);
        }
        catch (DbUpdateException ex) when (IsUniqueViolation(ex))
        {
            throw new DuplicateException(RuleCodes.Duplicate, "A record with the same unique value already exists.", ex);
        }
    }

    private static bool IsUniqueViolation(DbUpdateException ex) => ex.InnerException switch
    {
        // SQLITE_CONSTRAINT_UNIQUE (2067) and SQLITE_CONSTRAINT_PRIMARYKEY (1555)
        SqliteException s => s.SqliteErrorCode == 19 && s.SqliteExtendedErrorCode is 2067 or 1555,
        // Cannot insert duplicate key row (2601) / violation of a UNIQUE or PRIMARY KEY constraint (2627)
        SqlException s => s.Number is 2601 or 2627,
        _ => false,
    };
}
