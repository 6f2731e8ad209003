using System.Net;
using System.Text.Json;
using LcPeers.Api.Tests.Infrastructure;
using LcPeers.Domain.Common;

namespace LcPeers.Api.Tests.Matching;

/// <summary>Staff pick one eligible candidate (not only the best) and propose exactly that expert.</summary>
public sealed class ProposeExpertTests(LcPeersApiFactory factory) : IClassFixture<LcPeersApiFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<(Guid Lc, HttpClient Coordinator)> LcAsync(string name, string coordinator)
    {
        var page = await (await factory.CreateClient().GetAsync($"/api/learning-communities?q={Uri.EscapeDataString(name)}", Ct)).ReadJsonAsync(HttpStatusCode.OK);
        var lc = page.GetProperty("items").EnumerateArray().First(i => i.GetProperty("name").GetString() == name).GetProperty("id").GetGuid();
        await factory.StaffClient().PutAsync($"/api/learning-communities/{lc}/coordinators/{coordinator}", null, Ct);
        return (lc, factory.ClientAs(coordinator, "Coordinator"));
    }

    private async Task<Guid> ExpertAsync(string key, int continuityLevel, string region = "Zeeland", string language = "nl")
    {
        var body = Bodies.Expert($"Expert {key}", $"{key}@pick.example")
            .With("rolesOffered", new[] { "webber" })
            .With("competences", new[] { new { bottleneck = "continuity", level = continuityLevel } })
            .With("regions", new[] { region })
            .With("languages", new[] { language })
            .With("organisations", new[] { $"Bureau {key}" })
            .With("availability", Array.Empty<object>());
        return (await (await factory.StaffClient().PostJsonAsync("/api/experts", body)).ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
    }

    private static async Task<Guid> SubmittedRequestAsync(HttpClient coordinator, Dictionary<string, object?> body)
    {
        var id = (await (await coordinator.PostJsonAsync("/api/requests", body)).ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        await (await coordinator.PostAsync($"/api/requests/{id}/submit", null, Ct)).ReadJsonAsync(HttpStatusCode.OK);
        return id;
    }

    private async Task<JsonElement> CandidatesAsync(Guid request) =>
        await (await factory.StaffClient().GetAsync($"/api/requests/{request}/candidates?includeExcluded=true&excludedPageSize=200", Ct)).ReadJsonAsync(HttpStatusCode.OK);

    [Fact]
    public async Task ProposeExpert_ThirdCandidate_IsProposedWithItsRank_AndTheRequestHasNoPlaceLeft()
    {
        var (lc, coordinator) = await LcAsync("Plant of the Future", "c@pick-plant.example");
        await ExpertAsync("pick-a", 3);
        await ExpertAsync("pick-b", 2);
        await ExpertAsync("pick-c", 1);
        var request = await SubmittedRequestAsync(coordinator, Bodies.Request(lc));
        var before = await CandidatesAsync(request);
        Assert.Equal(1, before.GetProperty("openPlaces").GetInt32());
        Assert.True(before.GetProperty("canProposeSlate").GetBoolean());
        var third = before.GetProperty("candidates").EnumerateArray().ElementAt(2);
        var expert = third.GetProperty("expertId").GetGuid();

        var created = await (await factory.StaffClient().PostAsync($"/api/requests/{request}/proposals/{expert}", null, Ct)).ReadJsonAsync(HttpStatusCode.Created);

        Assert.Equal(expert, created.GetProperty("expertId").GetGuid());
        Assert.Equal("proposed", created.GetProperty("status").GetString());
        Assert.Equal(3, created.GetProperty("rank").GetInt32());
        Assert.False(created.GetProperty("alternate").GetBoolean());
        var proposal = await (await factory.StaffClient().GetAsync($"/api/proposals/{created.GetProperty("id").GetGuid()}", Ct)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal("proposed", proposal.GetProperty("status").GetString());
        var status = await (await factory.StaffClient().GetAsync($"/api/requests/{request}", Ct)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal("matching", status.GetProperty("status").GetString());

        var after = await CandidatesAsync(request);
        Assert.Equal(0, after.GetProperty("openPlaces").GetInt32());
        Assert.False(after.GetProperty("canProposeSlate").GetBoolean());
        Assert.DoesNotContain(after.GetProperty("candidates").EnumerateArray(), c => c.GetProperty("expertId").GetGuid() == expert);

        var twice = await factory.StaffClient().PostAsync($"/api/requests/{request}/proposals/{expert}", null, Ct);
        await twice.AssertProblemCodeAsync(HttpStatusCode.Conflict, RuleCodes.Proposal.AlreadyProposed);
        var other = before.GetProperty("candidates").EnumerateArray().First().GetProperty("expertId").GetGuid();
        var full = await factory.StaffClient().PostAsync($"/api/requests/{request}/proposals/{other}", null, Ct);
        await full.AssertProblemCodeAsync(HttpStatusCode.Conflict, RuleCodes.Request.FullyStaffed);
    }

    [Fact]
    public async Task ProposeExpert_Excluded_Is409WithTheReason_AndNothingIsProposed()
    {
        var (lc, coordinator) = await LcAsync("New Energy Garden", "c@pick-neg.example");
        var outsider = await ExpertAsync("pick-limburg", 3, region: "Limburg", language: "nl");
        var request = await SubmittedRequestAsync(coordinator, Bodies.Request(lc).With("region", "Groningen").With("languages", new[] { "en" }));
        var excluded = (await CandidatesAsync(request)).GetProperty("excluded").EnumerateArray().Single(e => e.GetProperty("expertId").GetGuid() == outsider);
        Assert.NotEmpty(excluded.GetProperty("reasons").EnumerateArray());

        var response = await factory.StaffClient().PostAsync($"/api/requests/{request}/proposals/{outsider}", null, Ct);

        var detail = await response.AssertProblemCodeAsync(HttpStatusCode.Conflict, RuleCodes.Proposal.ExpertNotEligible);
        Assert.Contains(excluded.GetProperty("reasons").EnumerateArray().First().GetString()!, detail, StringComparison.Ordinal);
        var proposals = await (await factory.StaffClient().GetAsync($"/api/requests/{request}", Ct)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal("submitted", proposals.GetProperty("status").GetString());
    }

    [Fact]
    public async Task ProposeExpert_UnknownExpertOrRequest_Is404_CoordinatorIs403_DraftIs409()
    {
        var (lc, coordinator) = await LcAsync("Scale", "c@pick-scale.example");
        var expert = await ExpertAsync("pick-scale", 2);
        var request = await SubmittedRequestAsync(coordinator, Bodies.Request(lc));
        var draft = (await (await coordinator.PostJsonAsync("/api/requests", Bodies.Request(lc))).ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();

        Assert.Equal(HttpStatusCode.NotFound, (await factory.StaffClient().PostAsync($"/api/requests/{request}/proposals/{Guid.NewGuid()}", null, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await factory.StaffClient().PostAsync($"/api/requests/{Guid.NewGuid()}/proposals/{expert}", null, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await coordinator.PostAsync($"/api/requests/{request}/proposals/{expert}", null, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.CreateClient().PostAsync($"/api/requests/{request}/proposals/{expert}", null, Ct)).StatusCode);
        await (await factory.StaffClient().PostAsync($"/api/requests/{draft}/proposals/{expert}", null, Ct))
            .AssertProblemCodeAsync(HttpStatusCode.Conflict, RuleCodes.Request.NotSubmitted);
    }

    [Fact]
    public async Task ListRequests_AwaitingStaff_KeepsRequestsWithAProposalToApprove_UntilItIsApproved()
    {
        var (lc, coordinator) = await LcAsync("Hit the Gas!", "c@pick-gas.example");
        var expert = await ExpertAsync("pick-gas", 3);
        var request = await SubmittedRequestAsync(coordinator, Bodies.Request(lc));
        Assert.Contains(request, await AwaitingStaffAsync());

        var created = await (await factory.StaffClient().PostAsync($"/api/requests/{request}/proposals/{expert}", null, Ct)).ReadJsonAsync(HttpStatusCode.Created);
        Assert.Contains(request, await AwaitingStaffAsync()); // matching now, with a proposal waiting for approval

        await (await factory.StaffClient().PostAsync($"/api/proposals/{created.GetProperty("id").GetGuid()}/approve", null, Ct)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.DoesNotContain(request, await AwaitingStaffAsync()); // the expert's turn now
    }

    private async Task<List<Guid>> AwaitingStaffAsync()
    {
        var page = await (await factory.StaffClient().GetAsync("/api/requests?awaitingStaff=true&pageSize=100", Ct)).ReadJsonAsync(HttpStatusCode.OK);
        return [.. page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid())];
    }

    [Fact]
    public async Task ListExperts_Q_MatchesNameOrEmail_AndIsValidated()
    {
        var named = await ExpertAsync("pick-zoekbaar", 1);
        var staff = factory.StaffClient();

        var byName = await (await staff.GetAsync("/api/experts?q=zoekBAAR", Ct)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal([named], byName.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()));
        var byEmail = await (await staff.GetAsync("/api/experts?q=pick-zoekbaar@pick.example", Ct)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal([named], byEmail.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()));
        var wildcard = await (await staff.GetAsync("/api/experts?q=%25zoek_aar", Ct)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(0, wildcard.GetProperty("totalCount").GetInt32()); // % and _ are matched literally

        await (await staff.GetAsync("/api/experts?q=a%0Ab", Ct)).AssertValidationProblemAsync("q");
        await (await staff.GetAsync($"/api/experts?q={new string('a', 101)}", Ct)).AssertValidationProblemAsync("q");
    }
}
