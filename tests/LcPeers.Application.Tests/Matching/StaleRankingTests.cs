using LcPeers.Domain.Accounts;
using LcPeers.Domain.Experts;
using LcPeers.Domain.Matching;
using LcPeers.Domain.Reference;
using LcPeers.Matching;
using LcPeers.Matching.Ranking;
using LcPeers.Matching.Reference;

namespace LcPeers.Application.Tests.Matching;

/// <summary>A stale profile (two availability confirmations unanswered) ranks below an otherwise equal fresh one, says why, and is never excluded for it.</summary>
public sealed class StaleRankingTests
{
    private static readonly DateTimeOffset Now = new(2027, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Rank_StaleTwin_RanksBelowTheFreshOne_WithThePenalisedScore(int seed)
    {
        var (pool, query, stale, fresh) = TwinsInAPool(seed);
        Assert.Equal(ExclusionReason.None, RankingEngine.Exclusions(pool, query, pool.IndexOf(stale)));

        var ranked = RankingEngine.Rank(pool, query, MatchingWeights.Default, pool.Count);

        var stalePlace = Array.FindIndex(ranked, c => pool.Ids[c.Index] == stale);
        var freshPlace = Array.FindIndex(ranked, c => pool.Ids[c.Index] == fresh);
        Assert.True(freshPlace >= 0 && stalePlace > freshPlace, $"fresh at {freshPlace}, stale at {stalePlace}");
        Assert.Equal(ranked[freshPlace].Score * MatchingPolicy.StalePenalty, ranked[stalePlace].Score, 9);

        // The explanation's score (used for proposed experts outside the top and the single-expert verdict) agrees with the ranking's.
        var i = ranked[stalePlace].Index;
        Assert.Equal(ranked[stalePlace].Score, Explanation.Score(pool, i, Explanation.Contributions(RankingEngine.Factors(pool, query, i), MatchingWeights.Default)), 9);
    }

    [Fact]
    public void Explain_StaleProfile_SaysHowLongTheAvailabilityWentUnconfirmed_InBothLanguages()
    {
        var (pool, query, stale, fresh) = TwinsInAPool(1);
        var i = pool.IndexOf(stale);
        var j = pool.IndexOf(fresh);

        var reasons = Explanation.Explain(pool, query, i, Explanation.Contributions(RankingEngine.Factors(pool, query, i), MatchingWeights.Default));
        var freshReasons = Explanation.Explain(pool, query, j, Explanation.Contributions(RankingEngine.Factors(pool, query, j), MatchingWeights.Default));

        Assert.Contains("Beschikbaarheid al 6 maanden niet bevestigd (lager gerangschikt)", reasons.Nl);
        Assert.Contains("Availability not confirmed for 6 months (ranked lower)", reasons.En);
        Assert.DoesNotContain(freshReasons.Nl, r => r.Contains("bevestigd", StringComparison.Ordinal));
    }

    /// <summary>A generated pool plus two experts with the same profile, one of whom has gone 6 months unconfirmed and is stale.</summary>
    private static (ExpertPool Pool, RankingQuery Query, Guid Stale, Guid Fresh) TwinsInAPool(int seed)
    {
        var generator = new PoolGenerator(seed);
        var experts = generator.Experts(200);
        var (request, lc) = generator.Request();
        var fresh = Twin("fresh");
        var stale = Twin("stale");
        experts.Add(new ExpertEntry(fresh, 0, [], 2, 8));
        experts.Add(new ExpertEntry(stale, 0, [], 2, 8, UnconfirmedMonths: 6));
        var pool = ExpertPool.Build(experts, PoolGenerator.Catalogue);
        return (pool, RankingQuery.Create(pool, request, lc, PoolGenerator.Catalogue), stale.Id.Value, fresh.Id.Value);
    }

    private static Expert Twin(string name) => Expert.Register($"{name}@twin.example", new ExpertProfile(
            "Twin", "twin@twin.example", ["Twin organisation"], [ExpertRole.Webber, ExpertRole.PeerReviewer, ExpertRole.Facilitator, ExpertRole.LcSpecialist],
            [.. Enum.GetValues<Bottleneck>().Select(b => new Competence(b, 2))], [], [.. PoolGenerator.Catalogue.Select(t => t.Id)], [.. Enum.GetValues<Phase>().Select(p => new PhaseExperience(p, 1))],
            [], [.. Provinces.All], true, [Language.Nl, Language.En], null, true),
        new ExpertAvailability(400, 5, []), AccountId.System, Now);
}
