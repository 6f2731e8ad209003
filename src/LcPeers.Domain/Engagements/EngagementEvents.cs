using LcPeers.Domain.Accounts;
using LcPeers.Domain.Common;

namespace LcPeers.Domain.Engagements;

/// <summary>An engagement began from an accepted proposal: the expert and the LC's coordinators are introduced.</summary>
public sealed record EngagementBegun(Engagement Engagement, AccountId By, DateTimeOffset At) : IDomainEvent;

public sealed record EngagementCompleted(Engagement Engagement, AccountId By, DateTimeOffset At) : IDomainEvent;
