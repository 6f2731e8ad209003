namespace LcPeers.Domain.Common;

/// <summary>An aggregate that records what happened to it as <see cref="IDomainEvent"/>s until the unit of work dispatches them.</summary>
public abstract class AggregateRoot
{
    private readonly List<IDomainEvent> _raised = [];

    /// <summary>Raised and not yet dispatched; not persisted.</summary>
    public IReadOnlyList<IDomainEvent> DomainEvents => _raised;

    public void ClearDomainEvents() => _raised.Clear();

    protected void Raise(IDomainEvent domainEvent) => _raised.Add(domainEvent);
}
