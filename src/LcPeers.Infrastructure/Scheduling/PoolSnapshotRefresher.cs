using LcPeers.Application.Matching.Snapshot;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace LcPeers.Infrastructure.Scheduling;

/// <summary>
/// Builds this instance's ranking pool when the host starts (the ready check says "warming" until it is there), then
/// applies other instances' changes every second, so rankings seldom have any left to apply themselves. Each
/// instance keeps its own pool, so this is a hosted service of every instance, not a clustered Quartz job.
/// </summary>
internal sealed partial class PoolSnapshotRefresher(IServiceScopeFactory scopes, ILogger<PoolSnapshotRefresher> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield(); // let the host finish starting; the first build runs in the background
        // Wall-clock polling, not the app's clock: a test that moves the app's clock by days must not replay a refresh
        // for every second in between, and what is polled for (other instances' commits) happens in real time.
        using var timer = new PeriodicTimer(Interval, TimeProvider.System);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<IPoolSnapshotRefresh>().RefreshAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogRefreshFailed(logger, ex);
            }
        }
        while (await WaitAsync(timer, stoppingToken));
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken ct)
    {
        try
        {
            return await timer.WaitForNextTickAsync(ct);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The ranking pool could not be brought up to date; rankings will try again themselves.")]
    private static partial void LogRefreshFailed(ILogger logger, Exception ex);
}
