namespace LcPeers.Domain.Auditing;

/// <summary>What happened (<see cref="AuditEntry.Action"/>). Stored and shown as is: never rename a value.</summary>
public static class AuditActions
{
    // Proposals
    public const string Propose = "proposed";
    public const string ApproveFirst = "approve-first";
    public const string Approve = "approve";
    public const string Reject = "reject";
    public const string Accept = "accept";
    public const string Decline = "decline";
    public const string Promote = "promote";
    public const string Supersede = "supersede";
    public const string Withdraw = "withdraw";
    public const string Expire = "expire";

    // Requests
    public const string StatusChanged = "status-changed";
    public const string Matched = "matched";
    public const string InProgress = "in-progress";
    public const string Complete = "complete";

    // Engagements
    public const string Begin = "begin";
    public const string Feedback = "feedback";
    public const string Report = "report";

    // Sessions
    public const string Schedule = "schedule";
    public const string Reschedule = "reschedule";
    public const string Cancel = "cancel";

    // Experts
    public const string Register = "register";
    public const string ProfileUpdated = "profile-updated";
    public const string AvailabilityChanged = "availability-changed";

    // Outbox
    public const string Dead = "dead";
    public const string Retry = "retry";

    // Matching weights
    public const string WeightsChanged = "weights-changed";

    // Catalogue: tools and good practices
    public const string Added = "added";
    public const string Changed = "changed";
    public const string Removed = "removed";
    public const string ConsentGiven = "consent-given";
    public const string ConsentWithdrawn = "consent-withdrawn";
}
