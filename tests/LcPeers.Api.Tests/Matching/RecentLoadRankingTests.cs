using System.Net;
using LcPeers.Api.Tests.Infrastructure;

namespace LcPeers.Api.Tests.Matching;

/// <summary>Engagements begun in the last 12 months, closed ones too, feed the recent-load factor; the weights page's API carries its weight.</summary>
public sealed class RecentLoadRankingTests(MailFixture factory) : IClassFixture<MailFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CompletedEngagement_StillCountsAsRecentLoad_AndLowersTheScore()
    {
        var past = await new Scenario(factory, Scenario.NewTag()).WithRequestAsync();
        var (busy, _, engagement) = await past.EngagedAsync(1);
        var quiet = await past.RegisterExpertAsync(2);
        Assert.Equal(HttpStatusCode.OK, (await past.Staff.PostAsync($"/api/engagements/{engagement}/complete", null, Ct)).StatusCode);

        var next = await new Scenario(factory, Scenario.NewTag()).WithRequestAsync("Connectr");
        var candidates = await (await next.Staff.GetAsync($"/api/requests/{next.RequestId}/candidates?top=200", Ct)).ReadJsonAsync(HttpStatusCode.OK);

        double RecentLoad(Guid expert) => candidates.GetProperty("candidates").EnumerateArray()
            .Single(c => c.GetProperty("expertId").GetGuid() == expert)
            .GetProperty("factors").EnumerateArray().Single(f => f.GetProperty("factor").GetString() == "recent-load").GetProperty("value").GetDouble();

        Assert.Equal(1.0 / 2, RecentLoad(busy), 6);
        Assert.Equal(1.0, RecentLoad(quiet), 6);
        var weights = await (await past.Staff.GetAsync("/api/matching/weights", Ct)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(0.04, weights.GetProperty("defaults").GetProperty("recentLoad").GetDouble(), 6);
    }
}
