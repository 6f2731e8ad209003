using LcPeers.Application.Common;
using LcPeers.Application.Common.Auditing;
using LcPeers.Application.Common.Diagnostics;
using LcPeers.Application.Common.Events;
using LcPeers.Domain.Accounts;
using LcPeers.Domain.Auditing;
using LcPeers.Domain.Common;
using LcPeers.Domain.Matching;

namespace LcPeers.Application.Matching.Workflow;

/// <summary>Every move of a proposal is written to the audit trail, in the same transaction as the move.</summary>
internal sealed class AuditProposalTransitions(ILcPeersDb db) :
    IDomainEventHandler<ProposalFirstApprovalGiven>,
    IDomainEventHandler<ProposalApproved>,
    IDomainEventHandler<ProposalRejected>,
    IDomainEventHandler<ProposalAccepted>,
    IDomainEventHandler<ProposalDeclined>,
    IDomainEventHandler<ProposalPromoted>,
    IDomainEventHandler<ProposalSuperseded>,
    IDomainEventHandler<ProposalWithdrawn>,
    IDomainEventHandler<ProposalExpired>
{
    public Task Handle(ProposalFirstApprovalGiven e, CancellationToken ct) => Record(e.Proposal, AuditActions.ApproveFirst, e.From, e.By, e.At);

    public Task Handle(ProposalApproved e, CancellationToken ct) => Record(e.Proposal, AuditActions.Approve, e.From, e.By, e.At);

    public Task Handle(ProposalRejected e, CancellationToken ct) => Record(e.Proposal, AuditActions.Reject, e.From, e.By, e.At, e.Proposal.Reason);

    public Task Handle(ProposalAccepted e, CancellationToken ct) => Record(e.Proposal, AuditActions.Accept, e.From, e.By, e.At);

    public Task Handle(ProposalDeclined e, CancellationToken ct) => Record(e.Proposal, AuditActions.Decline, e.From, e.By, e.At, e.Proposal.Reason);

    public Task Handle(ProposalPromoted e, CancellationToken ct) => Record(e.Proposal, AuditActions.Promote, e.From, e.By, e.At);

    public Task Handle(ProposalSuperseded e, CancellationToken ct) => Record(e.Proposal, AuditActions.Supersede, e.From, e.By, e.At, e.Reason);

    public Task Handle(ProposalWithdrawn e, CancellationToken ct) => Record(e.Proposal, AuditActions.Withdraw, e.From, e.By, e.At);

    public Task Handle(ProposalExpired e, CancellationToken ct) => Record(e.Proposal, AuditActions.Expire, e.From, e.By, e.At);

    private Task Record(Proposal proposal, string action, ProposalStatus from, AccountId by, DateTimeOffset at, string? reason = null)
    {
        db.Record(AuditEntityKinds.Proposal, proposal.Id.Value, action, Codes<ProposalStatus>.Of(from), Codes<ProposalStatus>.Of(proposal.Status), by, at, reason);
        if (from != proposal.Status)
        {
            LcPeersDiagnostics.ProposalTransitions.Add(1, new KeyValuePair<string, object?>("status", Codes<ProposalStatus>.Of(proposal.Status)));
        }

        return Task.CompletedTask;
    }
}
