using LcPeers.Application.Engagements.SessionJobs;
using LcPeers.Application.Lifecycle;
using LcPeers.Application.Lifecycle.RunLifecycleJobs;
using LcPeers.Application.Matching.Runs;
using LcPeers.Application.Monitor.Snapshots;
using LcPeers.Infrastructure.Persistence;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Quartz;
using Quartz.Impl.AdoJobStore;

namespace LcPeers.Infrastructure.Scheduling;

/// <summary>
/// Quartz.NET for all timed work: matching runs (durable one-shot jobs, recovered when their instance dies), the
/// session job, the lifecycle job and the run sweep (short repeating triggers). The store is the app's own database, clustered, with
/// the <c>QRTZ_</c> tables created by the migrations of both providers (decision record 0009).
/// </summary>
internal static class SchedulingServiceCollectionExtensions
{
    public static IServiceCollection AddScheduling(this IServiceCollection services, IConfiguration configuration, DatabaseProvider provider, string connectionString)
    {
        var section = configuration.GetSection(SchedulerOptions.Section);
        services.Configure<SchedulerOptions>(section);
        var options = section.Get<SchedulerOptions>() ?? new SchedulerOptions();
        var sessions = configuration.GetSection(SessionOptions.Section).Get<SessionOptions>() ?? new SessionOptions();
        var lifecycle = configuration.GetSection(LifecycleOptions.Section).Get<LifecycleOptions>() ?? new LifecycleOptions();
        services.AddSingleton<IMatchingRunScheduler, QuartzMatchingRunScheduler>();
        services.AddTransient<MatchingRunJob>();

        services.AddQuartz(q =>
        {
            q.ConfigureScheduler(s =>
            {
                s.InstanceName = "LcPeers";
                s.IdleWaitTime = options.IdleWaitTime;
                s.ShutdownJobInterruption = ShutdownJobInterruption.Always;
                if (string.Equals(options.InstanceId, "AUTO", StringComparison.OrdinalIgnoreCase))
                {
                    s.GenerateInstanceId = true;
                }
                else
                {
                    s.InstanceId = options.InstanceId;
                }
            });
            q.UseDefaultThreadPool(options.ThreadCount);
            if (options.Persistent)
            {
                q.UsePersistentStore(store => ConfigureStore(store, options, provider, connectionString));
            }
            else
            {
                q.UseInMemoryStore(_ => { });
            }

            if (configuration.GetValue("Sessions:JobEnabled", true))
            {
                AddRecurring<RunSessionJobsCommand>(q, "session-jobs", sessions.JobInterval);
            }

            if (configuration.GetValue("Lifecycle:JobEnabled", true))
            {
                AddRecurring<RunLifecycleJobsCommand>(q, "lifecycle", lifecycle.SweepInterval);
            }

            if (configuration.GetValue("Monitor:SnapshotJobEnabled", true))
            {
                // Fires at start-up (the first snapshot) and every few hours; the command keeps one per month.
                AddRecurring<TakeMonitorSnapshotCommand>(q, "monitor-snapshot", configuration.GetValue("Monitor:SnapshotInterval", TimeSpan.FromHours(6)));
            }

            q.AddJob<MatchingRunSweepJob>(j => j.WithIdentity(MatchingRunSweepJob.Key).StoreDurably());
            q.AddTrigger(t => t.ForJob(MatchingRunSweepJob.Key).WithIdentity(MatchingRunSweepJob.Key.Name, MatchingRunSweepJob.Key.Group)
                .StartAt(DateTimeOffset.UtcNow + options.RunSweepInterval)
                .WithSchedule(SimpleScheduleBuilder.Create().WithInterval(options.RunSweepInterval).RepeatForever()
                    .WithMisfireInstruction(SimpleTriggerMisfireInstruction.NextWithRemainingCount)));
        });

        if (options.Enabled)
        {
            // A stopping instance interrupts its jobs; a matching run cancelled that way is handed back for recovery.
            services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        }

        return services;
    }

    /// <summary>A durable job sending <typeparamref name="TCommand"/> every <paramref name="interval"/>; a missed firing is skipped, not replayed.</summary>
    private static void AddRecurring<TCommand>(IQuartzBuilder q, string name, TimeSpan interval)
        where TCommand : Mediator.IBaseCommand, new()
    {
        var key = new JobKey(name, "recurring");
        q.AddJob<RecurringCommandJob<TCommand>>(j => j.WithIdentity(key).StoreDurably());
        q.AddTrigger(t => t.ForJob(key).WithIdentity(key.Name, key.Group).StartNow()
            .WithSchedule(SimpleScheduleBuilder.Create().WithInterval(interval).RepeatForever()
                .WithMisfireInstruction(SimpleTriggerMisfireInstruction.NextWithRemainingCount)));
    }

    private static void ConfigureStore(IPersistentStoreBuilder store, SchedulerOptions options, DatabaseProvider provider, string connectionString)
    {
        if (provider == DatabaseProvider.SqlServer)
        {
            store.UseSqlServer(connectionString);
        }
        else
        {
            // Quartz refuses clustering with its SQLite delegate, whose lock handler is an in-process semaphore that
            // other processes cannot see. The standard delegate with the row-update lock handler locks in the
            // database instead: SQLite takes its single writer lock for the UPDATE of the QRTZ_LOCKS row, so
            // instances on one database file serialize their scheduling work (decision record 0009).
            store.UseDataSource(d =>
            {
                d.Provider = DataSourceOptions.Providers.Sqlite;
                d.ConnectionString = connectionString;
            });
            store.UseDriverDelegate<StdAdoDelegate>();
            store.UseLockHandler<UpdateRowLockHandler>();
        }

        store.UseSystemTextJsonSerializer(_ => { });
        store.ConfigureStore(o =>
        {
            o.TablePrefix = "QRTZ_";
            o.MisfireThreshold = options.MisfireThreshold;
            o.RecoverFiringsCancelledByShutdown = true;
            o.TransactionIsolationLevel = System.Data.IsolationLevel.Serializable;
        });
        store.UseClustering(c =>
        {
            c.CheckinInterval = options.CheckinInterval;
            c.CheckinMisfireThreshold = options.CheckinMisfireThreshold;
        });
    }
}
