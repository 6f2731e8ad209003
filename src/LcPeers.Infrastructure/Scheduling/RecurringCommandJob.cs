using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Quartz;

namespace LcPeers.Infrastructure.Scheduling;

/// <summary>
/// Sends one idempotent system command on a short repeating trigger: session reminders and status moves
/// (<c>RunSessionJobsCommand</c>), answer windows and the staff digest (<c>RunLifecycleJobsCommand</c>). What is due
/// is decided by the app's <see cref="TimeProvider"/> inside the command ("due by now"), so the trigger's own clock
/// only sets the pace. The clustered store fires each repetition on one instance, and the command is idempotent besides.
/// </summary>
[DisallowConcurrentExecution]
internal sealed partial class RecurringCommandJob<TCommand>(IServiceScopeFactory scopes, ILogger<RecurringCommandJob<TCommand>> logger) : IJob
    where TCommand : IBaseCommand, new()
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<ISender>().Send(new TCommand(), cancellationToken);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            LogFailed(ex, typeof(TCommand).Name);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "{Command} failed; retrying at the next firing")]
    private partial void LogFailed(Exception exception, string command);
}
