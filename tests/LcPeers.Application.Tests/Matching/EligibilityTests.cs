using LcPeers.Domain.Matching;
using LcPeers.Domain.Requests;
using LcPeers.Matching;
using LcPeers.Matching.Assignment;
using LcPeers.Matching.Ranking;
using LcPeers.Matching.Reference;

namespace LcPeers.Application.Tests.Matching;

public sealed class EligibilityTests
{
    [Theory]
    [InlineData(31)]
    [InlineData(32)]
    [InlineData(33)]
    public void IsEligible_AgreesWithTheReasons_ForEveryExpertOfRandomPools(int seed)
    {
        var generator = new PoolGenerator(seed);
        var pool = ExpertPool.Build(generator.Experts(600), PoolGenerator.Catalogue);
        var random = new Random(seed);
        for (var r = 0; r < 12; r++)
        {
            var (request, lc) = generator.Request();
            // Every other request has experts proposed already, so the exact path meets that rule too.
            var proposed = r % 2 == 0 ? [] : Enumerable.Range(0, 20).Select(_ => pool.Ids[random.Next(pool.Count)]).ToList();
            var query = RankingQuery.Create(pool, request, lc, PoolGenerator.Catalogue, proposed);
            for (var i = 0; i < pool.Count; i++)
            {
                Assert.Equal(Eligibility.Exclusions(pool, query, i) == ExclusionReason.None, Eligibility.IsEligible(pool, query, i));
            }
        }
    }

    [Theory]
    [InlineData(34)]
    [InlineData(35)]
    public void Exclusions_AreTheReasonsOfEveryRuleThatHolds_ForEveryExpertOfRandomPools(int seed)
    {
        var generator = new PoolGenerator(seed);
        var pool = ExpertPool.Build(generator.Experts(600), PoolGenerator.Catalogue);
        var random = new Random(seed);
        var seen = ExclusionReason.None;
        for (var r = 0; r < 16; r++)
        {
            var (request, lc) = generator.Request();
            var proposed = r % 2 == 0 ? [] : Enumerable.Range(0, 20).Select(_ => pool.Ids[random.Next(pool.Count)]).ToList();
            var query = RankingQuery.Create(pool, request, lc, PoolGenerator.Catalogue, proposed);
            for (var i = 0; i < pool.Count; i++)
            {
                var expected = Eligibility.Rules.Where(rule => rule.Excludes(pool, query, i)).Aggregate(ExclusionReason.None, (m, rule) => m | rule.Reason);
                Assert.Equal(expected, Eligibility.Exclusions(pool, query, i));
                seen |= expected;
            }
        }

        Assert.Equal(Enum.GetValues<ExclusionReason>().Aggregate((m, x) => m | x), seen); // every rule was met on the way
    }

    [Fact]
    public void Rules_HaveOneDistinctReasonAndCodeEach_InFlagOrder()
    {
        var reasons = Eligibility.Rules.Select(r => r.Reason).ToList();

        Assert.Equal(Enum.GetValues<ExclusionReason>().Where(r => r != ExclusionReason.None), reasons);
        Assert.Equal(reasons.Count, Eligibility.Rules.Select(r => r.Code).Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [InlineData(41)]
    [InlineData(42)]
    public void Counts_AddUpTheReasonsOfEveryExpert_MostFrequentFirst(int seed)
    {
        var generator = new PoolGenerator(seed);
        var pool = ExpertPool.Build(generator.Experts(400), PoolGenerator.Catalogue);
        var (request, lc) = generator.Request();
        var query = RankingQuery.Create(pool, request, lc, PoolGenerator.Catalogue);

        var counts = Eligibility.Counts(pool, query);

        var expected = Enumerable.Range(0, pool.Count).SelectMany(i => Eligibility.Exclusions(pool, query, i).ToCodes())
            .GroupBy(c => c).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(expected.OrderBy(e => e.Key, StringComparer.Ordinal), counts.ToDictionary(c => c.Code, c => c.Count).OrderBy(e => e.Key, StringComparer.Ordinal));
        Assert.Equal(counts.OrderByDescending(c => c.Count).Select(c => c.Count), counts.Select(c => c.Count));
        Assert.StartsWith($"{counts[0].Count} {counts[0].Code}", Eligibility.WhyNobody(pool, query), StringComparison.Ordinal);
    }

    [Fact]
    public void WhyNobody_EmptyPool_SaysSo()
    {
        var generator = new PoolGenerator(1);
        var pool = ExpertPool.Build([], PoolGenerator.Catalogue);
        var (request, lc) = generator.Request();

        Assert.Equal("the expert pool is empty", Eligibility.WhyNobody(pool, RankingQuery.Create(pool, request, lc, PoolGenerator.Catalogue)));
    }

    [Theory]
    [InlineData(RequestKind.PeerReview, 1, false)]
    [InlineData(RequestKind.PeerReview, 2, true)]
    [InlineData(RequestKind.Advice, 3, false)]
    public void TeamRule_AppliesToPeerReviewTeamsOnly_TheSameForRankingAndAssignment(RequestKind kind, int expertsWanted, bool applies)
    {
        Assert.Equal(applies, TeamRule.Applies(kind, expertsWanted));
        Assert.Equal(applies, TeamRule.Applies(new AssignmentRequest("r", expertsWanted, TeamRule.RequiresReviewer(kind))));
    }

    [Theory]
    [InlineData(51)]
    [InlineData(52)]
    [InlineData(53)]
    public void TeamRule_Apply_PutsTheBestEligibleReviewerInTheLastPlace_WhenTheTopHasNone(int seed)
    {
        var generator = new PoolGenerator(seed);
        var pool = ExpertPool.Build(generator.Experts(500), PoolGenerator.Catalogue);
        var (request, lc) = Enumerable.Range(0, 200).Select(_ => generator.Request()).First(x => TeamRule.Applies(x.Request.Terms.Kind, x.Request.ExpertsWanted));
        var query = RankingQuery.Create(pool, request, lc, PoolGenerator.Catalogue);
        var everyone = RankingEngine.Rank(pool, query, MatchingWeights.Default, pool.Count);
        var needed = request.ExpertsWanted;
        var ranked = everyone.Where(c => !TeamRule.IsReviewer(pool, c.Index)).Take(needed + MatchingPolicy.AlternatesPerProposalCall).ToList();
        var before = ranked.ToList();

        TeamRule.Apply(pool, query, MatchingWeights.Default, ranked, needed);

        Assert.Equal(everyone.First(c => TeamRule.IsReviewer(pool, c.Index)), ranked[needed - 1]);
        Assert.Equal(before.Take(needed - 1), ranked.Take(needed - 1));
        Assert.Equal(before.Skip(needed - 1), ranked.Skip(needed));
    }

    [Fact]
    public void KindFit_GivesTheMatchingRoleTheFullFit_ForEveryKind()
    {
        Assert.Equal(1.0, MatchingPolicy.KindFit(RequestKind.PeerReview, MatchingPolicy.TeamRuleRole));
        Assert.Equal(1.0, MatchingPolicy.KindFit(RequestKind.ToolFacilitation, Domain.Experts.ExpertRole.Facilitator));
        Assert.All(Enum.GetValues<RequestKind>(), kind => Assert.Equal(1.0, Enum.GetValues<Domain.Experts.ExpertRole>().Max(role => MatchingPolicy.KindFit(kind, role))));
    }
}
