using LcPeers.Domain.Accounts;
using LcPeers.Domain.Common;
using LcPeers.Domain.Experts;
using LcPeers.Domain.Requests;

namespace LcPeers.Domain.Matching;

/// <summary>
/// One expert proposed for one request, with the score and rank the matching gave. Never shown to experts or LCs
/// before staff approve it. Alternates wait in reserve and are promoted when a proposal is rejected or declined.
/// Raises the <c>Proposal…</c> events (ProposalEvents.cs); their side effects run in the same unit of work.
/// </summary>
public sealed partial class Proposal : AggregateRoot
{
    private List<AccountId> _approvedBy = [];

    private Proposal() { } // for EF

    public ProposalId Id { get; private set; }
    public SupportRequestId RequestId { get; private set; }
    public ExpertId ExpertId { get; private set; }
    public MatchingRunId? RunId { get; private set; }

    /// <summary>1 is the best candidate for the request.</summary>
    public int Rank { get; private set; }

    public double Score { get; private set; }
    public ProposalStatus Status { get; private set; }

    /// <summary>Staff who approved; with four-eyes on, two different people are needed.</summary>
    public IReadOnlyList<AccountId> ApprovedBy => _approvedBy;

    public AccountId? DecidedBy { get; private set; }
    public string? Reason { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>When staff approval invited the expert.</summary>
    public DateTimeOffset? InvitedAt { get; private set; }

    /// <summary>The end of the expert's answer window; unanswered by then, the invitation expires.</summary>
    public DateTimeOffset? AnswerBy { get; private set; }

    /// <summary>When the halfway reminder was queued: it goes once.</summary>
    public DateTimeOffset? AnswerReminderSentAt { get; private set; }
    public int Version { get; private set; }

    public bool IsAlternate => Status == ProposalStatus.Alternate;

    public static Proposal Create(SupportRequestId request, ExpertId expert, int rank, double score, bool alternate, MatchingRunId? run, DateTimeOffset now)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(rank, 1);
        return new Proposal
        {
            Id = ProposalId.New(now),
            RequestId = request,
            ExpertId = expert,
            RunId = run,
            Rank = rank,
            Score = score,
            Status = alternate ? ProposalStatus.Alternate : ProposalStatus.Proposed,
            CreatedAt = now,
            UpdatedAt = now,
            Version = 1,
        };
    }

    /// <summary>Staff approve. With <paramref name="requireSecondApprover"/>, the first approval is recorded and a different
    /// staff member completes it. The approval that invites the expert starts their answer window
    /// (<paramref name="answerWindow"/>; none: the invitation never expires).</summary>
    /// <returns>True when the proposal became approved (the expert may now be invited).</returns>
    public bool Approve(AccountId staff, bool requireSecondApprover, DateTimeOffset now, TimeSpan? answerWindow = null)
    {
        if (answerWindow is { } w && w <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(answerWindow), w, "The answer window must be positive.");
        }

        EnsureStatus(AwaitingStaff);
        if (HasApproved(staff))
        {
            throw new BusinessRuleException(RuleCodes.Proposal.SameApprover, "Four-eyes: the second approval must come from a different staff member.");
        }

        _approvedBy.Add(staff);
        Touch(now);
        if (requireSecondApprover && _approvedBy.Count < 2)
        {
            Raise(new ProposalFirstApprovalGiven(this, Status, staff, now));
            return false;
        }

