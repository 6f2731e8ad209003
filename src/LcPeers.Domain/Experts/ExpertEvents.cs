using LcPeers.Domain.Accounts;
using LcPeers.Domain.Common;

namespace LcPeers.Domain.Experts;

/// <summary>An expert profile was created, by its owner or by staff on their behalf.</summary>
public sealed record ExpertRegistered(Expert Expert, AccountId By, DateTimeOffset At) : IDomainEvent;

/// <summary>An expert's profile was replaced (its availability, when that changed too, raises <see cref="ExpertAvailabilityChanged"/>).</summary>
public sealed record ExpertProfileUpdated(Expert Expert, AccountId By, DateTimeOffset At) : IDomainEvent;

/// <summary>An expert's hours, maximum of concurrent engagements or (un)available periods changed; <see cref="Previous"/> is what they were.</summary>
public sealed record ExpertAvailabilityChanged(Expert Expert, ExpertAvailability Previous, AccountId By, DateTimeOffset At) : IDomainEvent;
