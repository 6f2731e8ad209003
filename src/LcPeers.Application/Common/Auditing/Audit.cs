using LcPeers.Domain.Accounts;
using LcPeers.Domain.Auditing;

namespace LcPeers.Application.Common.Auditing;

/// <summary>
/// The one audit writer: adds an entry to the unit of work, so it is saved in the same transaction as the change.
/// Kinds and actions come from <see cref="AuditEntityKinds"/> and <see cref="AuditActions"/>.
/// </summary>
internal static class Audit
{
    public static void Record(this ILcPeersDb db, string entityKind, Guid entityId, string action, string? from, string? to, AccountId actor,
        DateTimeOffset at, string? reason = null, string? details = null) =>
        db.AuditEntries.Add(AuditEntry.Record(entityKind, entityId, action, from, to, actor, at, reason, details));
}
