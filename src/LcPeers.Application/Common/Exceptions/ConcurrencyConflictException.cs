using LcPeers.Domain.Common;

namespace LcPeers.Application.Common.Exceptions;

/// <summary>The write was based on a version that is no longer current (409, code <c>concurrency.stale-version</c>).</summary>
public sealed class ConcurrencyConflictException(string message, Exception? inner = null) : Exception(message, inner)
{
    public const string Code = RuleCodes.Concurrency.StaleVersion;
}
