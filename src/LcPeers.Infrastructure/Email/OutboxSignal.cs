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

    /// <summary>Waits for a signal or until <paramref name="timeout"/> passes on <paramref name="time"/>.</summary>
    public async Task WaitAsync(TimeSpan timeout, TimeProvider time, CancellationToken ct)
    {
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var signalled = _semaphore.WaitAsync(cts.Token);
        var delay = Task.Delay(timeout, time, cts.Token);
        await Task.WhenAny(signalled, delay);
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
