using LcPeers.Domain.Accounts;
using LcPeers.Domain.Common;

namespace LcPeers.Domain.Matching;

/// <summary>The first of two staff approvals (four-eyes) is recorded; the expert is not invited yet.</summary>
public sealed record ProposalFirstApprovalGiven(Proposal Proposal, ProposalStatus From, AccountId By, DateTimeOffset At) : IDomainEvent;

/// <summary>Staff approved: the expert is invited.</summary>
public sealed record ProposalApproved(Proposal Proposal, ProposalStatus From, AccountId By, DateTimeOffset At) : IDomainEvent;

/// <summary>Staff rejected (with a reason): the next alternate takes the place.</summary>
public sealed record ProposalRejected(Proposal Proposal, ProposalStatus From, AccountId By, DateTimeOffset At) : IDomainEvent;

/// <summary>The invited expert accepted: an engagement begins.</summary>
public sealed record ProposalAccepted(Proposal Proposal, ProposalStatus From, AccountId By, DateTimeOffset At) : IDomainEvent;

/// <summary>The invited expert declined: the next alternate takes the place.</summary>
public sealed record ProposalDeclined(Proposal Proposal, ProposalStatus From, AccountId By, DateTimeOffset At) : IDomainEvent;

/// <summary>An alternate became a proposal for staff to decide on.</summary>
public sealed record ProposalPromoted(Proposal Proposal, ProposalStatus From, AccountId By, DateTimeOffset At) : IDomainEvent;

/// <summary>The request no longer needs a waiting proposal (it was never sent to the expert).</summary>
public sealed record ProposalSuperseded(Proposal Proposal, ProposalStatus From, AccountId By, string? Reason, DateTimeOffset At) : IDomainEvent;

/// <summary>The request closed while the expert's invitation was open: the invitation is withdrawn and the expert told.</summary>
public sealed record ProposalWithdrawn(Proposal Proposal, ProposalStatus From, AccountId By, DateTimeOffset At) : IDomainEvent;

/// <summary>The expert's answer window closed without an answer: the expert is told kindly and the next alternate takes the place.</summary>
public sealed record ProposalExpired(Proposal Proposal, ProposalStatus From, AccountId By, DateTimeOffset At) : IDomainEvent;
