using System.Net;
using System.Net.Http.Json;
using LcPeers.Api.Tests.Infrastructure;

namespace LcPeers.Api.Tests.Security;

/// <summary>
/// Who may send comes before what was sent: on every route family an anonymous caller gets 401 and a wrong principal
/// 403 even with an invalid body, and only the right principal hears which field was wrong (400).
/// </summary>
public sealed class AuthorizationOrderTests(LcPeersApiFactory factory) : IClassFixture<LcPeersApiFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly string TooLong = new('x', 1001);

    [Fact]
    public async Task Requests_WrongCoordinatorWithInvalidBody_Is403_AnonymousIs401_OwnCoordinatorIs400()
    {
        var s = await new Scenario(factory, Scenario.NewTag()).WithRequestAsync();
        var other = await new Scenario(factory, Scenario.NewTag()).WithRequestAsync("Gas erop!");
        var invalid = Bodies.Request(s.LcId).With("description", "").With("hours", -1);

        await AssertOrderAsync(HttpMethod.Post, "/api/requests", invalid, other.Coordinator, s.Coordinator, "description");
        await AssertOrderAsync(HttpMethod.Put, $"/api/requests/{s.RequestId}", invalid.With("version", null), other.Coordinator, s.Coordinator, "version");
        await AssertOrderAsync(HttpMethod.Post, $"/api/requests/{s.RequestId}/withdraw", new { reason = TooLong }, other.Coordinator, s.Coordinator, "reason");
        await AssertOrderAsync(HttpMethod.Post, $"/api/requests/{s.RequestId}/cancel", new { reason = "" }, s.Coordinator, s.Staff, "reason");
        await AssertOrderAsync(HttpMethod.Get, "/api/requests?status=someday", null, factory.ClientAs("expert-list@experts.example", "Expert"), s.Coordinator, "status");
        await AssertNoBodyOrderAsync(HttpMethod.Post, $"/api/requests/{s.RequestId}/submit", other.Coordinator);

        var request = await (await s.Coordinator.GetAsync($"/api/requests/{s.RequestId}", Ct)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal("submitted", request.GetProperty("status").GetString()); // nothing the wrong principals sent took effect
    }

    [Fact]
    public async Task ExpertsAndAvailability_OtherExpertWithInvalidBody_Is403_AnonymousIs401_OwnerIs400()
    {
        var s = new Scenario(factory, Scenario.NewTag());
        var id = await s.RegisterExpertAsync(1);
        var invalidProfile = Bodies.Expert("", "not-an-email"); // no version either
        var invalidAvailability = new { hoursPerMonth = -1, maxConcurrentEngagements = 2 };

        await AssertOrderAsync(HttpMethod.Put, $"/api/experts/{id}", invalidProfile, s.Expert(2), s.Expert(1), "version");
        await AssertOrderAsync(HttpMethod.Put, $"/api/experts/{id}/availability", invalidAvailability, s.Expert(2), s.Expert(1), "version");
        await AssertOrderAsync(HttpMethod.Post, "/api/experts", invalidProfile, s.Coordinator, s.Expert(3), "displayName");

        var profile = await (await s.Expert(1).GetAsync($"/api/experts/{id}", Ct)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(1, profile.GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task Proposals_WrongPrincipalWithInvalidBody_Is403_AnonymousIs401_RightPrincipalIs400()
    {
        var s = await new Scenario(factory, Scenario.NewTag()).WithRequestAsync();
        var expert = await s.RegisterExpertAsync(1);
        await s.RegisterExpertAsync(2);
        var proposal = (await s.ProposeAsync((expert, false)))[0];

        await AssertOrderAsync(HttpMethod.Post, $"/api/proposals/{proposal}/reject", new { reason = "" }, s.Coordinator, s.Staff, "reason");
        await AssertNoBodyOrderAsync(HttpMethod.Post, $"/api/proposals/{proposal}/approve", s.Coordinator);
        await (await s.Staff.PostAsync($"/api/proposals/{proposal}/approve", null, Ct)).ReadJsonAsync(HttpStatusCode.OK);

        await AssertOrderAsync(HttpMethod.Post, $"/api/proposals/{proposal}/decline", new { reason = TooLong }, s.Expert(2), s.Expert(1), "reason");
        await AssertNoBodyOrderAsync(HttpMethod.Post, $"/api/proposals/{proposal}/accept", s.Expert(2));
        await AssertNoBodyOrderAsync(HttpMethod.Post, $"/api/proposals/{proposal}/accept", s.Staff); // staff cannot answer for the expert

        var read = await (await s.Staff.GetAsync($"/api/proposals/{proposal}", Ct)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal("approved", read.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Engagements_NonParticipantWithInvalidBody_Is403_AnonymousIs401_ParticipantIs400()
    {
        var s = await new Scenario(factory, Scenario.NewTag()).WithRequestAsync();
        var (_, _, engagement) = await s.EngagedAsync(1);
        var other = await new Scenario(factory, Scenario.NewTag()).WithRequestAsync("Gas erop!");
        var invalidSession = new { title = "", start = "yesterday", end = "" };

        await AssertOrderAsync(HttpMethod.Post, $"/api/engagements/{engagement}/sessions", invalidSession, other.Coordinator, s.Coordinator, "start");
        await AssertOrderAsync(HttpMethod.Put, $"/api/engagements/{engagement}/sessions/{Guid.NewGuid()}", invalidSession, s.Expert(2), s.Expert(1), "start");
        await AssertOrderAsync(HttpMethod.Post, $"/api/engagements/{engagement}/feedback", new { rating = 9 }, s.Staff, s.Coordinator, "rating");
        await AssertOrderAsync(HttpMethod.Post, $"/api/engagements/{engagement}/feedback", new { rating = 9 }, other.Coordinator, s.Expert(1), "rating");
        await AssertOrderAsync(HttpMethod.Post, $"/api/engagements/{engagement}/report", new { dimensions = Array.Empty<object>() }, s.Coordinator, s.Expert(1), "dimensions");
        await AssertNoBodyOrderAsync(HttpMethod.Post, $"/api/engagements/{engagement}/complete", s.Expert(1));
        await AssertNoBodyOrderAsync(HttpMethod.Delete, $"/api/engagements/{engagement}/sessions/{Guid.NewGuid()}", other.Coordinator);

        var read = await (await s.Coordinator.GetAsync($"/api/engagements/{engagement}", Ct)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal("active", read.GetProperty("status").GetString());
        Assert.Empty(read.GetProperty("sessions").EnumerateArray());
    }

    [Fact]
    public async Task LearningCommunitiesAndCoordinators_NonStaffWithInvalidBody_Is403_AnonymousIs401_StaffIs400()
    {
        var s = await new Scenario(factory, Scenario.NewTag()).WithRequestAsync();

        await AssertOrderAsync(HttpMethod.Put, $"/api/learning-communities/{s.LcId}", new { name = "" }, s.Coordinator, s.Staff, "version");
        await AssertOrderAsync(HttpMethod.Post, "/api/learning-communities", new { name = "" }, s.Coordinator, s.Staff, "name");
        await AssertOrderAsync(HttpMethod.Put, $"/api/learning-communities/{s.LcId}/coordinators/not-an-email", null, s.Coordinator, s.Staff, "email");
        await AssertOrderAsync(HttpMethod.Get, $"/api/learning-communities/{Guid.NewGuid()}/reviews", null, s.Expert(1), s.Coordinator, null, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task MatchingOutboxAuditMonitor_NonStaffWithInvalidInput_Is403_AnonymousIs401_StaffIs400()
    {
        var coordinator = factory.ClientAs("coord-staff-routes@lc.example", "Coordinator");
        var staff = factory.StaffClient();

        await AssertOrderAsync(HttpMethod.Put, "/api/matching/weights", new { competence = -1 }, coordinator, staff, "competence");
        await AssertOrderAsync(HttpMethod.Get, "/api/outbox?status=lost", null, coordinator, staff, "status");
        await AssertOrderAsync(HttpMethod.Get, "/api/audit", null, coordinator, staff, "entityId");
        await AssertNoBodyOrderAsync(HttpMethod.Post, "/api/matching/runs", coordinator);
        await AssertNoBodyOrderAsync(HttpMethod.Post, $"/api/outbox/{Guid.NewGuid()}/retry", coordinator);
        await AssertNoBodyOrderAsync(HttpMethod.Get, "/api/monitor", coordinator);
    }

    /// <summary>Anonymous → 401, wrong principal → 403, right principal → 400 naming <paramref name="field"/> (or <paramref name="rightStatus"/>).</summary>
    private async Task AssertOrderAsync(HttpMethod method, string url, object? body, HttpClient wrong, HttpClient right, string? field,
        HttpStatusCode rightStatus = HttpStatusCode.BadRequest)
    {
        var anonymous = await factory.CreateClient().SendAsync(Message(method, url, body), Ct);
        Assert.True(anonymous.StatusCode == HttpStatusCode.Unauthorized, $"{method} {url} anonymous: {(int)anonymous.StatusCode}");

        var forbidden = await wrong.SendAsync(Message(method, url, body), Ct);
        var forbiddenBody = await forbidden.Content.ReadAsStringAsync(Ct);
        Assert.True(forbidden.StatusCode == HttpStatusCode.Forbidden, $"{method} {url} wrong principal: {(int)forbidden.StatusCode} {forbiddenBody}");
        Assert.DoesNotContain("\"errors\"", forbiddenBody, StringComparison.Ordinal);

        var answered = await right.SendAsync(Message(method, url, body), Ct);
        if (field is null)
        {
            Assert.Equal(rightStatus, answered.StatusCode);
            return;
        }

        await answered.AssertValidationProblemAsync(field);
    }

    /// <summary>A route without a body: anonymous → 401, wrong principal → 403.</summary>
    private async Task AssertNoBodyOrderAsync(HttpMethod method, string url, HttpClient wrong)
    {
        var anonymous = await factory.CreateClient().SendAsync(Message(method, url, null), Ct);
        Assert.True(anonymous.StatusCode == HttpStatusCode.Unauthorized, $"{method} {url} anonymous: {(int)anonymous.StatusCode}");
        var forbidden = await wrong.SendAsync(Message(method, url, null), Ct);
        Assert.True(forbidden.StatusCode == HttpStatusCode.Forbidden, $"{method} {url} wrong principal: {(int)forbidden.StatusCode}");
    }

    private static HttpRequestMessage Message(HttpMethod method, string url, object? body) =>
        new(method, url) { Content = body is null ? null : JsonContent.Create(body) };
}
