using LcPeers.Domain.Matching;

namespace LcPeers.Application.Matching.Runs;

/// <summary>
/// Hands a saved, queued run to the scheduler, which executes it once across all app instances and recovers it
/// when the instance running it dies.
/// </summary>
public interface IMatchingRunScheduler
{
    Task ScheduleAsync(MatchingRunId id, CancellationToken ct);
}

/// <summary>Told when an attempt at a run has started (its status is saved as running), before the ranking.</summary>
public interface IMatchingRunObserver
{
    ValueTask StartedAsync(MatchingRunId id, CancellationToken ct);
}

internal sealed class NoMatchingRunObserver : IMatchingRunObserver
{
    public ValueTask StartedAsync(MatchingRunId id, CancellationToken ct) => ValueTask.CompletedTask;
}
