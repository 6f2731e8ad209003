using LcPeers.Domain.Accounts;
namespace LcPeers.Domain.Requests;

/// <summary>One step in a request's life: who moved it, when, from where to where, and why.</summary>
public sealed record StatusChange(RequestStatus? From, RequestStatus To, DateTimeOffset At, AccountId By, string? Reason);
