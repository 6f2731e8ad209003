namespace LcPeers.Domain.Auditing;

/// <summary>What an audit entry is about (<see cref="AuditEntry.EntityType"/>). Stored and shown as is: never rename a value.</summary>
public static class AuditEntityKinds
{
    public const string Proposal = "proposal";
    public const string Request = "request";
    public const string Engagement = "engagement";
    public const string Session = "session";
    public const string Expert = "expert";
    public const string Outbox = "outbox";
    public const string MatchingWeights = "matching-weights";
    public const string Tool = "tool";
    public const string GoodPractice = "good-practice";
    public const string MonitorPublication = "monitor-publication";
    public const string Story = "story";
}
