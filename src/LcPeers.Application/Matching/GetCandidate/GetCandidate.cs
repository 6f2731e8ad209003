using LcPeers.Application.Common;
using LcPeers.Application.Common.Exceptions;
using LcPeers.Application.Common.Security;
using LcPeers.Application.Matching.GetCandidates;
using LcPeers.Application.Matching.Snapshot;
using LcPeers.Matching.Ranking;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LcPeers.Application.Matching.GetCandidate;

/// <summary>
/// "Why (not) this expert?" for one request: whether the expert is a candidate, their rank among the eligible, every
/// factor with its weight and contribution, and the reasons that exclude them (empty when eligible).
/// </summary>
[RequiresRole(Roles.Staff)]
public sealed record GetCandidateQuery(Guid RequestId, Guid ExpertId) : IQuery<CandidateVerdictResponse>;

/// <summary>One expert's verdict for a request. <c>Rank</c> is 1 for the best eligible expert and null when the expert is
/// excluded; <c>Exclusions</c> holds the reason codes that keep the expert out (empty when eligible).</summary>
public sealed record CandidateVerdictResponse(
    Guid RequestId,
    Guid ExpertId,
    string DisplayName,
    bool Eligible,
    int? Rank,
    int EligibleCount,
    double Score,
    IReadOnlyList<FactorContribution> Factors,
    Reasons Reasons,
    IReadOnlyList<string> Exclusions);

internal sealed class GetCandidateHandler(ILcPeersDb db, PoolSnapshot snapshot, MatchingSettingsStore settings)
    : IQueryHandler<GetCandidateQuery, CandidateVerdictResponse>
{
    public async ValueTask<CandidateVerdictResponse> Handle(GetCandidateQuery query, CancellationToken ct)
    {
        var (request, lc) = await RequestForMatching.LoadAsync(db, query.RequestId, ct);
        var (pool, catalogue) = await snapshot.CurrentAsync(ct);
        var index = pool.IndexOf(query.ExpertId);
        if (index < 0)
        {
            throw new NotFoundException("Expert", query.ExpertId);
        }

        var proposed = await db.Proposals.AsNoTracking().Where(p => p.RequestId == request.Id).Select(p => p.ExpertId.Value).ToListAsync(ct);
        var rankingQuery = RankingQuery.Create(pool, request, lc, catalogue, proposed);
        var weights = (await settings.GetAsync(ct)).Weights;

        var place = RankingEngine.PlaceOf(pool, rankingQuery, weights, index);
        var contributions = Explanation.Contributions(RankingEngine.Factors(pool, rankingQuery, index), weights);
        var score = place?.Score ?? Explanation.Score(pool, index, contributions);
        var eligible = pool.Count - Exclusions.Summarise(pool, rankingQuery).Excluded;
        return new CandidateVerdictResponse(request.Id.Value, query.ExpertId, pool.Names[index], place is not null,
            place?.Position, eligible, Math.Round(score, 4), contributions, Explanation.Explain(pool, rankingQuery, index, contributions),
            RankingEngine.Exclusions(pool, rankingQuery, index).ToCodes());
    }
}
