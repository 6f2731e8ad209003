using LcPeers.Domain.Matching;

namespace LcPeers.Domain.Tests;

public sealed class WorkConcentrationTests
{
    [Fact]
    public void OneExpertHoldingEverything_InAPoolOfFour_HasGiniThreeQuarters_AndTheTopTenthHoldsAll()
    {
        var c = WorkConcentration.Of([10], poolSize: 4);
        Assert.Equal(4, c.Experts);
        Assert.Equal(10, c.Engagements);
        Assert.Equal(1.0, c.TopDecileShare, 10);
        Assert.Equal(0.75, c.Gini, 10); // Σ|xi − xj| = 60 over 2·n²·mean = 80
    }

    [Fact]
    public void EvenWork_HasGiniZero_AndTheTopTenthHoldsItsShare()
    {
        var c = WorkConcentration.Of(Enumerable.Repeat(2, 20), poolSize: 20);
        Assert.Equal(0, c.Gini, 10);
        Assert.Equal(0.1, c.TopDecileShare, 10); // the busiest 2 of 20 hold 4 of 40
    }

    [Fact]
    public void MatchesTheDefinitionOverAllPairs_OnRandomPools()
    {
        var random = new Random(20261202);
        for (var round = 0; round < 50; round++)
        {
            var pool = random.Next(1, 40);
            var counts = Enumerable.Range(0, random.Next(0, pool + 1)).Select(_ => random.Next(0, 6)).ToList();
            var c = WorkConcentration.Of(counts, pool);

            var all = counts.Concat(Enumerable.Repeat(0, pool - counts.Count)).Select(x => (double)x).ToList();
            var total = all.Sum();
            var expected = total == 0 ? 0 : all.Sum(a => all.Sum(b => Math.Abs(a - b))) / (2.0 * all.Count * all.Count * (total / all.Count));
            Assert.Equal(expected, c.Gini, 9);
            var top = all.OrderDescending().Take((int)Math.Ceiling(pool / 10.0)).Sum();
            Assert.Equal(total == 0 ? 0 : top / total, c.TopDecileShare, 9);
        }
    }

    [Fact]
    public void NoWork_IsNotConcentrated()
    {
        Assert.Equal(0, WorkConcentration.Of([], 5).Gini);
        Assert.Equal(0, WorkConcentration.Of([0, 0], 0).TopDecileShare);
    }
}
