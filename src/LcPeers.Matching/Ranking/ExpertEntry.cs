using LcPeers.Domain.Experts;

namespace LcPeers.Matching.Ranking;

/// <summary>An hours commitment the expert already has (an approved or accepted engagement), spread per month.</summary>
public readonly record struct Commitment(DateOnly Start, DateOnly End, double HoursPerMonth);

/// <summary>
/// What the ranking needs to know about one expert beyond the profile: load, track record and
/// <paramref name="RecentEngagements"/>, the engagements they began in the last 12 months (open or not), and
/// <paramref name="UnconfirmedMonths"/>, the whole months since a stale profile's availability was last confirmed
/// (null for a profile that is not stale).
/// </summary>
public sealed record ExpertFacts(int ActiveEngagements, IReadOnlyList<Commitment> Commitments, int RatingCount, double RatingSum, int RecentEngagements = 0,
    int? UnconfirmedMonths = null);

/// <summary>An expert with their <see cref="ExpertFacts"/>: what a pool is built or changed from.</summary>
public sealed record ExpertEntry(Expert Expert, int ActiveEngagements, IReadOnlyList<Commitment> Commitments, int RatingCount, double RatingSum, int RecentEngagements = 0,
    int? UnconfirmedMonths = null)
{
    public ExpertFacts Facts => new(ActiveEngagements, Commitments, RatingCount, RatingSum, RecentEngagements, UnconfirmedMonths);
}
