namespace LcPeers.Domain.Common;

/// <summary>
/// Every stable rule code, written once. Clients, pages and tests read them from a 409's <c>code</c>; change a value
/// only as a breaking change of the API. Codes made from a vocabulary's name (<c>phase.unknown</c>) come from
/// <see cref="Codes{TEnum}.Parse"/>.
/// </summary>
public static class RuleCodes
{
    /// <summary>A unique value exists already (a unique index said so).</summary>
    public const string Duplicate = "duplicate";

    public static class Concurrency
    {
        /// <summary>The write was based on a version that is no longer current.</summary>
        public const string StaleVersion = "concurrency.stale-version";
    }

    public static class Proposal
    {
        public const string NotPending = "proposal.not-pending";
        public const string SameApprover = "proposal.same-approver";
        public const string Expired = "proposal.expired";
        public const string AlreadyProposed = "proposal.already-proposed";
        public const string ExpertNotEligible = "proposal.expert-not-eligible";
    }

    public static class Request
    {
        public const string NotEditable = "request.not-editable";
        public const string InvalidTransition = "request.invalid-transition";
        public const string PeriodReversed = "request.period-reversed";
        public const string NoHours = "request.no-hours";
        public const string ExpertsWanted = "request.experts-wanted";
        public const string Closed = "request.closed";
        public const string FullyStaffed = "request.fully-staffed";
        public const string HasOpenProposals = "request.has-open-proposals";
        public const string NoCandidates = "request.no-candidates";
        public const string NotSubmitted = "request.not-submitted";
        public const string Incomplete = "request.incomplete";
    }

    public static class Engagement
    {
        public const string NotAccepted = "engagement.not-accepted";
        public const string Completed = "engagement.completed";
    }

    public static class Session
    {
        public const string Unknown = "session.unknown";
        public const string Cancelled = "session.cancelled";
        public const string PeriodReversed = "session.period-reversed";
        public const string InPast = "session.in-past";
        public const string OutsidePeriod = "session.outside-period";
    }

    public static class Feedback
    {
        public const string TooEarly = "feedback.too-early";
    }

    public static class Report
    {
        public const string NotPeerReview = "report.not-peer-review";
        public const string Dimensions = "report.dimensions";
        public const string Level = "report.level";
    }

    public static class ImpactReport
    {
        public const string PeriodTaken = "impact-report.period-taken";
    }

    public static class Tool
    {
        public const string NameTaken = "tool.name-taken";
    }

    public static class Story
    {
        public const string EngagementNotEnded = "story.engagement-not-ended";
        public const string NotEditable = "story.not-editable";
        public const string InvalidTransition = "story.invalid-transition";
        public const string NotSubmitted = "story.not-submitted";
        public const string ExpertConsentMissing = "story.expert-consent-missing";
    }

    public static class Expert
    {
        public const string Erased = "expert.erased";
        public const string AlreadyRegistered = "expert.already-registered";
    }

    public static class Weights
    {
        public const string OutOfRange = "weights.out-of-range";
        public const string AllZero = "weights.all-zero";
    }

    public static class MatchingRun
    {
        public const string NotQueued = "matching-run.not-queued";
        public const string InProgress = "matching-run.in-progress";
    }

    public static class Outbox
    {
        public const string NotDead = "outbox.not-dead";
    }

    public static class Account
    {
        public const string Erased = "account.erased";
        public const string System = "account.system";
    }
}
