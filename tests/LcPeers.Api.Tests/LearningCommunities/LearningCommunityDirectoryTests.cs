using System.Net;
using System.Text.Json;
using LcPeers.Api.Tests.Infrastructure;
using LcPeers.Domain.Common;

namespace LcPeers.Api.Tests.LearningCommunities;

public sealed class LearningCommunityDirectoryTests(LcPeersApiFactory factory) : IClassFixture<LcPeersApiFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static object NewLc(string name) => new
    {
        name,
        region = "Groningen",
        phase = "startup",
        type = "other",
        status = "active",
        partnerOrganisations = new[] { "Hanzehogeschool Groningen" },
        sectors = new[] { "urban-energy" },
        partnerCount = 12,
    };

    [Fact]
    public async Task List_Anonymous_ShowsTheReportsLcsWithCountsAsPrinted()
    {
        var page = await (await factory.CreateClient().GetAsync("/api/learning-communities?q=CoE Biobased", Ct)).ReadJsonAsync(HttpStatusCode.OK);

        var lc = Assert.Single(page.GetProperty("items").EnumerateArray());
        Assert.Equal("CoE Biobased Economy", lc.GetProperty("name").GetString());
        Assert.Equal(150, lc.GetProperty("partnerCount").GetInt32());
        Assert.True(lc.GetProperty("partnerCountIsMinimum").GetBoolean());
        Assert.Equal(">150", lc.GetProperty("partnerCountText").GetString());
        Assert.Equal("Zuidwest-Brabant, Zeeland", lc.GetProperty("region").GetString());
        Assert.Equal("coe", lc.GetProperty("type").GetString());
    }

    [Fact]
    public async Task List_UnknownPartnerCountAndRegion_StayUnknown()
    {
        var page = await (await factory.CreateClient().GetAsync("/api/learning-communities?q=CHILL", Ct)).ReadJsonAsync(HttpStatusCode.OK);

        var lc = Assert.Single(page.GetProperty("items").EnumerateArray());
        Assert.Equal(JsonValueKind.Null, lc.GetProperty("partnerCount").ValueKind);
        Assert.Equal(JsonValueKind.Null, lc.GetProperty("region").ValueKind);
    }

    [Fact]
    public async Task List_Paged_ReturnsTotalAndPageSize()
    {
        var page = await (await factory.CreateClient().GetAsync("/api/learning-communities?page=2&pageSize=10&status=active", Ct)).ReadJsonAsync(HttpStatusCode.OK);

        Assert.True(page.GetProperty("totalCount").GetInt32() >= 52);
        Assert.Equal(10, page.GetProperty("items").GetArrayLength());
        Assert.Equal(2, page.GetProperty("page").GetInt32());
        Assert.Equal(10, page.GetProperty("pageSize").GetInt32());
    }

    [Fact]
    public async Task List_ByRegion_MatchesRegionsAsPrinted()
    {
        var page = await (await factory.CreateClient().GetAsync("/api/learning-communities?region=Zeeland&pageSize=200", Ct)).ReadJsonAsync(HttpStatusCode.OK);

        var names = page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("name").GetString()).ToList();
        Assert.Contains("CIV Wind op Zee", names);
        Assert.Contains("CoE Biobased Economy", names);
        Assert.DoesNotContain("100% Duurzaam", names);
    }

    [Theory]
    [InlineData("/api/learning-communities?pageSize=201", "pageSize")]
    [InlineData("/api/learning-communities?pageSize=0", "pageSize")]
    [InlineData("/api/learning-communities?page=0", "page")]
    [InlineData("/api/learning-communities?page=abc", "page")]
    [InlineData("/api/learning-communities?phase=later", "phase")]
    [InlineData("/api/learning-communities?status=asleep", "status")]
    public async Task List_BadQuery_Is400NamingTheField(string url, string field)
    {
        var response = await factory.CreateClient().GetAsync(url, Ct);
        await response.AssertValidationProblemAsync(field);
    }

    [Fact]
    public async Task Get_UnknownId_Is404Problem()
    {
        var response = await factory.CreateClient().GetAsync($"/api/learning-communities/{Guid.NewGuid()}", Ct);
        await response.AssertProblemCodeAsync(HttpStatusCode.NotFound, "not-found");
    }

    [Fact]
    public async Task Create_AsStaff_Is201AndReadableByAnyone()
    {
        var response = await factory.StaffClient().PostJsonAsync("/api/learning-communities", NewLc("Noorderlicht LC"));
        var created = await response.ReadJsonAsync(HttpStatusCode.Created);
        var id = created.GetProperty("id").GetGuid();
        Assert.Equal($"/api/learning-communities/{id}", response.Headers.Location?.OriginalString);

        var lc = await (await factory.CreateClient().GetAsync($"/api/learning-communities/{id}", Ct)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal("Noorderlicht LC", lc.GetProperty("name").GetString());
        Assert.Equal("startup", lc.GetProperty("phase").GetString());
        Assert.Equal(["Hanzehogeschool Groningen"], lc.GetProperty("partnerOrganisations").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["urban-energy"], lc.GetProperty("sectors").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(1, lc.GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task Create_Anonymous_Is401()
    {
        var response = await factory.CreateClient().PostJsonAsync("/api/learning-communities", NewLc("Anon LC"));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("Coordinator")]
    [InlineData("Expert")]
    public async Task Create_WithoutStaffRole_Is403(string role)
    {
        var response = await factory.ClientAs("someone@example.nl", role).PostJsonAsync("/api/learning-communities", NewLc($"{role} LC"));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Create_AsAdmin_IsAllowed()
    {
        var response = await factory.ClientAs("admin@tse.example", "Admin").PostJsonAsync("/api/learning-communities", NewLc("Admin LC"));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task Create_TokenFromAnotherKey_Is401()
    {
        var client = factory.CreateClient();
        var token = LcPeersApiFactory.Token("staff@tse.example", "Staff");
        client.DefaultRequestHeaders.Authorization = new("Bearer", token[..^4] + "AAAA");
        var response = await client.PostJsonAsync("/api/learning-communities", NewLc("Forged LC"));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("""{ "name": "", "phase": "startup" }""", "name")]
    [InlineData("""{ "name": "X LC", "phase": "someday" }""", "phase")]
    [InlineData("""{ "name": "X LC", "sectors": ["moon"] }""", "sectors[0]")]
    [InlineData("""{ "name": "X LC", "partnerCount": "twelve" }""", "partnerCount")]
    [InlineData("""{ "name": "X LC", "contacts": [{ "name": "Els", "email": "nope" }] }""", "contacts[0].email")]
    [InlineData("""{ "name": "X LC", """, "body")]
    public async Task Create_BadBody_Is400NamingTheField_AndStoresNothing(string body, string field)
    {
        var client = factory.StaffClient();
        var before = await CountAsync(client);

        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        var response = await client.PostAsync("/api/learning-communities", content, Ct);

        await response.AssertValidationProblemAsync(field);
        Assert.Equal(before, await CountAsync(client));
    }

    [Fact]
    public async Task Create_DuplicateName_Is409()
    {
        var client = factory.StaffClient();
        Assert.Equal(HttpStatusCode.Created, (await client.PostJsonAsync("/api/learning-communities", NewLc("Twin LC"))).StatusCode);

        var second = await client.PostJsonAsync("/api/learning-communities", NewLc("Twin LC"));

        await second.AssertProblemCodeAsync(HttpStatusCode.Conflict, RuleCodes.Duplicate);
    }

    [Fact]
    public async Task Update_WithCurrentVersion_SavesAndBumpsVersion()
    {
        var client = factory.StaffClient();
        var id = await CreateAsync(client, "Edit Me LC");

        var response = await client.PutJsonAsync($"/api/learning-communities/{id}", new
        {
            name = "Edited LC",
            region = "Drenthe",
            phase = "execution",
            status = "ended",
            type = "civ",
            contacts = new[] { new { name = "Jan", role = "aanjager", email = "jan@example.nl" } },
            version = 1,
        });

        var lc = await response.ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal("Edited LC", lc.GetProperty("name").GetString());
        Assert.Equal("ended", lc.GetProperty("status").GetString());
        Assert.Equal("Jan", lc.GetProperty("contacts")[0].GetProperty("name").GetString());
        Assert.Equal(2, lc.GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task Update_WithStaleVersion_Is409AndKeepsTheFirstEdit()
    {
        var client = factory.StaffClient();
        var id = await CreateAsync(client, "Contested LC");
        Assert.Equal(HttpStatusCode.OK, (await client.PutJsonAsync($"/api/learning-communities/{id}", new { name = "First Edit LC", version = 1 })).StatusCode);

        var stale = await client.PutJsonAsync($"/api/learning-communities/{id}", new { name = "Second Edit LC", version = 1 });

        await stale.AssertProblemCodeAsync(HttpStatusCode.Conflict, RuleCodes.Concurrency.StaleVersion);
        var lc = await (await client.GetAsync($"/api/learning-communities/{id}", Ct)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal("First Edit LC", lc.GetProperty("name").GetString());
    }

    [Fact]
    public async Task Update_ConcurrentWritersFromSameVersion_ExactlyOneWins()
    {
        var id = await CreateAsync(factory.StaffClient(), "Race LC");

        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(i =>
            factory.StaffClient().PutJsonAsync($"/api/learning-communities/{id}", new { name = $"Racer {i} LC", version = 1 })));

        Assert.Equal(1, responses.Count(r => r.StatusCode == HttpStatusCode.OK));
        Assert.All(responses.Where(r => r.StatusCode != HttpStatusCode.OK), r => Assert.Equal(HttpStatusCode.Conflict, r.StatusCode));
    }

    [Fact]
    public async Task Update_WithoutVersion_Is400NamingVersion()
    {
        var client = factory.StaffClient();
        var id = await CreateAsync(client, "Versionless LC");

        var response = await client.PutJsonAsync($"/api/learning-communities/{id}", new { name = "Whatever LC" });

        await response.AssertValidationProblemAsync("version");
    }

    [Fact]
    public async Task Update_UnknownId_Is404()
    {
        var response = await factory.StaffClient().PutJsonAsync($"/api/learning-communities/{Guid.NewGuid()}", new { name = "Ghost LC", version = 1 });
        await response.AssertProblemCodeAsync(HttpStatusCode.NotFound, "not-found");
    }

    private static async Task<Guid> CreateAsync(HttpClient client, string name)
    {
        var created = await (await client.PostJsonAsync("/api/learning-communities", NewLc(name))).ReadJsonAsync(HttpStatusCode.Created);
        return created.GetProperty("id").GetGuid();
    }

    private static async Task<int> CountAsync(HttpClient client) =>
        (await (await client.GetAsync("/api/learning-communities?pageSize=1", Ct)).ReadJsonAsync(HttpStatusCode.OK)).GetProperty("totalCount").GetInt32();
}
