using System.Net;
using System.Text.Json;
using LcPeers.Api.Tests.Infrastructure;

namespace LcPeers.Api.Tests.Workflow;

/// <summary>Responses carry the actions the signed-in user may take now, and they follow the transitions.</summary>
public sealed class AllowedActionsTests(MailFixture factory) : IClassFixture<MailFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string[] Actions(JsonElement response) =>
        [.. response.GetProperty("actions").EnumerateArray().Select(a => a.GetString()!)];

    private static async Task<string[]> ActionsAtAsync(HttpClient client, string url) =>
        Actions(await (await client.GetAsync(url, Ct)).ReadJsonAsync(HttpStatusCode.OK));

    [Fact]
    public async Task Request_ActionsFollowItsStatus_AndDifferForCoordinatorAndStaff()
    {
        var s = await new Scenario(factory, Scenario.NewTag()).WithRequestAsync();
        var draft = (await (await s.Coordinator.PostJsonAsync("/api/requests", Bodies.Request(s.LcId))).ReadJsonAsync(HttpStatusCode.Created))
            .GetProperty("id").GetGuid();
        var url = $"/api/requests/{draft}";

        Assert.Equal(["edit", "submit", "withdraw"], await ActionsAtAsync(s.Coordinator, url));
        Assert.Equal(["edit", "submit", "withdraw", "cancel"], await ActionsAtAsync(s.Staff, url));

        var submitted = await (await s.Coordinator.PostAsync($"{url}/submit", null, Ct)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(["edit", "withdraw"], Actions(submitted));
        Assert.Equal(["edit", "withdraw", "cancel", "propose"], await ActionsAtAsync(s.Staff, url));

        var listed = await (await s.Coordinator.GetAsync($"/api/requests?lcId={s.LcId}&status=submitted&pageSize=100", Ct)).ReadJsonAsync(HttpStatusCode.OK);
        var item = listed.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("id").GetGuid() == draft);
        Assert.Equal(["edit", "withdraw"], Actions(item));

        var withdrawn = await (await s.Coordinator.PostJsonAsync($"{url}/withdraw", new { reason = "Solved it ourselves" })).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal("withdrawn", withdrawn.GetProperty("status").GetString());
        Assert.Empty(Actions(withdrawn));
        Assert.Empty(await ActionsAtAsync(s.Staff, url));
    }

    [Fact]
    public async Task Proposal_StaffDecide_ThenOnlyTheInvitedExpertAnswers()
    {
        var s = await new Scenario(factory, Scenario.NewTag()).WithRequestAsync();
        var expert = await s.RegisterExpertAsync(1);
        await s.RegisterExpertAsync(2);
        var proposal = (await s.ProposeAsync((expert, false)))[0];
        var url = $"/api/proposals/{proposal}";

        Assert.Equal(["approve", "reject"], await ActionsAtAsync(s.Staff, url));

        var approved = await (await s.Staff.PostAsync($"{url}/approve", null, Ct)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal("approved", approved.GetProperty("status").GetString());
        Assert.Empty(Actions(approved));
        Assert.Empty(await ActionsAtAsync(s.Staff, url));
        Assert.Equal(["accept", "decline"], await ActionsAtAsync(s.Expert(1), url));

        var invitation = Assert.Single((await (await s.Expert(1).GetAsync("/api/experts/me/invitations", Ct)).ReadJsonAsync(HttpStatusCode.OK)).EnumerateArray());
        Assert.Equal(["accept", "decline"], Actions(invitation));
        Assert.Empty((await (await s.Expert(2).GetAsync("/api/experts/me/invitations", Ct)).ReadJsonAsync(HttpStatusCode.OK)).EnumerateArray());

        var accepted = await (await s.Expert(1).PostAsync($"{url}/accept", null, Ct)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal("accepted", accepted.GetProperty("status").GetString());
        Assert.Empty(Actions(accepted));
        Assert.Empty(await ActionsAtAsync(s.Expert(1), url));
    }

    [Fact]
    public async Task Engagement_AndItsSessions_OfferWhatEachParticipantMayDo_UntilClosed_ThenFeedbackOncePerSide()
    {
        var s = await new Scenario(factory, Scenario.NewTag()).WithRequestAsync();
        var (_, _, engagementId) = await s.EngagedAsync(1);
        var url = $"/api/engagements/{engagementId}";

        Assert.Equal(["complete", "schedule-session"], await ActionsAtAsync(s.Coordinator, url));
        Assert.Equal(["complete", "schedule-session"], await ActionsAtAsync(s.Staff, url));
        Assert.Equal(["schedule-session"], await ActionsAtAsync(s.Expert(1), url));

        var sessionId = (await (await s.Coordinator.PostJsonAsync($"{url}/sessions", new
        {
            title = "Kennismaking",
            start = "2027-03-02T10:00:00",
            end = "2027-03-02T11:00:00",
            location = "Den Helder",
        })).ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var moved = await (await s.Expert(1).PutJsonAsync($"{url}/sessions/{sessionId}", new
        {
            title = "Kennismaking",
            start = "2027-03-03T10:00:00",
            end = "2027-03-03T11:00:00",
            location = "Den Helder",
        })).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(["reschedule", "cancel"], Actions(moved));
        var listed = (await (await s.Expert(1).GetAsync("/api/experts/me/engagements", Ct)).ReadJsonAsync(HttpStatusCode.OK)).EnumerateArray()
            .Single(e => e.GetProperty("id").GetGuid() == engagementId);
        Assert.Equal(["schedule-session"], Actions(listed));
        Assert.Equal(["reschedule", "cancel"], Actions(Assert.Single(listed.GetProperty("sessions").EnumerateArray())));

        var completed = await (await s.Coordinator.PostAsync($"{url}/complete", null, Ct)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(["give-feedback"], Actions(completed));
        Assert.All(completed.GetProperty("sessions").EnumerateArray(), x => Assert.Empty(Actions(x)));
        Assert.Empty(await ActionsAtAsync(s.Staff, url));

        await (await s.Coordinator.PostJsonAsync($"{url}/feedback", new { rating = 4, comment = "Goed" })).ReadJsonAsync(HttpStatusCode.Created);
        Assert.Empty(await ActionsAtAsync(s.Coordinator, url));
        Assert.Equal(["give-feedback"], await ActionsAtAsync(s.Expert(1), url));
    }
}
