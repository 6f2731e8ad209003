using System.Net;
using LcPeers.Api.Tests.Infrastructure;
using LcPeers.Domain.Common;

namespace LcPeers.Api.Tests.Matching;

public sealed class ProposalCreationTests(LcPeersApiFactory factory) : IClassFixture<LcPeersApiFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<(Guid Lc, HttpClient Coordinator)> LcAsync(string name, string coordinator)
    {
        var page = await (await factory.CreateClient().GetAsync($"/api/learning-communities?q={Uri.EscapeDataString(name)}", Ct)).ReadJsonAsync(HttpStatusCode.OK);
        var lc = page.GetProperty("items").EnumerateArray().First(i => i.GetProperty("name").GetString() == name).GetProperty("id").GetGuid();
        await factory.StaffClient().PutAsync($"/api/learning-communities/{lc}/coordinators/{coordinator}", null, Ct);
        return (lc, factory.ClientAs(coordinator, "Coordinator"));
    }

    private async Task<Guid> ExpertAsync(string key, string[] roles, int continuityLevel, string region = "Zeeland")
    {
        var body = Bodies.Expert($"Expert {key}", $"{key}@proposals.example")
            .With("rolesOffered", roles)
            .With("competences", new[] { new { bottleneck = "continuity", level = continuityLevel } })
            .With("regions", new[] { region })
            .With("organisations", new[] { $"Bureau {key}" })
            .With("availability", Array.Empty<object>());
        return (await (await factory.StaffClient().PostJsonAsync("/api/experts", body)).ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
    }

    private static async Task<Guid> SubmittedRequestAsync(HttpClient coordinator, Dictionary<string, object?> body)
    {
        var id = (await (await coordinator.PostJsonAsync("/api/requests", body)).ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        await coordinator.PostAsync($"/api/requests/{id}/submit", null, Ct);
        return id;
    }

    [Fact]
    public async Task Propose_PeerReviewTeam_IncludesAReviewer_KeepsAlternates_AndMovesRequestToMatching()
    {
        var (lc, coordinator) = await LcAsync("Plant of the Future", "c@plant.example");
        var webberA = await ExpertAsync("webber-a", ["webber"], 3);
        var webberB = await ExpertAsync("webber-b", ["webber"], 3);
        var reviewer = await ExpertAsync("reviewer", ["peer-reviewer"], 1);
        var spare = await ExpertAsync("spare", ["lc-specialist"], 1);
        var request = await SubmittedRequestAsync(coordinator, Bodies.Request(lc).With("kind", "peer-review").With("expertsWanted", 2).With("format", "hybrid"));

        // Only competence counts: the two webbers outrank the reviewer, yet the team rule puts the reviewer in.
        var weights = await (await factory.StaffClient().GetAsync("/api/matching/weights", Ct)).ReadJsonAsync(HttpStatusCode.OK);
        await factory.StaffClient().PutJsonAsync("/api/matching/weights", new
        {
            competence = 1,
            phase = 0,
            kindFit = 0,
            tools = 0,
            sector = 0,
            region = 0,
            trackRecord = 0,
            load = 0,
            outsidePerspective = 0,
            recentLoad = 0,
            version = weights.GetProperty("version").GetInt32(),
        });

        var created = await (await factory.StaffClient().PostAsync($"/api/requests/{request}/proposals", null, Ct)).ReadJsonAsync(HttpStatusCode.Created);

        var items = created.GetProperty("items").EnumerateArray().ToList();
        var proposed = items.Where(i => !i.GetProperty("alternate").GetBoolean()).ToList();
        Assert.Equal(2, proposed.Count);
        Assert.All(proposed, p => Assert.Equal("proposed", p.GetProperty("status").GetString()));
        Assert.Contains(proposed, p => p.GetProperty("expertId").GetGuid() == reviewer);
        Assert.DoesNotContain(proposed, p => p.GetProperty("expertId").GetGuid() == spare); // the other place goes to a level-3 expert
        Assert.Contains(items, i => i.GetProperty("expertId").GetGuid() == webberA || i.GetProperty("expertId").GetGuid() == webberB);
        Assert.Contains(items, i => i.GetProperty("alternate").GetBoolean() && i.GetProperty("status").GetString() == "alternate");
        Assert.Equal(Enumerable.Range(1, items.Count), items.Select(i => i.GetProperty("rank").GetInt32()));

        var status = await (await factory.StaffClient().GetAsync($"/api/requests/{request}", Ct)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal("matching", status.GetProperty("status").GetString());

        var again = await factory.StaffClient().PostAsync($"/api/requests/{request}/proposals", null, Ct);
        await again.AssertProblemCodeAsync(HttpStatusCode.Conflict, RuleCodes.Request.HasOpenProposals);

        var candidates = await (await factory.StaffClient().GetAsync($"/api/requests/{request}/candidates?includeExcluded=true&excludedPageSize=200", Ct)).ReadJsonAsync(HttpStatusCode.OK);
        var excluded = candidates.GetProperty("excluded").EnumerateArray().Single(e => e.GetProperty("expertId").GetGuid() == reviewer);
        Assert.Contains("already-proposed", excluded.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    public async Task Propose_NobodyEligible_Is409SayingWhy()
    {
        var (lc, coordinator) = await LcAsync("New Energy Garden", "c@neg.example");
        await ExpertAsync("limburger", ["webber"], 3, region: "Limburg");
        var request = await SubmittedRequestAsync(coordinator, Bodies.Request(lc).With("region", "Groningen").With("languages", new[] { "en" }));

        var response = await factory.StaffClient().PostAsync($"/api/requests/{request}/proposals", null, Ct);

        var detail = await response.AssertProblemCodeAsync(HttpStatusCode.Conflict, RuleCodes.Request.NoCandidates);
        Assert.Contains("region", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Propose_DraftRequest_Is409_AndCoordinatorIs403()
    {
        var (lc, coordinator) = await LcAsync("Scale", "c@scale.example");
        var draft = (await (await coordinator.PostJsonAsync("/api/requests", Bodies.Request(lc))).ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();

        await (await factory.StaffClient().PostAsync($"/api/requests/{draft}/proposals", null, Ct)).AssertProblemCodeAsync(HttpStatusCode.Conflict, RuleCodes.Request.NotSubmitted);
        Assert.Equal(HttpStatusCode.Forbidden, (await coordinator.PostAsync($"/api/requests/{draft}/proposals", null, Ct)).StatusCode);
    }

    [Fact]
    public async Task Withdraw_SupersedesTheWaitingProposals()
    {
        var (lc, coordinator) = await LcAsync("Hit the Gas!", "c@hitthegas.example");
        await ExpertAsync("withdraw-a", ["webber"], 3);
        await ExpertAsync("withdraw-b", ["webber"], 2);
        var request = await SubmittedRequestAsync(coordinator, Bodies.Request(lc).With("format", "online").With("region", null));
        var created = await (await factory.StaffClient().PostAsync($"/api/requests/{request}/proposals", null, Ct)).ReadJsonAsync(HttpStatusCode.Created);

        await (await coordinator.PostJsonAsync($"/api/requests/{request}/withdraw", new { reason = "Solved it ourselves" })).ReadJsonAsync(HttpStatusCode.OK);

        foreach (var item in created.GetProperty("items").EnumerateArray())
        {
            var proposal = await (await factory.StaffClient().GetAsync($"/api/proposals/{item.GetProperty("id").GetGuid()}", Ct)).ReadJsonAsync(HttpStatusCode.OK);
            Assert.Equal("superseded", proposal.GetProperty("status").GetString());
        }
    }
}
