using LcPeers.Application.Matching.Runs;
using LcPeers.Domain.Matching;
using LcPeers.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Quartz;

namespace LcPeers.Infrastructure.Scheduling;

/// <summary>
/// The bound on a run whose job vanished (a store cleared by hand, a run queued before the scheduler existed): an
/// active run older than <see cref="SchedulerOptions.RunSweepGrace"/> without a job is scheduled again when it is
/// still queued, and failed when it was running (nothing can resume it). A run whose job exists is left alone: if
/// its instance died, the cluster recovers the job.
/// </summary>
[DisallowConcurrentExecution]
internal sealed partial class MatchingRunSweepJob(
    LcPeersDbContext db,
    IMatchingRunScheduler runs,
    IOptions<SchedulerOptions> options,
    TimeProvider time,
    ILogger<MatchingRunSweepJob> logger) : IJob
{
    public static readonly JobKey Key = new("matching-run-sweep", "recurring");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var before = now - options.Value.RunSweepGrace;
        var active = await db.MatchingRuns
            .Where(r => r.Status == MatchingRunStatus.Queued || r.Status == MatchingRunStatus.Running)
            .ToListAsync(cancellationToken);
        foreach (var run in active.Where(r => r.CreatedAt <= before))
        {
            if (await context.Scheduler.Exists(MatchingRunJob.KeyFor(run.Id), cancellationToken))
            {
                continue;
            }

            LogOrphan(run.Id.Value);
            if (run.Status == MatchingRunStatus.Queued)
            {
                await runs.ScheduleAsync(run.Id, cancellationToken);
            }
            else
            {
                run.Fail("Interrupted: the run's scheduled job is gone, so nothing can finish it. Start a new run.", now);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Matching run {RunId} is active but has no scheduled job")]
    private partial void LogOrphan(Guid runId);
}
