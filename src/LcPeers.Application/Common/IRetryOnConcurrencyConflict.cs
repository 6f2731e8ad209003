namespace LcPeers.Application.Common;

/// <summary>
/// Marks a command whose unit of work is taken again from the top when its save clashes with a concurrent one
/// (<see cref="Exceptions.ConcurrencyConflictException"/>, or a unique index the other one filled first). Right only
/// where a fresh attempt re-checks every rule: answering a proposal, where the loser then sees the winner's answer.
/// </summary>
public interface IRetryOnConcurrencyConflict;
