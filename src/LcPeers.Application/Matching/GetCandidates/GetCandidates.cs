using FluentValidation;
using LcPeers.Application.Common;
using LcPeers.Application.Common.Exceptions;
using LcPeers.Application.Common.Security;
using LcPeers.Application.Matching.Snapshot;
using LcPeers.Application.Tools;
using LcPeers.Domain.Common;
using LcPeers.Domain.Matching;
using LcPeers.Domain.Requests;
using LcPeers.Matching.Ranking;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LcPeers.Application.Matching.GetCandidates;

/// <summary>
/// For one submitted request: the ranked, explained candidates; optionally every excluded expert with the reasons
/// (so staff can ask "why not X?"); and the catalogue tools that fit the request's phase and bottlenecks.
/// Excluded experts are summarised by reason by default; with <see cref="IncludeExcluded"/> they are listed, one page
/// of <see cref="ExcludedPageSize"/> (default 50) at a time, ordered by name.
/// </summary>
[RequiresRole(Roles.Staff)]
public sealed record GetCandidatesQuery(Guid RequestId, int? Top, bool? IncludeExcluded, int? ExcludedPage = null, int? ExcludedPageSize = null)
    : IQuery<CandidatesResponse>;

public sealed record CandidateResponse(Guid ExpertId, string DisplayName, int Rank, double Score, IReadOnlyList<FactorContribution> Factors, Reasons Reasons);

public sealed record ExcludedExpertResponse(Guid ExpertId, string DisplayName, IReadOnlyList<string> Reasons);

/// <summary>How many experts one exclusion reason keeps out; an expert with two reasons counts under both.</summary>
public sealed record ExclusionCount(string Reason, int Count);

public sealed record CandidatesResponse(
    Guid RequestId,
    IReadOnlyList<CandidateResponse> Candidates,
    IReadOnlyList<ExcludedExpertResponse> Excluded,
    int EligibleCount,
    IReadOnlyList<ToolResponse> Tools)
{
    /// <summary>How many more experts may be proposed: the experts wanted less those proposed, invited or accepted.</summary>
    public int OpenPlaces { get; init; }

    /// <summary>Whether staff may ask for a slate of the best candidates now (nothing waits for a decision).</summary>
    public bool CanProposeSlate { get; init; }

    /// <summary>How many experts are excluded in all, whether or not they are listed in <see cref="Excluded"/>.</summary>
    public int ExcludedCount { get; init; }

    /// <summary>The excluded experts counted by reason, most frequent first.</summary>
    public IReadOnlyList<ExclusionCount> ExcludedSummary { get; init; } = [];
}

public sealed class GetCandidatesValidator : AbstractValidator<GetCandidatesQuery>
{
    public const int MaxTop = 200;
    public const int DefaultExcludedPageSize = 50;
    public const int MaxExcludedPageSize = 200;

    public GetCandidatesValidator()
    {
        RuleFor(q => q.Top).InclusiveBetween(1, MaxTop);
        RuleFor(q => q.ExcludedPage).GreaterThanOrEqualTo(1);
        RuleFor(q => q.ExcludedPageSize).InclusiveBetween(1, MaxExcludedPageSize);
    }
}

