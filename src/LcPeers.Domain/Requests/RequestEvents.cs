using LcPeers.Domain.Accounts;
using LcPeers.Domain.Common;

namespace LcPeers.Domain.Requests;

public sealed record RequestSubmitted(SupportRequest Request, AccountId By, DateTimeOffset At) : IDomainEvent;

/// <summary>The LC took its request back; open proposals and invitations end with it.</summary>
public sealed record RequestWithdrawn(SupportRequest Request, RequestStatus From, AccountId By, string? Reason, DateTimeOffset At) : IDomainEvent;

/// <summary>Staff stopped the request; open proposals and invitations end with it.</summary>
public sealed record RequestCancelled(SupportRequest Request, RequestStatus From, AccountId By, string? Reason, DateTimeOffset At) : IDomainEvent;

/// <summary>
/// The request has all the experts it asked for. <see cref="From"/> is its status before; when it was still waiting
/// (submitted, matching) it is matched now. Its waiting proposals are no longer needed.
/// </summary>
public sealed record RequestFullyStaffed(SupportRequest Request, RequestStatus From, AccountId By, DateTimeOffset At) : IDomainEvent;
