using LcPeers.Domain.Accounts;
using LcPeers.Domain.Experts;
using LcPeers.Domain.Matching;
using LcPeers.Domain.Reference;
using LcPeers.Matching.Ranking;
using LcPeers.Matching.Reference;

namespace LcPeers.Application.Tests.Matching;

/// <summary>The recent-load weight: of two otherwise equal experts, the one who began more engagements in the last 12 months ranks lower.</summary>
public sealed class RecentLoadRankingTests
{
    private static readonly DateTimeOffset Now = new(2027, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Rank_BusierTwin_RanksBelowTheQuieterOne_WhenTheWeightIsAboveZero(int seed)
    {
        var (pool, query, busy, quiet) = TwinsInAPool(seed);
        Assert.Equal(ExclusionReason.None, RankingEngine.Exclusions(pool, query, pool.IndexOf(quiet)));

        var ranked = RankingEngine.Rank(pool, query, MatchingWeights.Default, pool.Count);

        var busyPlace = Array.FindIndex(ranked, c => pool.Ids[c.Index] == busy);
        var quietPlace = Array.FindIndex(ranked, c => pool.Ids[c.Index] == quiet);
        Assert.True(quietPlace >= 0 && busyPlace > quietPlace, $"quiet at {quietPlace}, busy at {busyPlace}");
        Assert.True(ranked[busyPlace].Score < ranked[quietPlace].Score);
        var busyFactors = RankingEngine.Factors(pool, query, ranked[busyPlace].Index);
        Assert.Equal(1.0 / (1 + 4), busyFactors[(int)MatchingFactor.RecentLoad], 9);
        Assert.Equal(1.0, RankingEngine.Factors(pool, query, ranked[quietPlace].Index)[(int)MatchingFactor.RecentLoad], 9);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Rank_BusierTwin_ScoresTheSame_WhenTheWeightIsZero(int seed)
    {
        var (pool, query, busy, quiet) = TwinsInAPool(seed);
        var weights = MatchingWeights.Default with { RecentLoad = 0 };

        var ranked = RankingEngine.Rank(pool, query, weights, pool.Count);

        var busyScore = ranked.Single(c => pool.Ids[c.Index] == busy).Score;
        var quietScore = ranked.Single(c => pool.Ids[c.Index] == quiet).Score;
        Assert.Equal(quietScore, busyScore, 12);
    }

    [Fact]
    public void Explain_RecentLoadAmongTheStrongestFactors_SaysHowManyEngagementsBegan()
    {
        var (pool, query, busy, _) = TwinsInAPool(1);
        var onlyRecent = new MatchingWeights(0, 0, 0, 0, 0, 0, 0, 0, 0, RecentLoad: 1);
        var i = pool.IndexOf(busy);

        var reasons = Explanation.Explain(pool, query, i, Explanation.Contributions(RankingEngine.Factors(pool, query, i), onlyRecent));

        Assert.Equal(["Begon de afgelopen 12 maanden 4 trajecten"], reasons.Nl);
        Assert.Equal(["Began 4 engagements in the last 12 months"], reasons.En);
    }

    /// <summary>A generated pool plus two experts with the same profile, one of whom began four engagements in the last 12 months.</summary>
    private static (ExpertPool Pool, RankingQuery Query, Guid Busy, Guid Quiet) TwinsInAPool(int seed)
    {
        var generator = new PoolGenerator(seed);
        var experts = generator.Experts(200);
        var (request, lc) = generator.Request();
        var quiet = Twin("quiet");
        var busy = Twin("busy");
        experts.Add(new ExpertEntry(quiet, 0, [], 2, 8, RecentEngagements: 0));
        experts.Add(new ExpertEntry(busy, 0, [], 2, 8, RecentEngagements: 4));
        var pool = ExpertPool.Build(experts, PoolGenerator.Catalogue);
        return (pool, RankingQuery.Create(pool, request, lc, PoolGenerator.Catalogue), busy.Id.Value, quiet.Id.Value);
    }

    private static Expert Twin(string name) => Expert.Register($"{name}@twin.example", new ExpertProfile(
            "Twin", "twin@twin.example", ["Twin organisation"], [ExpertRole.Webber, ExpertRole.PeerReviewer, ExpertRole.Facilitator, ExpertRole.LcSpecialist],
            [.. Enum.GetValues<Bottleneck>().Select(b => new Competence(b, 2))], [], [.. PoolGenerator.Catalogue.Select(t => t.Id)], [.. Enum.GetValues<Phase>().Select(p => new PhaseExperience(p, 1))],
            [], [.. Provinces.All], true, [Language.Nl, Language.En], null, true),
        new ExpertAvailability(400, 5, []), AccountId.System, Now);
}
