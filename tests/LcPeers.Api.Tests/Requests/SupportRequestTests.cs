using System.Net;
using System.Text.Json;
using LcPeers.Api.Tests.Infrastructure;
using LcPeers.Domain.Common;

namespace LcPeers.Api.Tests.Requests;

public sealed class SupportRequestTests(LcPeersApiFactory factory) : IClassFixture<LcPeersApiFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<Guid> LcIdAsync(string name)
    {
        var page = await (await factory.CreateClient().GetAsync($"/api/learning-communities?q={Uri.EscapeDataString(name)}", Ct)).ReadJsonAsync(HttpStatusCode.OK);
        return page.GetProperty("items").EnumerateArray().First(i => i.GetProperty("name").GetString() == name).GetProperty("id").GetGuid();
    }

    private async Task<HttpClient> CoordinatorOfAsync(Guid lcId, string email)
    {
        var link = await factory.StaffClient().PutAsync($"/api/learning-communities/{lcId}/coordinators/{email}", null, Ct);
        Assert.Equal(HttpStatusCode.NoContent, link.StatusCode);
        return factory.ClientAs(email, "Coordinator");
    }

    private static async Task<Guid> CreateAsync(HttpClient client, Dictionary<string, object?> body) =>
        (await (await client.PostJsonAsync("/api/requests", body)).ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();

    [Fact]
    public async Task LinkedCoordinator_CreatesAndSubmits_HistoryRecordsWhoAndWhen()
    {
        var lc = await LcIdAsync("CIV Wind op Zee");
        var coordinator = await CoordinatorOfAsync(lc, "aanjager@civwindopzee.example");

        var id = await CreateAsync(coordinator, Bodies.Request(lc));
        var draft = await (await coordinator.GetAsync($"/api/requests/{id}", Ct)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal("draft", draft.GetProperty("status").GetString());
        Assert.Equal("CIV Wind op Zee", draft.GetProperty("learningCommunityName").GetString());

        factory.Time.Advance(TimeSpan.FromHours(2));
        var submitted = await (await coordinator.PostAsync($"/api/requests/{id}/submit", null, Ct)).ReadJsonAsync(HttpStatusCode.OK);

        Assert.Equal("submitted", submitted.GetProperty("status").GetString());
        var history = submitted.GetProperty("history").EnumerateArray().ToList();
        Assert.Equal(2, history.Count);
        Assert.Equal(JsonValueKind.Null, history[0].GetProperty("from").ValueKind);
        Assert.Equal("draft", history[1].GetProperty("from").GetString());
        Assert.Equal("submitted", history[1].GetProperty("to").GetString());
        Assert.Equal("aanjager@civwindopzee.example", history[1].GetProperty("by").GetString());
        Assert.Equal(factory.Time.GetUtcNow(), history[1].GetProperty("at").GetDateTimeOffset());
    }

    [Fact]
    public async Task Coordinator_IsRefusedForAnotherLc_AndItsRequests()
    {
        var mine = await LcIdAsync("SEECE");
        var theirs = await LcIdAsync("TransAct");
        var me = await CoordinatorOfAsync(mine, "me@seece.example");
        var them = await CoordinatorOfAsync(theirs, "them@transact.example");
        var theirRequest = await CreateAsync(them, Bodies.Request(theirs));

        Assert.Equal(HttpStatusCode.Forbidden, (await me.PostJsonAsync("/api/requests", Bodies.Request(theirs))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await me.GetAsync($"/api/requests/{theirRequest}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await me.PostAsync($"/api/requests/{theirRequest}/submit", null, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await me.PostAsync($"/api/requests/{theirRequest}/withdraw", null, Ct)).StatusCode);

        var list = await (await me.GetAsync("/api/requests?pageSize=200", Ct)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.DoesNotContain(list.GetProperty("items").EnumerateArray(), r => r.GetProperty("id").GetGuid() == theirRequest);
    }

    [Fact]
    public async Task Staff_ListAllRequests_FilteredByStatusAndLc()
    {
        var a = await LcIdAsync("Gas erop!");
        var b = await LcIdAsync("GreenVillage");
        var coordA = await CoordinatorOfAsync(a, "a@gaserop.example");
        var coordB = await CoordinatorOfAsync(b, "b@greenvillage.example");
        var ra = await CreateAsync(coordA, Bodies.Request(a));
        var rb = await CreateAsync(coordB, Bodies.Request(b));
        await coordB.PostAsync($"/api/requests/{rb}/submit", null, Ct);

        var staff = factory.StaffClient();
        var all = await (await staff.GetAsync("/api/requests?pageSize=200", Ct)).ReadJsonAsync(HttpStatusCode.OK);
        var ids = all.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("id").GetGuid()).ToList();
        Assert.Contains(ra, ids);
        Assert.Contains(rb, ids);

        var submitted = await (await staff.GetAsync($"/api/requests?status=submitted&lcId={b}", Ct)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal([rb], submitted.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("id").GetGuid()));

        var coordList = await (await coordA.GetAsync("/api/requests?pageSize=200", Ct)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.All(coordList.GetProperty("items").EnumerateArray(), r => Assert.Equal(a, r.GetProperty("learningCommunityId").GetGuid()));
    }

    [Fact]
    public async Task Phase_DefaultsToTheLcsCurrentPhase()
    {
        var staff = factory.StaffClient();
        var lc = await LcIdAsync("HyScaling");
        var current = await (await staff.GetAsync($"/api/learning-communities/{lc}", Ct)).ReadJsonAsync(HttpStatusCode.OK);
        await staff.PutJsonAsync($"/api/learning-communities/{lc}", new { name = "HyScaling", phase = "deepening", version = current.GetProperty("version").GetInt32() });
        var coordinator = await CoordinatorOfAsync(lc, "c@hyscaling.example");

        var id = await CreateAsync(coordinator, Bodies.Request(lc).Without("phase"));

        var request = await (await coordinator.GetAsync($"/api/requests/{id}", Ct)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal("deepening", request.GetProperty("phase").GetString());
    }

    [Fact]
    public async Task Phase_MissingWhenLcHasNone_StaysOpenInTheDraft_AndSubmitNamesPhase()
    {
        var lc = await LcIdAsync("Scale");
        var coordinator = await CoordinatorOfAsync(lc, "c@scale.example");

        var id = await CreateAsync(coordinator, Bodies.Request(lc).Without("phase"));
        var draft = await (await coordinator.GetAsync($"/api/requests/{id}", Ct)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(["phase"], draft.GetProperty("missing").EnumerateArray().Select(m => m.GetString()));

        var submit = await coordinator.PostAsync($"/api/requests/{id}/submit", null, Ct);
        await submit.AssertValidationProblemAsync("phase");
    }

    [Theory]
    [InlineData("end", "2027-01-01", "end")]
    [InlineData("hours", 0, "hours")]
    [InlineData("hours", -5, "hours")]
    [InlineData("expertsWanted", 4, "expertsWanted")]
    [InlineData("kind", "miracle", "kind")]
    [InlineData("format", "telepathy", "format")]
    [InlineData("region", "Atlantis", "region")]
    [InlineData("tool", "Crystal ball", "tool")]
    [InlineData("description", "", "description")]
    [InlineData("languages", "fr", "languages[0]")]
    public async Task Create_BadField_Is400NamingIt_AndStoresNothing(string key, object value, string field)
    {
        var lc = await LcIdAsync("Connectr");
        var coordinator = await CoordinatorOfAsync(lc, "c@connectr.example");
        object? v = key switch
        {
            "languages" => new[] { value },
            _ => value,
        };
        var before = await (await factory.StaffClient().GetAsync($"/api/requests?lcId={lc}", Ct)).ReadJsonAsync(HttpStatusCode.OK);

        var response = await coordinator.PostJsonAsync("/api/requests", Bodies.Request(lc).With(key, v));

        await response.AssertValidationProblemAsync(field);
        var after = await (await factory.StaffClient().GetAsync($"/api/requests?lcId={lc}", Ct)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(before.GetProperty("totalCount").GetInt32(), after.GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Draft_WithOnlyADescription_IsSaved_AndItsSubmitNamesEveryOpenTerm()
    {
        var lc = await LcIdAsync("FiDETT");
        var coordinator = await CoordinatorOfAsync(lc, "c@fidett.example");

        var id = await CreateAsync(coordinator, new Dictionary<string, object?>
        {
            ["learningCommunityId"] = lc,
            ["description"] = "Nog uit te werken: hulp bij het vinden van nieuwe partners.",
        });
        var draft = await (await coordinator.GetAsync($"/api/requests/{id}", Ct)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal("draft", draft.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, draft.GetProperty("kind").ValueKind);
        Assert.Equal(JsonValueKind.Null, draft.GetProperty("start").ValueKind);
        Assert.Equal(["phase", "bottlenecks", "kind", "start", "end", "hours", "format"], draft.GetProperty("missing").EnumerateArray().Select(m => m.GetString()));

        var submit = await coordinator.PostAsync($"/api/requests/{id}/submit", null, Ct);
        var problem = await submit.AssertValidationProblemAsync("kind");
        var fields = problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).Order().ToList();
        Assert.Equal(["bottlenecks", "end", "format", "hours", "kind", "phase", "start"], fields);
        var still = await (await coordinator.GetAsync($"/api/requests/{id}", Ct)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal("draft", still.GetProperty("status").GetString());

        var completed = await (await coordinator.PutJsonAsync($"/api/requests/{id}", Bodies.Request(lc).Without("learningCommunityId").With("version", 1)))
            .ReadJsonAsync(HttpStatusCode.OK);
        Assert.Empty(completed.GetProperty("missing").EnumerateArray());
        var submitted = await (await coordinator.PostAsync($"/api/requests/{id}/submit", null, Ct)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal("submitted", submitted.GetProperty("status").GetString());
    }

    [Fact]
    public async Task ToolFacilitationWithoutTool_IsADraftWhoseSubmitNamesTool()
    {
        var lc = await LcIdAsync("FiDETT");
        var coordinator = await CoordinatorOfAsync(lc, "c2@fidett.example");
        var id = await CreateAsync(coordinator, Bodies.Request(lc).With("kind", "tool-facilitation"));

        var response = await coordinator.PostAsync($"/api/requests/{id}/submit", null, Ct);

        var problem = await response.AssertValidationProblemAsync("tool");
        Assert.Equal(["tool"], problem.GetProperty("errors").EnumerateObject().Select(e => e.Name));
    }

    [Fact]
    public async Task Edit_OfASubmittedRequest_ThatLeavesATermOpen_Is400NamingIt_AndKeepsTheStoredValue()
    {
        var lc = await LcIdAsync("FiDETT");
        var coordinator = await CoordinatorOfAsync(lc, "c3@fidett.example");
        var id = await CreateAsync(coordinator, Bodies.Request(lc));
        await (await coordinator.PostAsync($"/api/requests/{id}/submit", null, Ct)).ReadJsonAsync(HttpStatusCode.OK);
        var current = await (await coordinator.GetAsync($"/api/requests/{id}", Ct)).ReadJsonAsync(HttpStatusCode.OK);

        var response = await coordinator.PutJsonAsync($"/api/requests/{id}",
            Bodies.Request(lc).Without("learningCommunityId").With("hours", null).With("version", current.GetProperty("version").GetInt32()));

        await response.AssertValidationProblemAsync("hours");
        var after = await (await coordinator.GetAsync($"/api/requests/{id}", Ct)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(24, after.GetProperty("hours").GetInt32());
    }

    [Fact]
    public async Task Create_UnknownLc_Is404()
    {
        var response = await factory.StaffClient().PostJsonAsync("/api/requests", Bodies.Request(Guid.NewGuid()));
        await response.AssertProblemCodeAsync(HttpStatusCode.NotFound, "not-found");
    }

    [Fact]
    public async Task Withdraw_ThenSubmit_IsAnInvalidTransition()
    {
        var lc = await LcIdAsync("Hydrogreenn");
        var coordinator = await CoordinatorOfAsync(lc, "c@hydrogreenn.example");
        var id = await CreateAsync(coordinator, Bodies.Request(lc));

        var withdrawn = await (await coordinator.PostJsonAsync($"/api/requests/{id}/withdraw", new { reason = "Found help elsewhere" })).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal("withdrawn", withdrawn.GetProperty("status").GetString());
        Assert.Equal("Found help elsewhere", withdrawn.GetProperty("history")[1].GetProperty("reason").GetString());

        var submit = await coordinator.PostAsync($"/api/requests/{id}/submit", null, Ct);
        await submit.AssertProblemCodeAsync(HttpStatusCode.Conflict, RuleCodes.Request.InvalidTransition);
    }

    [Fact]
    public async Task Cancel_IsForStaffWithAReason()
    {
        var lc = await LcIdAsync("TROEF");
        var coordinator = await CoordinatorOfAsync(lc, "c@troef.example");
        var id = await CreateAsync(coordinator, Bodies.Request(lc));

        Assert.Equal(HttpStatusCode.Forbidden, (await coordinator.PostJsonAsync($"/api/requests/{id}/cancel", new { reason = "x" })).StatusCode);
        await (await factory.StaffClient().PostJsonAsync($"/api/requests/{id}/cancel", new { reason = "" })).AssertValidationProblemAsync("reason");
        var cancelled = await (await factory.StaffClient().PostJsonAsync($"/api/requests/{id}/cancel", new { reason = "Duplicate of another request" })).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal("cancelled", cancelled.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Update_Draft_WithVersion_ThenStale_Is409()
    {
        var lc = await LcIdAsync("GoPro");
        var coordinator = await CoordinatorOfAsync(lc, "c@gopro.example");
        var id = await CreateAsync(coordinator, Bodies.Request(lc));

        var updated = await (await coordinator.PutJsonAsync($"/api/requests/{id}", Bodies.Request(lc).Without("learningCommunityId").With("hours", 40).With("version", 1))).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(40, updated.GetProperty("hours").GetInt32());

        var stale = await coordinator.PutJsonAsync($"/api/requests/{id}", Bodies.Request(lc).Without("learningCommunityId").With("hours", 10).With("version", 1));
        await stale.AssertProblemCodeAsync(HttpStatusCode.Conflict, RuleCodes.Concurrency.StaleVersion);
    }

    [Fact]
    public async Task UnlinkedCoordinator_LosesAccess()
    {
        var lc = await LcIdAsync("Systeemintegratie");
        var coordinator = await CoordinatorOfAsync(lc, "leaving@si.example");
        var id = await CreateAsync(coordinator, Bodies.Request(lc));

        var unlink = await factory.StaffClient().DeleteAsync($"/api/learning-communities/{lc}/coordinators/leaving@si.example", Ct);
        Assert.Equal(HttpStatusCode.NoContent, unlink.StatusCode);

        Assert.Equal(HttpStatusCode.Forbidden, (await coordinator.GetAsync($"/api/requests/{id}", Ct)).StatusCode);
    }

    [Fact]
    public async Task Coordinators_LinkIsStaffOnly_Idempotent_AndListed()
    {
        var lc = await LcIdAsync("Amcel");
        var coordinator = factory.ClientAs("c@amcel.example", "Coordinator");

        Assert.Equal(HttpStatusCode.Forbidden, (await coordinator.PutAsync($"/api/learning-communities/{lc}/coordinators/c@amcel.example", null, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.CreateClient().PutAsync($"/api/learning-communities/{lc}/coordinators/c@amcel.example", null, Ct)).StatusCode);

        var staff = factory.StaffClient();
        Assert.Equal(HttpStatusCode.NoContent, (await staff.PutAsync($"/api/learning-communities/{lc}/coordinators/C@Amcel.example", null, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await staff.PutAsync($"/api/learning-communities/{lc}/coordinators/c@amcel.example", null, Ct)).StatusCode);
        var list = await (await staff.GetAsync($"/api/learning-communities/{lc}/coordinators", Ct)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(["c@amcel.example"], list.EnumerateArray().Select(c => c.GetProperty("email").GetString()));

        var mine = await (await coordinator.GetAsync("/api/learning-communities/mine", Ct)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(["Amcel"], mine.EnumerateArray().Select(l => l.GetProperty("name").GetString()));

        await (await staff.PutAsync($"/api/learning-communities/{lc}/coordinators/not-an-email", null, Ct)).AssertValidationProblemAsync("email");
        Assert.Equal(HttpStatusCode.NotFound, (await staff.PutAsync($"/api/learning-communities/{Guid.NewGuid()}/coordinators/x@y.example", null, Ct)).StatusCode);
    }

    [Theory]
    [InlineData("Expert")]
    [InlineData(null)]
    public async Task Requests_RefuseNonCoordinators(string? role)
    {
        var lc = await LcIdAsync("CHILL");
        var client = role is null ? factory.CreateClient() : factory.ClientAs("x@example.nl", role);
        var expected = role is null ? HttpStatusCode.Unauthorized : HttpStatusCode.Forbidden;

        Assert.Equal(expected, (await client.PostJsonAsync("/api/requests", Bodies.Request(lc))).StatusCode);
        Assert.Equal(expected, (await client.GetAsync("/api/requests", Ct)).StatusCode);
    }

    [Fact]
    public async Task CoordinatorWithoutLink_IsRefused()
    {
        var lc = await LcIdAsync("Waterstofnet");
        var response = await factory.ClientAs("unlinked@example.nl", "Coordinator").PostJsonAsync("/api/requests", Bodies.Request(lc));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
