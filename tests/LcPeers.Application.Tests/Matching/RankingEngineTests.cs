using LcPeers.Domain.Matching;
using LcPeers.Matching.Ranking;
using LcPeers.Matching.Reference;

namespace LcPeers.Application.Tests.Matching;

public sealed class RankingEngineTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    [InlineData(7)]
    [InlineData(8)]
    public void Rank_AgreesWithTheNaiveReference_OnRandomPools(int seed)
    {
        var generator = new PoolGenerator(seed);
        var experts = generator.Experts(800);
        var pool = ExpertPool.Build(experts, PoolGenerator.Catalogue);
        for (var r = 0; r < 15; r++)
        {
            var (request, lc) = generator.Request();
            var query = RankingQuery.Create(pool, request, lc, PoolGenerator.Catalogue);

            var fast = RankingEngine.Rank(pool, query, MatchingWeights.Default, 10);
            var naive = NaiveRanker.Rank(experts, request, lc, PoolGenerator.Catalogue, MatchingWeights.Default, 10);

            Assert.Equal(naive.Select(n => n.ExpertId), fast.Select(c => pool.Ids[c.Index]));
            Assert.Equal(naive.Select(n => n.Score), fast.Select(c => c.Score), (a, b) => Math.Abs(a - b) < 1e-9);
        }
    }

    [Theory]
    [InlineData(11)]
    [InlineData(12)]
    [InlineData(13)]
    public void PlaceOf_IsTheExpertsPlaceInTheFullRanking_OrNullWhenExcluded(int seed)
    {
        var generator = new PoolGenerator(seed);
        var pool = ExpertPool.Build(generator.Experts(700), PoolGenerator.Catalogue);
        var random = new Random(seed);
        for (var r = 0; r < 6; r++)
        {
            var (request, lc) = generator.Request();
            var query = RankingQuery.Create(pool, request, lc, PoolGenerator.Catalogue);
            // Coarse weights give equal scores, so the tie-break by index is met too.
            var weights = r % 2 == 0 ? MatchingWeights.Default : new MatchingWeights(1, 1, 0, 0, 1, 0, 0, 0, 0, 0);
            var full = RankingEngine.Rank(pool, query, weights, pool.Count);
            foreach (var index in Enumerable.Range(0, 60).Select(_ => random.Next(pool.Count)).Append(full[0].Index).Append(full[^1].Index))
            {
                var position = Array.FindIndex(full, c => c.Index == index);
                var place = RankingEngine.PlaceOf(pool, query, weights, index);

                Assert.Equal(position >= 0 ? (position + 1, full[position].Score) : null, place);
            }
        }
    }

    [Theory]
    [InlineData(21)]
    [InlineData(22)]
    [InlineData(23)]
    public void Rank_AgreesWithTheNaiveReference_UnderRandomWeights(int seed)
    {
        var generator = new PoolGenerator(seed);
        var experts = generator.Experts(1500);
        var pool = ExpertPool.Build(experts, PoolGenerator.Catalogue);
        var random = new Random(seed);
        for (var r = 0; r < 20; r++)
        {
            // Some weights zero, including competence, so every pruning step meets its edge cases.
            double W() => random.NextDouble() < 0.25 ? 0 : random.NextDouble();
            var weights = new MatchingWeights(W(), W(), W(), W(), W(), W(), W(), W(), W() + 0.01, W());
            var (request, lc) = generator.Request();
            var query = RankingQuery.Create(pool, request, lc, PoolGenerator.Catalogue);

            var top = 1 + random.Next(25);
            var fast = RankingEngine.Rank(pool, query, weights, top);
            var naive = NaiveRanker.Rank(experts, request, lc, PoolGenerator.Catalogue, weights, top);

            Assert.Equal(naive.Select(n => n.ExpertId), fast.Select(c => pool.Ids[c.Index]));
        }
    }

    [Theory]
    [InlineData(11)]
    [InlineData(12)]
    public void Exclusions_AgreeWithTheNaiveReference_ForEveryExpert(int seed)
    {
        var generator = new PoolGenerator(seed);
        var experts = generator.Experts(500);
        var pool = ExpertPool.Build(experts, PoolGenerator.Catalogue);
        var byId = experts.ToDictionary(e => e.Expert.Id.Value);
        for (var r = 0; r < 10; r++)
        {
            var (request, lc) = generator.Request();
            var query = RankingQuery.Create(pool, request, lc, PoolGenerator.Catalogue);
            for (var i = 0; i < pool.Count; i++)
            {
                Assert.Equal(NaiveRanker.Exclusions(byId[pool.Ids[i]], request, lc, PoolGenerator.Catalogue), RankingEngine.Exclusions(pool, query, i));
            }
        }
    }

    [Fact]
    public void Rank_TiesGoToTheLowerExpertId()
    {
        var generator = new PoolGenerator(99);
        var experts = generator.Experts(300);
        var pool = ExpertPool.Build(experts, PoolGenerator.Catalogue);
        var (request, lc) = generator.Request();
        var query = RankingQuery.Create(pool, request, lc, PoolGenerator.Catalogue);
        var onlyLoad = new MatchingWeights(0, 0, 0, 0, 0, 0, 0, 1, 0); // few distinct values: many ties

        var ranked = RankingEngine.Rank(pool, query, onlyLoad, 50);

        for (var k = 1; k < ranked.Length; k++)
        {
            Assert.True(ranked[k - 1].Score > ranked[k].Score || (ranked[k - 1].Score == ranked[k].Score && ranked[k - 1].Index < ranked[k].Index));
        }
    }

    [Fact]
    public void Rank_FewerEligibleThanTop_ReturnsOnlyTheEligible()
    {
        var generator = new PoolGenerator(5);
        var experts = generator.Experts(20);
        var pool = ExpertPool.Build(experts, PoolGenerator.Catalogue);
        var (request, lc) = generator.Request();
        var query = RankingQuery.Create(pool, request, lc, PoolGenerator.Catalogue);

        var ranked = RankingEngine.Rank(pool, query, MatchingWeights.Default, 200);

        var eligible = Enumerable.Range(0, pool.Count).Count(i => RankingEngine.Exclusions(pool, query, i) == ExclusionReason.None);
        Assert.Equal(eligible, ranked.Length);
    }

    [Fact]
    public void Rank_AlreadyProposedExperts_AreExcluded()
    {
        var generator = new PoolGenerator(6);
        var experts = generator.Experts(200);
        var pool = ExpertPool.Build(experts, PoolGenerator.Catalogue);
        var (request, lc) = generator.Request();
        var first = RankingEngine.Rank(pool, RankingQuery.Create(pool, request, lc, PoolGenerator.Catalogue), MatchingWeights.Default, 3);
        Assert.NotEmpty(first);

        var query = RankingQuery.Create(pool, request, lc, PoolGenerator.Catalogue, [pool.Ids[first[0].Index]]);
        var second = RankingEngine.Rank(pool, query, MatchingWeights.Default, 3);

        Assert.DoesNotContain(second, c => c.Index == first[0].Index);
        Assert.Equal(ExclusionReason.AlreadyProposed, RankingEngine.Exclusions(pool, query, first[0].Index));
    }
}
