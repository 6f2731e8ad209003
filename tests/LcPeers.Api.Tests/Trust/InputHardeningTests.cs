using System.Net;
using System.Net.Http.Json;
using System.Text;
using LcPeers.Api.Tests.Infrastructure;

namespace LcPeers.Api.Tests.Trust;

/// <summary>Bad input found by probing: each is a 400 problem naming the field, never a 500 or a 409.</summary>
public sealed class InputHardeningTests(LcPeersApiFactory factory) : IClassFixture<LcPeersApiFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private HttpClient Everyone => factory.ClientAs("everyone@tse.example", "Staff", "Admin", "Coordinator", "Expert");

    public static TheoryData<string, string> BodyRoutes() => new()
    {
        { "POST", "/api/experts" },
        { "PUT", $"/api/experts/{Guid.NewGuid()}" },
        { "PUT", $"/api/experts/{Guid.NewGuid()}/availability" },
        { "POST", "/api/learning-communities" },
        { "PUT", $"/api/learning-communities/{Guid.NewGuid()}" },
        { "POST", "/api/requests" },
        { "PUT", $"/api/requests/{Guid.NewGuid()}" },
        { "POST", $"/api/requests/{Guid.NewGuid()}/withdraw" },
        { "POST", $"/api/requests/{Guid.NewGuid()}/cancel" },
        { "POST", $"/api/proposals/{Guid.NewGuid()}/reject" },
        { "POST", $"/api/proposals/{Guid.NewGuid()}/decline" },
        { "PUT", "/api/matching/weights" },
        { "POST", $"/api/engagements/{Guid.NewGuid()}/sessions" },
        { "PUT", $"/api/engagements/{Guid.NewGuid()}/sessions/{Guid.NewGuid()}" },
        { "POST", $"/api/engagements/{Guid.NewGuid()}/feedback" },
        { "POST", $"/api/engagements/{Guid.NewGuid()}/report" },
    };

    [Theory]
    [MemberData(nameof(BodyRoutes))]
    public async Task BodyRoute_UnknownCharset_Is400NamingTheContentType(string method, string url)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), url)
        {
            Content = new StringContent("{}", Encoding.UTF8),
        };
        request.Content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse("application/json; charset=bogus");

        await (await Everyone.SendAsync(request, Ct)).AssertValidationProblemAsync("Content-Type");
    }

    [Fact]
    public async Task UnknownCharset_WithoutAToken_IsStill401()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/requests") { Content = new StringContent("{}", Encoding.UTF8) };
        request.Content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse("application/json; charset=bogus");

        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.CreateClient().SendAsync(request, Ct)).StatusCode);
    }

    [Theory]
    [InlineData("competences", "competences[0]")]
    [InlineData("phasesGuided", "phasesGuided[0]")]
    [InlineData("availability", "availability[0]")]
    public async Task RegisterExpert_NullInsideAnObjectArray_Is400NamingTheItem(string field, string error)
    {
        var body = Bodies.Expert(email: $"nulls-{Guid.NewGuid():N}@example.nl").With(field, new object?[] { null });
        await (await factory.ClientAs($"nulls-{Guid.NewGuid():N}@tse.example", "Expert").PostJsonAsync("/api/experts", body)).AssertValidationProblemAsync(error);
    }

    [Fact]
    public async Task CreateLearningCommunity_NullContact_Is400NamingTheItem()
    {
        var body = new Dictionary<string, object?> { ["name"] = "LC met lege contactpersoon", ["contacts"] = new object?[] { null } };
        await (await factory.StaffClient().PostJsonAsync("/api/learning-communities", body)).AssertValidationProblemAsync("contacts[0]");
    }

    [Theory]
    [InlineData("displayName", "Anna\r\nATTENDEE:mailto:evil@attacker.example")]
    [InlineData("displayName", "Anna\0")]
    [InlineData("organisations", "Bureau\nVries")]
    [InlineData("bio", "Bio met een \u0007 bel")]
    [InlineData("email", "anna\r\n@example.nl")]
    [InlineData("email", "\"anna de vries\"@example.nl")]
    [InlineData("email", "anna@example.nl, eve@attacker.example")]
    [InlineData("email", "Anna <anna@example.nl>")]
    public async Task RegisterExpert_ControlCharactersOrABadAddress_Is400NamingTheField(string field, string value)
    {
        var body = Bodies.Expert(email: $"cc-{Guid.NewGuid():N}@example.nl").With(field, field == "organisations" ? new[] { value } : value);
        var name = field == "organisations" ? "organisations[0]" : field;
        await (await factory.ClientAs($"cc-{Guid.NewGuid():N}@tse.example", "Expert").PostJsonAsync("/api/experts", body)).AssertValidationProblemAsync(name);
    }

    [Fact]
    public async Task RegisterExpert_MultiLineBio_IsAccepted()
    {
        var body = Bodies.Expert(email: $"ml-{Guid.NewGuid():N}@example.nl").With("bio", "Regel een\r\nRegel twee\n\tingesprongen");
        await (await factory.ClientAs($"ml-{Guid.NewGuid():N}@tse.example", "Expert").PostJsonAsync("/api/experts", body)).ReadJsonAsync(HttpStatusCode.Created);
    }

    [Theory]
    [InlineData("a%0D%0Ab%40lc.example")]
    [InlineData("coord%40lc.example%0ABcc%3A%20eve%40attacker.example")]
    [InlineData("not-an-address")]
    [InlineData("two%40at%40lc.example")]
    public async Task LinkCoordinator_BadAddress_Is400NamingTheEmail(string email)
    {
        var lc = await AnyLcAsync();
        await (await factory.StaffClient().PutAsync($"/api/learning-communities/{lc}/coordinators/{email}", null, Ct)).AssertValidationProblemAsync("email");
    }

    [Theory]
    [InlineData("/api/learning-communities")]
    [InlineData("/api/requests")]
    [InlineData("/api/experts")]
    [InlineData("/api/outbox")]
    public async Task PagedRoute_APageBeyondTheMaximum_Is400NamingThePage(string route)
    {
        await (await Everyone.GetAsync($"{route}?page=2147483647&pageSize=200", Ct)).AssertValidationProblemAsync("page");
        await (await Everyone.GetAsync($"{route}?page=100001&pageSize=200", Ct)).AssertValidationProblemAsync("page");
    }

    [Fact]
    public async Task ListLearningCommunities_TheLastAllowedPage_IsEmptyAndLabelledAsAsked()
    {
        var page = await (await factory.CreateClient().GetAsync("/api/learning-communities?page=100000&pageSize=200", Ct)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(100_000, page.GetProperty("page").GetInt32());
        Assert.Empty(page.GetProperty("items").EnumerateArray());
    }

    [Theory]
    [InlineData("q")]
    [InlineData("region")]
    public async Task ListLearningCommunities_NulInAFilter_Is400NotEveryLc(string field)
    {
        await (await factory.CreateClient().GetAsync($"/api/learning-communities?{field}=%00", Ct)).AssertValidationProblemAsync(field);
    }

    [Theory]
    [InlineData("0001-01-01", "9999-12-31", "start")]
    [InlineData("2027-02-01", "9999-12-31", "end")]
    [InlineData("2027-02-01", "2032-02-02", "end")]
    public async Task CreateRequest_APeriodOutsideTheWindow_Is400(string start, string end, string field)
    {
        var s = new Scenario(factory, Scenario.NewTag());
        await s.WithRequestAsync();
        var body = Bodies.Request(s.LcId).With("start", start).With("end", end);
        await (await s.Coordinator.PostJsonAsync("/api/requests", body)).AssertValidationProblemAsync(field);
    }

    [Theory]
    [InlineData("0001-01-01T00:00", "start")]
    [InlineData("0001-01-01T00:00:00Z", "start")]
    [InlineData("9999-12-31T23:59:59", "start")]
    [InlineData("10:00", "start")]
    [InlineData("2027-02-03", "start")]
    public async Task ScheduleSession_AnExtremeOrDatelessStart_Is400(string start, string field)
    {
        var s = await new Scenario(factory, Scenario.NewTag()).WithRequestAsync();
        var (_, _, engagementId) = await s.EngagedAsync(1);

        var response = await s.Coordinator.PostJsonAsync($"/api/engagements/{engagementId}/sessions",
            new { title = "Kennismaking", start, end = "2027-02-03T12:00:00" });

        await response.AssertValidationProblemAsync(field);
    }

    [Theory]
    [InlineData("observer\r\n@lc.example")]
    [InlineData("observer@lc.example>\r\nATTENDEE:mailto:eve@attacker.example")]
    [InlineData("\"o b\"@lc.example")]
    [InlineData("observer@@lc.example")]
    public async Task ScheduleSession_AnObserverAddressTheMailLibraryWouldNotTake_Is400(string observerEmail)
    {
        var s = await new Scenario(factory, Scenario.NewTag()).WithRequestAsync();
        var (_, _, engagementId) = await s.EngagedAsync(1);

        var response = await s.Coordinator.PostJsonAsync($"/api/engagements/{engagementId}/sessions",
            new { title = "Kennismaking", start = "2027-02-03T10:00:00", end = "2027-02-03T12:00:00", observerEmail });

        await response.AssertValidationProblemAsync("observerEmail");
    }

    [Theory]
    [InlineData("title", "Visitatie\r\nATTENDEE:mailto:eve@attacker.example")]
    [InlineData("location", "Zaal 1\nDTSTART:20270101T000000Z")]
    [InlineData("agenda", "Agenda met \0 erin")]
    public async Task ScheduleSession_ControlCharacters_Is400NamingTheField(string field, string value)
    {
        var s = await new Scenario(factory, Scenario.NewTag()).WithRequestAsync();
        var (_, _, engagementId) = await s.EngagedAsync(1);
        var body = new Dictionary<string, object?> { ["title"] = "Kennismaking", ["start"] = "2027-02-03T10:00:00", ["end"] = "2027-02-03T12:00:00", [field] = value };

        await (await s.Coordinator.PostJsonAsync($"/api/engagements/{engagementId}/sessions", body)).AssertValidationProblemAsync(field);
    }

    private async Task<Guid> AnyLcAsync()
    {
        var page = await (await factory.CreateClient().GetAsync("/api/learning-communities?pageSize=1", Ct)).ReadJsonAsync(HttpStatusCode.OK);
        return page.GetProperty("items")[0].GetProperty("id").GetGuid();
    }
}
