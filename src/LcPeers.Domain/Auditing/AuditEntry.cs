using LcPeers.Domain.Accounts;
namespace LcPeers.Domain.Auditing;

/// <summary>
/// One audited change: who did what to which record, when, from which state to which, and why. Written in the same
/// transaction as the change, so the trail is complete.
/// </summary>
public sealed class AuditEntry
{
    private AuditEntry() { } // for EF

    public Guid Id { get; private set; }
    public string EntityType { get; private set; } = "";
    public Guid EntityId { get; private set; }
    public string Action { get; private set; } = "";
    public string? From { get; private set; }
    public string? To { get; private set; }
    public AccountId Actor { get; private set; }
    public DateTimeOffset At { get; private set; }
    public string? Reason { get; private set; }

    /// <summary>Optional detail as JSON (for example the weights before and after a change).</summary>
    public string? Details { get; private set; }

    public static AuditEntry Record(string entityType, Guid entityId, string action, string? from, string? to, AccountId actor, DateTimeOffset at,
        string? reason = null, string? details = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(entityType);
        ArgumentException.ThrowIfNullOrWhiteSpace(action);
        return new AuditEntry
        {
            Id = Guid.CreateVersion7(at),
            EntityType = entityType,
            EntityId = entityId,
            Action = action,
            From = from,
            To = to,
            Actor = actor,
            At = at,
            Reason = reason,
            Details = details,
        };
    }
}
