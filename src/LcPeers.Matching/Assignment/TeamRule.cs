using LcPeers.Domain.Matching;
using LcPeers.Domain.Requests;
using LcPeers.Matching.Ranking;

namespace LcPeers.Matching.Assignment;

/// <summary>
/// The team rule (<see cref="MatchingPolicy.TeamRuleKind"/>, <see cref="MatchingPolicy.TeamRuleRole"/>,
/// <see cref="MatchingPolicy.MinimumTeamSize"/>): a peer review by a team of two or more includes at least one peer
/// reviewer. In a batch run a request marked <see cref="AssignmentRequest.RequiresReviewer"/> that cannot have one
/// is staffed up to demand − 1 and the last place is reported unmet, so staff can fill it with a reviewer later; when
/// staff ask proposals for one request, the best eligible reviewer takes the last place (<see cref="Apply"/>).
/// </summary>
public static class TeamRule
{
    /// <summary>The smallest demand the rule applies to: a single expert is not a team.</summary>
    public const int MinimumTeamSize = MatchingPolicy.MinimumTeamSize;

    /// <summary>Whether a request of this kind needs a reviewer in its team (the flag an assignment request carries).</summary>
    public static bool RequiresReviewer(RequestKind kind) => kind == MatchingPolicy.TeamRuleKind;

    /// <summary>Whether the rule constrains a request of <paramref name="kind"/> wanting <paramref name="expertsWanted"/> experts.</summary>
    public static bool Applies(RequestKind kind, int expertsWanted) => RequiresReviewer(kind) && expertsWanted >= MinimumTeamSize;

    /// <summary>Whether the rule constrains <paramref name="request"/>.</summary>
    public static bool Applies(AssignmentRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.RequiresReviewer && request.Demand >= MinimumTeamSize;
    }

    /// <summary>Whether the expert at <paramref name="i"/> can fill the reviewer place.</summary>
    public static bool IsReviewer(ExpertPool pool, int i)
    {
        ArgumentNullException.ThrowIfNull(pool);
        return pool.Offers(i, MatchingPolicy.TeamRuleRole);
    }

    /// <summary>
    /// For proposals to one request: when the first <paramref name="needed"/> of <paramref name="ranked"/> hold no
    /// reviewer, the best-ranked eligible reviewer in the whole pool takes the last of those places (the rest of the
    /// list moves down).
    /// </summary>
    public static void Apply(ExpertPool pool, RankingQuery query, MatchingWeights weights, List<RankedCandidate> ranked, int needed)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(ranked);
        var request = query.Request;
        if (!Applies(request.Terms.Kind, request.ExpertsWanted) || needed < 1 || ranked.Count < needed)
        {
            return;
        }

        if (ranked.Take(needed).Any(c => IsReviewer(pool, c.Index)))
        {
            return;
        }

        // The reviewer may rank below the alternates: look through every eligible expert (rare, and one linear pass).
        var reviewer = RankingEngine.Rank(pool, query, weights, Math.Max(1, pool.Count)).Cast<RankedCandidate?>().FirstOrDefault(c => IsReviewer(pool, c!.Value.Index));
        if (reviewer is { } r)
        {
            ranked.Remove(r);
            ranked.Insert(needed - 1, r);
        }
    }
}
