using LcPeers.Application.Engagements.SessionJobs;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LcPeers.Infrastructure.Jobs;

/// <summary>Runs the session job (reminders, sessions that began) at start and every <c>Sessions:JobInterval</c> on <see cref="TimeProvider"/>.</summary>
internal sealed partial class SessionJobService(IServiceScopeFactory scopes, IOptions<SessionOptions> options, TimeProvider time, ILogger<SessionJobService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<ISender>().Send(new RunSessionJobsCommand(), stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                LogFailed(ex);
            }

            try
            {
                await Task.Delay(options.Value.JobInterval, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Session job failed; retrying at the next interval")]
    private partial void LogFailed(Exception exception);
}
