using System.Net;
using LcPeers.Api.Tests.Infrastructure;

namespace LcPeers.Api.Tests.Matching;

/// <summary>Ratings from past engagements feed the ranking's track-record factor.</summary>
public sealed class TrackRecordRankingTests(MailFixture factory) : IClassFixture<MailFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CoordinatorRating_RaisesTheExpertsTrackRecord()
    {
        var tag = Scenario.NewTag();
        var past = await new Scenario(factory, tag).WithRequestAsync();
        var (rated, _, engagement) = await past.EngagedAsync(1);
        var unrated = await past.RegisterExpertAsync(2);
        Assert.Equal(HttpStatusCode.OK, (await past.Staff.PostAsync($"/api/engagements/{engagement}/complete", null, Ct)).StatusCode);
        await (await past.Coordinator.PostJsonAsync($"/api/engagements/{engagement}/feedback", new { rating = 5, comment = "Uitstekend" }))
            .ReadJsonAsync(HttpStatusCode.Created);

        var next = await new Scenario(factory, Scenario.NewTag()).WithRequestAsync("Connectr");
        var candidates = await (await next.Staff.GetAsync($"/api/requests/{next.RequestId}/candidates?top=200", Ct)).ReadJsonAsync(HttpStatusCode.OK);

        double TrackRecord(Guid expert) => candidates.GetProperty("candidates").EnumerateArray()
            .Single(c => c.GetProperty("expertId").GetGuid() == expert)
            .GetProperty("factors").EnumerateArray().Single(f => f.GetProperty("factor").GetString() == "track-record").GetProperty("value").GetDouble();

        // One 5 among the prior's three 3.5s: (5 + 3 × 3.5) / 4 = 3.875 → (3.875 − 1) / 4.
        Assert.Equal((3.875 - 1) / 4, TrackRecord(rated), 6);
        Assert.Equal((3.5 - 1) / 4, TrackRecord(unrated), 6);
    }

    [Fact]
    public async Task Export_IncludesProposalsEngagementsAndFeedback()
    {
        var s = await new Scenario(factory, Scenario.NewTag()).WithRequestAsync();
        var (_, proposal, engagement) = await s.EngagedAsync(1);
        Assert.Equal(HttpStatusCode.OK, (await s.Staff.PostAsync($"/api/engagements/{engagement}/complete", null, Ct)).StatusCode);
        await (await s.Coordinator.PostJsonAsync($"/api/engagements/{engagement}/feedback", new { rating = 4, comment = "Goed" })).ReadJsonAsync(HttpStatusCode.Created);

        var export = await (await s.Expert(1).GetAsync("/api/experts/me/export", Ct)).ReadJsonAsync(HttpStatusCode.OK);

        Assert.Equal(proposal, Assert.Single(export.GetProperty("proposals").EnumerateArray()).GetProperty("id").GetGuid());
        var exported = Assert.Single(export.GetProperty("engagements").EnumerateArray());
        Assert.Equal(engagement, exported.GetProperty("id").GetGuid());
        Assert.Equal("completed", exported.GetProperty("status").GetString());
        var rating = Assert.Single(export.GetProperty("feedback").EnumerateArray());
        Assert.Equal(4, rating.GetProperty("rating").GetInt32());
        Assert.Equal("coordinator", rating.GetProperty("role").GetString());
    }
}
