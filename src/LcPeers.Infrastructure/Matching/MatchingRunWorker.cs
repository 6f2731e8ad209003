using LcPeers.Application.Matching.Runs;
using LcPeers.Domain.Matching;
using LcPeers.Infrastructure.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace LcPeers.Infrastructure.Matching;

/// <summary>
/// Executes queued matching runs one at a time, each in its own scope. At start it picks up runs a previous process
/// left queued, and marks runs it left running as failed (their work was not saved).
/// </summary>
internal sealed partial class MatchingRunWorker(IServiceScopeFactory scopes, MatchingRunChannel queue, TimeProvider time, ILogger<MatchingRunWorker> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await RecoverAsync(stoppingToken);
        await foreach (var id in queue.ReadAllAsync(stoppingToken))
        {
            await using var scope = scopes.CreateAsyncScope();
            try
            {
                await scope.ServiceProvider.GetRequiredService<ISender>().Send(new ExecuteMatchingRunCommand(id), stoppingToken);
                LogCompleted(id.Value);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                LogFailed(ex, id.Value);
                await MarkFailedAsync(id, ex, stoppingToken);
            }
        }
    }

    private async Task RecoverAsync(CancellationToken ct)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<LcPeersDbContext>();
            var leftOver = await db.MatchingRuns.Where(r => r.Status == MatchingRunStatus.Queued || r.Status == MatchingRunStatus.Running).ToListAsync(ct);
            foreach (var run in leftOver)
            {
                if (run.Status == MatchingRunStatus.Running)
                {
                    run.Fail("Interrupted: the service stopped while this run was running. Start a new run.", time.GetUtcNow());
                }
                else
                {
                    queue.Enqueue(run.Id);
                }
            }

            await db.SaveChangesAsync(ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogRecoveryFailed(ex);
        }
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

    [LoggerMessage(Level = LogLevel.Information, Message = "Matching run {RunId} finished")]
    private partial void LogCompleted(Guid runId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Matching run {RunId} failed")]
    private partial void LogFailed(Exception exception, Guid runId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not recover matching runs left by a previous process")]
    private partial void LogRecoveryFailed(Exception exception);
}