        Status = ProposalStatus.Approved;
        DecidedBy = staff;
        InvitedAt = now;
        AnswerBy = answerWindow is { } window ? now + window : null;
        Raise(new ProposalApproved(this, ProposalStatus.Proposed, staff, now));
        return true;
    }

    public void Reject(AccountId staff, string reason, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        EnsureStatus(AwaitingStaff);
        Status = ProposalStatus.Rejected;
        DecidedBy = staff;
        Reason = reason.Trim();
        Touch(now);
        Raise(new ProposalRejected(this, ProposalStatus.Proposed, staff, now));
    }

    public void Accept(AccountId expert, DateTimeOffset now)
    {
        EnsureAnswerable(now);
        Status = ProposalStatus.Accepted;
        DecidedBy = expert;
        Touch(now);
        Raise(new ProposalAccepted(this, ProposalStatus.Approved, expert, now));
    }

    public void Decline(AccountId expert, string? reason, DateTimeOffset now)
    {
        EnsureAnswerable(now);
        Status = ProposalStatus.Declined;
        DecidedBy = expert;
        Reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        Touch(now);
        Raise(new ProposalDeclined(this, ProposalStatus.Approved, expert, now));
    }

    /// <summary>An alternate takes the place of a rejected or declined proposal.</summary>
    public void Promote(AccountId by, DateTimeOffset now)
    {
        EnsureStatus(ProposalStatus.Alternate);
        Status = ProposalStatus.Proposed;
        Touch(now);
        Raise(new ProposalPromoted(this, ProposalStatus.Alternate, by, now));
    }

    /// <summary>The request no longer needs this proposal (withdrawn, cancelled, or fully staffed). Only a proposal the
    /// expert never saw is superseded; anything else stays as it is.</summary>
    public void Supersede(AccountId by, string? reason, DateTimeOffset now)
    {
        if (Status is ProposalStatus.Alternate or ProposalStatus.Proposed)
        {
            var from = Status;
            Status = ProposalStatus.Superseded;
            Touch(now);
            Raise(new ProposalSuperseded(this, from, by, reason, now));
        }
    }

    /// <summary>
    /// The request closed (withdrawn or cancelled) while the expert's invitation was open: the invitation is withdrawn,
    /// so it no longer shows as open and cannot be accepted. Anything but an open invitation stays as it is.
    /// </summary>
    public void Withdraw(AccountId by, DateTimeOffset now)
    {
        if (Status == ProposalStatus.Approved)
        {
            Status = ProposalStatus.Withdrawn;
            DecidedBy = by;
            Touch(now);
            Raise(new ProposalWithdrawn(this, ProposalStatus.Approved, by, now));
        }
    }

    /// <summary>The answer window closed and the invitation is still open: the sweep expires it.</summary>
    public bool IsAnswerOverdue(DateTimeOffset now) => Status == ProposalStatus.Approved && AnswerBy is { } by && by <= now;

    /// <summary>Halfway through the answer window, still unanswered and not yet reminded.</summary>
    public bool NeedsAnswerReminder(DateTimeOffset now) =>
        Status == ProposalStatus.Approved && AnswerReminderSentAt is null && InvitedAt is { } invited && AnswerBy is { } by
        && now >= invited + ((by - invited) / 2) && now < by;

    /// <summary>Records that the halfway reminder was queued, so it goes once (the version guards two instances).</summary>
    public void MarkAnswerReminderSent(DateTimeOffset now)
    {
        if (!NeedsAnswerReminder(now))
        {
            throw new InvalidOperationException("No answer reminder is due for this proposal.");
        }

        AnswerReminderSentAt = now;
        Touch(now);
    }

    /// <summary>The answer window closed without an answer: the invitation expires and the place is freed.</summary>
    public void Expire(DateTimeOffset now)
    {
        EnsureStatus(AwaitingExpert);
        if (!IsAnswerOverdue(now))
        {
            throw new InvalidOperationException("The answer window of this invitation is still open.");
        }

        Status = ProposalStatus.Expired;
        DecidedBy = AccountId.System;
        Touch(now);
        Raise(new ProposalExpired(this, ProposalStatus.Approved, AccountId.System, now));
    }

    /// <summary>An answer after the window closed is refused even before the sweep has expired the invitation.</summary>
    private void EnsureAnswerable(DateTimeOffset now)
    {
        if (Status == ProposalStatus.Expired || IsAnswerOverdue(now))
        {
            throw new BusinessRuleException(RuleCodes.Proposal.Expired, "The answer window of this invitation has closed; the place went to the next candidate.");
        }

        EnsureStatus(AwaitingExpert);
    }

    private void EnsureStatus(ProposalStatus expected)
    {
        if (Status != expected)
        {
            throw new BusinessRuleException(RuleCodes.Proposal.NotPending,
                $"The proposal is {Codes<ProposalStatus>.Of(Status)}, not {Codes<ProposalStatus>.Of(expected)}: someone else may have acted on it already.");
        }
    }

    private void Touch(DateTimeOffset now)
    {
        UpdatedAt = now;
        Version++;
    }
}
