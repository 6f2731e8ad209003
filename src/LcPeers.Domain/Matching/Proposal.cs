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
    /// staff member completes it.</summary>
    /// <returns>True when the proposal became approved (the expert may now be invited).</returns>
    public bool Approve(AccountId staff, bool requireSecondApprover, DateTimeOffset now)
    {
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
        EnsureStatus(AwaitingExpert);
        Status = ProposalStatus.Accepted;
        DecidedBy = expert;
        Touch(now);
        Raise(new ProposalAccepted(this, ProposalStatus.Approved, expert, now));
    }

    public void Decline(AccountId expert, string? reason, DateTimeOffset now)
    {
        EnsureStatus(AwaitingExpert);
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
