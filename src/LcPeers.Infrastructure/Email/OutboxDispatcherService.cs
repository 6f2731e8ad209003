using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LcPeers.Infrastructure.Email;

/// <summary>
/// Runs the dispatcher: at start, whenever a save queued mail, when the next retry is due, and at least every poll
/// interval; each round also purges the text of sent mail past its retention. All waiting goes through <see cref="TimeProvider"/>, so tests drive back-off with a fake clock.
/// </summary>
internal sealed partial class OutboxDispatcherService(
    OutboxDispatcher dispatcher,
    OutboxSignal signal,
    IOptions<EmailDeliveryOptions> options,
    TimeProvider time,
    ILogger<OutboxDispatcherService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        var immediateRounds = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            // An instant, not a span: if the clock moves on before the wait begins, the wait ends no later for it.
            var wakeAt = time.GetUtcNow() + options.Value.PollInterval;
            try
            {
                await dispatcher.DispatchDueAsync(stoppingToken);
                await dispatcher.PurgeSentBodiesAsync(stoppingToken);
                wakeAt = time.GetUtcNow() + options.Value.PollInterval;
                if (await dispatcher.NextDueAsync(stoppingToken) is { } next)
                {
                    if (next <= time.GetUtcNow() && immediateRounds++ < 3)
                    {
                        continue; // became due while we were sending
                    }

                    wakeAt = next < wakeAt ? next : wakeAt;
                }
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                LogFailed(ex);
            }

            immediateRounds = 0;
            try
            {
                await signal.WaitUntilAsync(wakeAt, time, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox dispatch round failed; retrying at the next round")]
    private partial void LogFailed(Exception exception);
}
