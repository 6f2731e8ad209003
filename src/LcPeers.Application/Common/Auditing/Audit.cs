using LcPeers.Domain.Auditing;

namespace LcPeers.Application.Common.Auditing;

/// <summary>Adds an audit entry to the unit of work, so it is saved in the same transaction as the change.</summary>
internal static class Audit
{
    public const string Proposal = "proposal";
    public const string Request = "request";
    public const string Engagement = "engagement";
    public const string Session = "session";
    public const string Outbox = "outbox";

    public static void Record(this ILcPeersDb db, string entityType, Guid entityId, string action, string? from, string? to, string actor,
        DateTimeOffset at, string? reason = null, string? details = null) =>
        db.AuditEntries.Add(AuditEntry.Record(entityType, entityId, action, from, to, actor, at, reason, details));
}
