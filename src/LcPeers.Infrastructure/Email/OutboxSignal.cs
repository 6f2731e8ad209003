namespace LcPeers.Infrastructure.Email;

/// <summary>
/// Wakes the dispatcher when a save committed new outbox rows, so mail goes out at once instead of at the next poll.
/// Only a hint: a missed signal costs one poll interval, never an email.
/// </summary>
public sealed class OutboxSignal : IDisposable
{
    private readonly SemaphoreSlim _semaphore = new(0, 1);

    public void Notify()
    {
        try
        {
            _semaphore.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already signalled.
        }
    }

    /// <summary>
    /// Waits for a signal or until <paramref name="time"/> reaches <paramref name="wakeAt"/>. The clock is read again
    /// once the timer is set, so a clock that moved past the instant meanwhile (a test's fake clock) ends the wait.
    /// </summary>
    public async Task WaitUntilAsync(DateTimeOffset wakeAt, TimeProvider time, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(time);
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var signalled = _semaphore.WaitAsync(cts.Token);
        var remaining = wakeAt - time.GetUtcNow();
        var delay = remaining > TimeSpan.Zero ? Task.Delay(remaining, time, cts.Token) : Task.CompletedTask;
        if (time.GetUtcNow() < wakeAt)
        {
            await Task.WhenAny(signalled, delay);
        }

        await cts.CancelAsync();
        try
        {
            await Task.WhenAll(signalled, delay);
        }
        catch (OperationCanceledException)
        {
            // The other one won.
        }

        ct.ThrowIfCancellationRequested();
    }

    public void Dispose() => _semaphore.Dispose();
}
