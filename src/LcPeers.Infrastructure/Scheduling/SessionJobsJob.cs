using LcPeers.Application.Engagements.SessionJobs;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Quartz;

namespace LcPeers.Infrastructure.Scheduling;

/// <summary>
/// Session reminders and sessions that began, on a short repeating trigger. Which reminders are due is decided by
/// the app's <see cref="TimeProvider"/> inside the command ("due by now"), so the trigger's own clock only sets the
/// pace. The clustered store fires each repetition on one instance, and the command is idempotent besides.
/// </summary>
[DisallowConcurrentExecution]
internal sealed partial class SessionJobsJob(IServiceScopeFactory scopes, ILogger<SessionJobsJob> logger) : IJob
{
    public static readonly JobKey Key = new("session-jobs", "recurring");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<ISender>().Send(new RunSessionJobsCommand(), cancellationToken);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            LogFailed(ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Session job failed; retrying at the next firing")]
    private partial void LogFailed(Exception exception);
}
