using LcPeers.Application.Matching.Runs;
using LcPeers.Domain.Matching;
using LcPeers.Infrastructure.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Quartz;

namespace LcPeers.Infrastructure.Scheduling;

/// <summary>
/// One matching run, as a durable one-shot Quartz job keyed by the run id. The persistent, clustered store hands a
/// firing to exactly one instance; the job requests recovery (set when it is stored), so a peer runs it again when
/// the instance running it stops checking in or hands it back as it shuts down. The command itself ignores a
/// run that is no longer active, so a second firing does no work twice.
/// </summary>
[DisallowConcurrentExecution]
internal sealed partial class MatchingRunJob(IServiceScopeFactory scopes, TimeProvider time, ILogger<MatchingRunJob> logger) : IJob
{
    public const string Group = "matching-runs";
    public const string RunIdKey = "runId";

    public static JobKey KeyFor(MatchingRunId id) => new(id.Value.ToString("D"), Group);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var id = new MatchingRunId(Guid.Parse(context.MergedJobDataMap.GetString(RunIdKey)!));
        if (context.Recovering)
        {
            LogRecovering(id.Value);
        }

        await using var scope = scopes.CreateAsyncScope();
        try
        {
            await scope.ServiceProvider.GetRequiredService<ISender>().Send(new ExecuteMatchingRunCommand(id), cancellationToken);
            LogCompleted(id.Value);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The instance is stopping: the run stays active and its firing stays recoverable for a peer.
            throw;
        }
        catch (Exception ex)
        {
            LogFailed(ex, id.Value);
            await MarkFailedAsync(id, ex, cancellationToken);
        }

        // The run is finished (or failed): its job has nothing left to do.
        await context.Scheduler.DeleteJob(context.JobDetail.Key, cancellationToken);
    }

    private async Task MarkFailedAsync(MatchingRunId id, Exception ex, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LcPeersDbContext>();
        var run = await db.MatchingRuns.FirstOrDefaultAsync(r => r.Id == id, ct);
        if (run is not null && run.IsActive)
        {
            run.Fail(ex is FluentValidation.ValidationException ? ex.Message : "The run failed unexpectedly; the error has been logged.", time.GetUtcNow());
            await db.SaveChangesAsync(ct);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Matching run {RunId}: recovering a run whose instance stopped mid-run")]
    private partial void LogRecovering(Guid runId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Matching run {RunId} finished")]
    private partial void LogCompleted(Guid runId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Matching run {RunId} failed")]
    private partial void LogFailed(Exception exception, Guid runId);
}
