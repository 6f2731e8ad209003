namespace LcPeers.Domain.Common;

/// <summary>
/// Something that happened to an aggregate, named in the past tense. Raised by the aggregate, dispatched by the unit
/// of work before it commits, so the side effects commit or roll back with the change (decision 7).
/// </summary>
public interface IDomainEvent
{
    /// <summary>When it happened (the command's <c>now</c>).</summary>
    DateTimeOffset At { get; }
}
