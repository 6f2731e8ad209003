using LcPeers.Application.Lifecycle.RunLifecycleJobs;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Quartz;

namespace LcPeers.Infrastructure.Scheduling;

/// <summary>
/// Answer windows (halfway reminders, expiries) and the staff digest, on a short repeating trigger. What is due is
/// decided by the app's <see cref="TimeProvider"/> inside the command, so the trigger's own clock only sets the pace.
/// The clustered store fires each repetition on one instance, and the command is idempotent besides.
/// </summary>
[DisallowConcurrentExecution]
internal sealed partial class LifecycleJob(IServiceScopeFactory scopes, ILogger<LifecycleJob> logger) : IJob
{
    public static readonly JobKey Key = new("lifecycle", "recurring");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<ISender>().Send(new RunLifecycleJobsCommand(), cancellationToken);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            LogFailed(ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Lifecycle job failed; retrying at the next firing")]
    private partial void LogFailed(Exception exception);
}
