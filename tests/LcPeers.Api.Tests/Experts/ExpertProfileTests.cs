using System.Net;
using System.Text.Json;
using LcPeers.Api.Tests.Infrastructure;
using LcPeers.Domain.Common;

namespace LcPeers.Api.Tests.Experts;

public sealed class ExpertProfileTests(LcPeersApiFactory factory) : IClassFixture<LcPeersApiFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<(HttpClient Client, Guid Id)> RegisterAsync(string email)
    {
        var client = factory.ClientAs(email, "Expert");
        var created = await (await client.PostJsonAsync("/api/experts", Bodies.Expert(email: email))).ReadJsonAsync(HttpStatusCode.Created);
        return (client, created.GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task Register_AsExpert_StoresTheWholeProfile()
    {
        var (client, id) = await RegisterAsync("anna.register@example.nl");

        var me = await (await client.GetAsync("/api/experts/me", Ct)).ReadJsonAsync(HttpStatusCode.OK);

        Assert.Equal(id, me.GetProperty("id").GetGuid());
        Assert.Equal("anna.register@example.nl", me.GetProperty("email").GetString());
        Assert.Equal(["webber", "peer-reviewer"], me.GetProperty("rolesOffered").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(3, me.GetProperty("competences")[0].GetProperty("level").GetInt32());
        Assert.Equal("Actiescan Learning Communities", me.GetProperty("tools")[0].GetProperty("name").GetString());
        Assert.Equal("continuation", me.GetProperty("phasesGuided")[0].GetProperty("phase").GetString());
        Assert.Equal(["Zeeland", "Zuid-Holland"], me.GetProperty("regions").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("2027-07-01", me.GetProperty("availability")[0].GetProperty("from").GetString());
        Assert.False(me.GetProperty("availability")[0].GetProperty("available").GetBoolean());
        Assert.True(me.GetProperty("consent").GetBoolean());
        Assert.Equal(1, me.GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task Register_Twice_Is409()
    {
        var (client, _) = await RegisterAsync("twice@example.nl");

        var second = await client.PostJsonAsync("/api/experts", Bodies.Expert(email: "twice@example.nl"));

        await second.AssertProblemCodeAsync(HttpStatusCode.Conflict, RuleCodes.Expert.AlreadyRegistered);
    }

    [Fact]
    public async Task Register_ToolById_IsAccepted()
    {
        var tools = await (await factory.CreateClient().GetAsync("/api/tools?phase=deepening", Ct)).ReadJsonAsync(HttpStatusCode.OK);
        var peerReview = tools.GetProperty("items").EnumerateArray().First(t => t.GetProperty("name").GetString() == "Peer review").GetProperty("id").GetGuid();
        var client = factory.ClientAs("by-id@example.nl", "Expert");

        var created = await client.PostJsonAsync("/api/experts", Bodies.Expert(email: "by-id@example.nl").With("tools", new[] { peerReview.ToString() }));

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var me = await (await client.GetAsync("/api/experts/me", Ct)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal("Peer review", me.GetProperty("tools")[0].GetProperty("name").GetString());
    }

    [Fact]
    public async Task Register_AsStaff_OnBehalf_OwnedByTheGivenEmail()
    {
        var created = await (await factory.StaffClient().PostJsonAsync("/api/experts", Bodies.Expert("Piet Jansen", "piet@example.nl"))).ReadJsonAsync(HttpStatusCode.Created);

        var me = await (await factory.ClientAs("piet@example.nl", "Expert").GetAsync("/api/experts/me", Ct)).ReadJsonAsync(HttpStatusCode.OK);

        Assert.Equal(created.GetProperty("id").GetGuid(), me.GetProperty("id").GetGuid());
    }

    [Theory]
    [InlineData("displayName", "", "displayName")]
    [InlineData("email", "not-an-email", "email")]
    [InlineData("rolesOffered", "[\"astronaut\"]", "rolesOffered[0]")]
    [InlineData("competences", "[{\"bottleneck\":\"continuity\",\"level\":4}]", "competences[0].level")]
    [InlineData("competences", "[{\"bottleneck\":\"luck\",\"level\":2}]", "competences[0].bottleneck")]
    [InlineData("processCompetences", "[\"juggling\"]", "processCompetences[0]")]
    [InlineData("tools", "[\"Crystal ball\"]", "tools[0]")]
    [InlineData("phasesGuided", "[{\"phase\":\"later\",\"count\":1}]", "phasesGuided[0].phase")]
    [InlineData("regions", "[\"Atlantis\"]", "regions[0]")]
    [InlineData("languages", "[\"fr\"]", "languages[0]")]
    [InlineData("hoursPerMonth", "-1", "hoursPerMonth")]
    [InlineData("availability", "[{\"from\":\"2027-09-01\",\"to\":\"2027-08-01\",\"available\":false}]", "availability[0].to")]
    [InlineData("availability", "[{\"from\":\"1 sept\",\"to\":\"2027-08-01\",\"available\":false}]", "availability[0].from")]
    public async Task Register_BadField_Is400NamingIt_AndStoresNothing(string key, string json, string field)
    {
        var email = $"bad-{Guid.NewGuid():N}@example.nl";
        var client = factory.ClientAs(email, "Expert");
        var body = Bodies.Expert(email: email).With(key, JsonDocument.Parse(json.StartsWith('[') || json.StartsWith('-') ? json : $"\"{json}\"").RootElement);

        var response = await client.PostJsonAsync("/api/experts", body);

        await response.AssertValidationProblemAsync(field);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/experts/me", Ct)).StatusCode);
    }

    [Fact]
    public async Task Update_ByOwner_WithVersion_Saves()
    {
        var (client, id) = await RegisterAsync("update-owner@example.nl");

        var updated = await (await client.PutJsonAsync($"/api/experts/{id}",
            Bodies.Expert("Anna de Vries-Bakker", "update-owner@example.nl").With("consent", false).With("version", 1))).ReadJsonAsync(HttpStatusCode.OK);

        Assert.Equal("Anna de Vries-Bakker", updated.GetProperty("displayName").GetString());
        Assert.False(updated.GetProperty("consent").GetBoolean());
        Assert.Equal(2, updated.GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task Update_StaleVersion_Is409_AndKeepsTheNewerProfile()
    {
        var (client, id) = await RegisterAsync("stale@example.nl");
        Assert.Equal(HttpStatusCode.OK, (await client.PutJsonAsync($"/api/experts/{id}", Bodies.Expert("First", "stale@example.nl").With("version", 1))).StatusCode);

        var stale = await factory.StaffClient().PutJsonAsync($"/api/experts/{id}", Bodies.Expert("Second", "stale@example.nl").With("version", 1));

        await stale.AssertProblemCodeAsync(HttpStatusCode.Conflict, RuleCodes.Concurrency.StaleVersion);
        var me = await (await client.GetAsync("/api/experts/me", Ct)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal("First", me.GetProperty("displayName").GetString());
    }

    [Fact]
    public async Task SetAvailability_ByOwner_ReplacesPeriodsAndHours()
    {
        var (client, id) = await RegisterAsync("availability@example.nl");

        var updated = await (await client.PutJsonAsync($"/api/experts/{id}/availability", new
        {
            hoursPerMonth = 8,
            maxConcurrentEngagements = 1,
            availability = new[] { new { from = "2027-01-01", to = "2027-03-31", available = true } },
            version = 1,
        })).ReadJsonAsync(HttpStatusCode.OK);

        Assert.Equal(8, updated.GetProperty("hoursPerMonth").GetInt32());
        Assert.Equal(1, updated.GetProperty("maxConcurrentEngagements").GetInt32());
        var period = Assert.Single(updated.GetProperty("availability").EnumerateArray());
        Assert.True(period.GetProperty("available").GetBoolean());
    }

    [Fact]
    public async Task RegisterUpdateAndAvailability_AreAudited_WithWhoActed()
    {
        var (client, id) = await RegisterAsync("audited@example.nl");
        factory.Time.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(HttpStatusCode.OK, (await factory.StaffClient().PutJsonAsync($"/api/experts/{id}", Bodies.Expert("Audited", "audited@example.nl").With("version", 1))).StatusCode);
        factory.Time.Advance(TimeSpan.FromMinutes(1));
        await (await client.PutJsonAsync($"/api/experts/{id}/availability", new { hoursPerMonth = 4, maxConcurrentEngagements = 1, version = 2 })).ReadJsonAsync(HttpStatusCode.OK);

        var audit = (await (await factory.StaffClient().GetAsync($"/api/audit?entityId={id}", Ct)).ReadJsonAsync(HttpStatusCode.OK)).EnumerateArray().ToList();

        Assert.Equal(["register", "profile-updated", "availability-changed"], audit.Select(a => a.GetProperty("action").GetString()));
        Assert.All(audit, a => Assert.Equal("expert", a.GetProperty("entityType").GetString()));
        Assert.Equal("audited@example.nl", audit[0].GetProperty("actor").GetString());
        Assert.Equal("staff@tse.example", audit[1].GetProperty("actor").GetString());
        Assert.StartsWith("4 h/month", audit[2].GetProperty("to").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OtherExpert_CannotReadOrEditMyProfile()
    {
        var (_, id) = await RegisterAsync("private@example.nl");
        var other = factory.ClientAs("nosy@example.nl", "Expert");

        Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync($"/api/experts/{id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.PutJsonAsync($"/api/experts/{id}", Bodies.Expert("Hijack", "private@example.nl").With("version", 1))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.PutJsonAsync($"/api/experts/{id}/availability", new { hoursPerMonth = 0, maxConcurrentEngagements = 0, version = 1 })).StatusCode);
    }

    [Fact]
    public async Task Coordinator_CannotReadExpertProfiles()
    {
        var (_, id) = await RegisterAsync("hidden@example.nl");

        var response = await factory.ClientAs("coordinator@lc.example", "Coordinator").GetAsync($"/api/experts/{id}", Ct);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Anonymous_IsRefusedEverywhere()
    {
        var anonymous = factory.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/experts/me", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/experts", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostJsonAsync("/api/experts", Bodies.Expert())).StatusCode);
    }

    [Fact]
    public async Task List_StaffOnly_FiltersByCompetencePhaseRegionAndTool()
    {
        await RegisterAsync("list-a@example.nl");
        await factory.StaffClient().PostJsonAsync("/api/experts", Bodies.Expert("Limburg Lisa", "list-b@example.nl")
            .With("regions", new[] { "Limburg" }).With("competences", new[] { new { bottleneck = "certification", level = 2 } }).With("tools", Array.Empty<string>()));

        Assert.Equal(HttpStatusCode.Forbidden, (await factory.ClientAs("list-a@example.nl", "Expert").GetAsync("/api/experts", Ct)).StatusCode);

        var staff = factory.StaffClient();
        var byRegion = await (await staff.GetAsync("/api/experts?region=limburg&pageSize=200", Ct)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Contains(byRegion.GetProperty("items").EnumerateArray(), e => e.GetProperty("displayName").GetString() == "Limburg Lisa");
        Assert.DoesNotContain(byRegion.GetProperty("items").EnumerateArray(), e => e.GetProperty("regions").EnumerateArray().All(r => r.GetString() != "Limburg"));

        var byCompetence = await (await staff.GetAsync("/api/experts?competence=certification&pageSize=200", Ct)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.All(byCompetence.GetProperty("items").EnumerateArray(),
            e => Assert.Contains(e.GetProperty("competences").EnumerateArray(), c => c.GetProperty("bottleneck").GetString() == "certification"));
        Assert.NotEqual(0, byCompetence.GetProperty("totalCount").GetInt32());

        var byTool = await (await staff.GetAsync("/api/experts?tool=Actiescan Learning Communities&phase=continuation&pageSize=200", Ct)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Contains(byTool.GetProperty("items").EnumerateArray(), e => e.GetProperty("email").GetString() == "list-a@example.nl");
        Assert.DoesNotContain(byTool.GetProperty("items").EnumerateArray(), e => e.GetProperty("displayName").GetString() == "Limburg Lisa");

        await (await staff.GetAsync("/api/experts?region=Atlantis", Ct)).AssertValidationProblemAsync("region");
        await (await staff.GetAsync("/api/experts?tool=Crystal ball", Ct)).AssertValidationProblemAsync("tool");
    }

    [Fact]
    public async Task Export_ContainsEverythingAboutMe()
    {
        var (client, id) = await RegisterAsync("export@example.nl");

        var export = await (await client.GetAsync("/api/experts/me/export", Ct)).ReadJsonAsync(HttpStatusCode.OK);

        Assert.Equal("export@example.nl", export.GetProperty("accountEmail").GetString());
        Assert.Equal(id, export.GetProperty("profile").GetProperty("id").GetGuid());
        Assert.Equal("Adviesbureau Vries", export.GetProperty("profile").GetProperty("organisations")[0].GetString());
    }

    [Fact]
    public async Task Erase_RemovesPersonalData_KeepsAnonymousStub_AndAllowsAFreshStart()
    {
        var (client, id) = await RegisterAsync("erase@example.nl");

        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync("/api/experts/me", Ct)).StatusCode);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/experts/me", Ct)).StatusCode);
        var stub = await (await factory.StaffClient().GetAsync($"/api/experts/{id}", Ct)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.True(stub.GetProperty("erased").GetBoolean());
        Assert.Equal(JsonValueKind.Null, stub.GetProperty("email").ValueKind);
        Assert.Equal(0, stub.GetProperty("organisations").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, stub.GetProperty("bio").ValueKind);
        Assert.False(stub.GetProperty("consent").GetBoolean());
        Assert.DoesNotContain("erase@example.nl", stub.GetRawText(), StringComparison.Ordinal);

        var again = await client.PostJsonAsync("/api/experts", Bodies.Expert(email: "erase@example.nl"));
        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
    }
}
