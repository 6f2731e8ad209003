using LcPeers.Domain.Experts;

namespace LcPeers.Matching.Ranking;

/// <summary>An hours commitment the expert already has (an approved or accepted engagement), spread per month.</summary>
public readonly record struct Commitment(DateOnly Start, DateOnly End, double HoursPerMonth);

/// <summary>What the ranking needs to know about one expert beyond the profile: load and track record.</summary>
public sealed record ExpertEntry(Expert Expert, int ActiveEngagements, IReadOnlyList<Commitment> Commitments, int RatingCount, double RatingSum);