internal sealed class GetCandidatesHandler(ILcPeersDb db, PoolSnapshot snapshot, MatchingSettingsStore settings)
    : IQueryHandler<GetCandidatesQuery, CandidatesResponse>
{
    public async ValueTask<CandidatesResponse> Handle(GetCandidatesQuery query, CancellationToken ct)
    {
        var (request, lc) = await RequestForMatching.LoadAsync(db, query.RequestId, ct);
        var (pool, catalogue) = await snapshot.CurrentAsync(ct);
        var proposals = await db.Proposals.AsNoTracking().Where(p => p.RequestId == request.Id).ToListAsync(ct);
        var rankingQuery = RankingQuery.Create(pool, request, lc, catalogue, proposals.Select(p => p.ExpertId.Value));
        var weights = (await settings.GetAsync(ct)).Weights;

        var ranked = TimedRanking.Rank(pool, rankingQuery, weights, query.Top ?? 20);
        var candidates = ranked.Select((c, n) =>
        {
            var contributions = Explanation.Contributions(RankingEngine.Factors(pool, rankingQuery, c.Index), weights);
            return new CandidateResponse(pool.Ids[c.Index], pool.Names[c.Index], n + 1, Math.Round(c.Score, 4), contributions,
                Explanation.Explain(pool, rankingQuery, c.Index, contributions));
        }).ToList();

        var (excludedCount, summary) = Exclusions.Summarise(pool, rankingQuery);
        return new CandidatesResponse(request.Id.Value, candidates, ExcludedPage(pool, rankingQuery, query), pool.Count - excludedCount,
            [.. rankingQuery.RelevantTools.Select(ToolResponse.From)])
        {
            OpenPlaces = Matching.OpenPlaces.Of(request, proposals),
            CanProposeSlate = Matching.OpenPlaces.AllowsSlate(request, proposals),
            ExcludedCount = excludedCount,
            ExcludedSummary = summary,
        };
    }

    /// <summary>The excluded experts, listed only on request: one page, by name.</summary>
    private static List<ExcludedExpertResponse> ExcludedPage(ExpertPool pool, RankingQuery rankingQuery, GetCandidatesQuery query)
    {
        if (query.IncludeExcluded != true)
        {
            return [];
        }

        var exclusions = Exclusions.Of(pool, rankingQuery);
        var size = query.ExcludedPageSize ?? GetCandidatesValidator.DefaultExcludedPageSize;
        return
        [
            .. exclusions
                .Select(e => new ExcludedExpertResponse(pool.Ids[e.Index], pool.Names[e.Index], e.Reasons.ToCodes()))
                .OrderBy(e => e.DisplayName, StringComparer.Ordinal).ThenBy(e => e.ExpertId)
                .Skip(((query.ExcludedPage ?? 1) - 1) * size).Take(size),
        ];
    }
}

/// <summary>The experts a request's hard rules keep out, with their reasons, and their count per reason.</summary>
internal static class Exclusions
{
    public static List<(int Index, ExclusionReason Reasons)> Of(ExpertPool pool, RankingQuery query)
    {
        var excluded = new List<(int, ExclusionReason)>();
        for (var i = 0; i < pool.Count; i++)
        {
            var reasons = RankingEngine.Exclusions(pool, query, i);
            if (reasons != ExclusionReason.None)
            {
                excluded.Add((i, reasons));
            }
        }

        return excluded;
    }

    /// <summary>
    /// How many experts are excluded, and how many by each reason (an expert counts once per rule that excludes them, as the listed reasons do), the most frequent
    /// first: counted over the reason bits, without listing anyone.
    /// </summary>
    public static (int Excluded, IReadOnlyList<ExclusionCount> Summary) Summarise(ExpertPool pool, RankingQuery query)
    {
        var rules = Eligibility.Rules;
        var counts = new int[rules.Count];
        var excluded = 0;
        for (var i = 0; i < pool.Count; i++)
        {
            var reasons = RankingEngine.Exclusions(pool, query, i);
            if (reasons == ExclusionReason.None)
            {
                continue;
            }

            excluded++;
            for (var r = 0; r < rules.Count; r++)
            {
                counts[r] += (reasons & rules[r].Reason) != 0 ? 1 : 0;
            }
        }

        return (excluded, [.. rules.Select((rule, r) => (rule.Code, Count: counts[r])).GroupBy(c => c.Code, StringComparer.Ordinal)
            .Select(g => new ExclusionCount(g.Key, g.Sum(c => c.Count))).Where(c => c.Count > 0)
            .OrderByDescending(c => c.Count).ThenBy(c => c.Reason, StringComparer.Ordinal)]);
    }
}

/// <summary>Loads a request that may be matched: submitted, or matching with room for more proposals.</summary>
internal static class RequestForMatching
{
    public static async Task<(SupportRequest Request, Domain.LearningCommunities.LearningCommunity Lc)> LoadAsync(ILcPeersDb db, Guid id, CancellationToken ct)
    {
        var requestId = new SupportRequestId(id);
        var request = await db.SupportRequests.FirstOrDefaultAsync(r => r.Id == requestId, ct) ?? throw new NotFoundException("Request", id);
        if (!request.CanBeMatched)
        {
            throw new BusinessRuleException(RuleCodes.Request.NotSubmitted,
                $"Only submitted requests are matched; this one is {Codes<RequestStatus>.Of(request.Status)}.");
        }

        var lc = await db.LearningCommunities.AsNoTracking().FirstAsync(l => l.Id == request.LearningCommunityId, ct);
        return (request, lc);
    }
}
