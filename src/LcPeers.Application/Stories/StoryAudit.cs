using LcPeers.Application.Common;
using LcPeers.Domain.Accounts;
using LcPeers.Domain.Auditing;
using LcPeers.Domain.Common;
using LcPeers.Domain.Stories;

namespace LcPeers.Application.Stories;

/// <summary>The audit trail of a story: every step of its review (submitted, published, returned) and the expert's consent.</summary>
internal static class StoryAudit
{
    public static void StatusChanged(ILcPeersDb db, Story story, StoryStatus from, AccountId by, DateTimeOffset now) =>
        db.AuditEntries.Add(AuditEntry.Record(AuditEntityKinds.Story, story.Id.Value, AuditActions.StatusChanged,
            Codes<StoryStatus>.Of(from), Codes<StoryStatus>.Of(story.Status), by, now));

    public static void Consent(ILcPeersDb db, Story story, bool consent, AccountId by, DateTimeOffset now) =>
        db.AuditEntries.Add(AuditEntry.Record(AuditEntityKinds.Story, story.Id.Value, consent ? AuditActions.ConsentGiven : AuditActions.ConsentWithdrawn,
            null, null, by, now));
}
