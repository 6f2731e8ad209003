using System.Net;
using System.Text.Json;
using LcPeers.Api.Tests.Infrastructure;
using LcPeers.Domain.Common;
using LcPeers.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LcPeers.Api.Tests.Matching;

/// <summary>Builds the pool once for the class: each expert tests one rule.</summary>
public sealed class CandidatesFixture : LcPeersApiFactory, IAsyncLifetime
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    public Dictionary<string, Guid> Experts { get; } = [];
    public Guid Lc { get; private set; }
    public Guid Request { get; private set; }

    public async ValueTask InitializeAsync()
    {
        var staff = this.StaffClient();
        var page = await (await staff.GetAsync("/api/learning-communities?q=CIV Wind op Zee", Ct)).ReadJsonAsync(HttpStatusCode.OK);
        var lc = page.GetProperty("items")[0];
        Lc = lc.GetProperty("id").GetGuid();
        await staff.PutJsonAsync($"/api/learning-communities/{Lc}", new
        {
            name = "CIV Wind op Zee",
            region = "Zeeland",
            phase = "continuation",
            partnerOrganisations = new[] { "Scalda" },
            sectors = new[] { "offshore-wind" },
            version = lc.GetProperty("version").GetInt32(),
        });

        await Expert("strong", b => b.With("competences", new[] { new { bottleneck = "continuity", level = 3 } })
            .With("phasesGuided", new[] { new { phase = "continuation", count = 3 } }).With("regions", new[] { "Zeeland" }).With("organisations", new[] { "Eigen Bureau" }));
        await Expert("second", b => b.With("competences", new[] { new { bottleneck = "continuity", level = 2 } })
            .With("phasesGuided", new[] { new { phase = "continuation", count = 1 } }).With("regions", new[] { "Zuid-Holland", "Zeeland" })
            .With("sectors", new[] { "urban-energy" }).With("organisations", new[] { "Ander Bureau" }));
        await Expert("conflicted", b => b.With("organisations", new[] { "scalda" }));
        await Expert("no-consent", b => b.With("consent", false));
        await Expert("unavailable", b => b.With("availability", new[] { new { from = "2027-03-01", to = "2027-03-31", available = false } }));
        await Expert("at-capacity", b => b.With("maxConcurrentEngagements", 0));
        await Expert("english-only", b => b.With("languages", new[] { "en" }));
        await Expert("far-away", b => b.With("regions", new[] { "Limburg" }));
        await Expert("too-busy", b => b.With("hoursPerMonth", 2));

        var coordinator = this.ClientAs("c@civwindopzee.example", "Coordinator");
        await staff.PutAsync($"/api/learning-communities/{Lc}/coordinators/c@civwindopzee.example", null, Ct);
        var body = Bodies.Request(Lc);
        Request = (await (await coordinator.PostJsonAsync("/api/requests", body)).ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        await coordinator.PostAsync($"/api/requests/{Request}/submit", null, Ct);
    }


    private async Task Expert(string key, Func<Dictionary<string, object?>, Dictionary<string, object?>> shape)
    {
        var email = $"{key}@experts.example";
        var body = shape(Bodies.Expert($"Expert {key}", email)
            .With("competences", new[] { new { bottleneck = "continuity", level = 1 } })
            .With("phasesGuided", Array.Empty<object>())
            .With("regions", new[] { "Zeeland" })
            .With("organisations", new[] { $"Bureau {key}" })
            .With("tools", Array.Empty<string>())
            .With("availability", Array.Empty<object>()));
        var created = await (await this.StaffClient().PostJsonAsync("/api/experts", body)).ReadJsonAsync(HttpStatusCode.Created);
        Experts[key] = created.GetProperty("id").GetGuid();
    }

}

/// <summary>A small, hand-made pool where each expert tests one rule; the ranking must honour every one.</summary>
public sealed class CandidatesTests(CandidatesFixture factory) : IClassFixture<CandidatesFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<JsonElement> CandidatesAsync(string query = "") =>
        await (await factory.StaffClient().GetAsync($"/api/requests/{factory.Request}/candidates{query}", Ct)).ReadJsonAsync(HttpStatusCode.OK);

    [Fact]
    public async Task Candidates_RankTheStrongestFirst_AndNeverListExcludedExperts()
    {
        var result = await CandidatesAsync();

        var ids = result.GetProperty("candidates").EnumerateArray().Select(c => c.GetProperty("expertId").GetGuid()).ToList();
        Assert.Equal([factory.Experts["strong"], factory.Experts["second"]], ids.Take(2));
        foreach (var excluded in new[] { "conflicted", "no-consent", "unavailable", "at-capacity", "english-only", "far-away", "too-busy" })
        {
            Assert.DoesNotContain(factory.Experts[excluded], ids);
        }
    }

    [Theory]
    [InlineData("conflicted", "conflict-of-interest")]
    [InlineData("no-consent", "no-consent")]
    [InlineData("unavailable", "unavailable")]
    [InlineData("too-busy", "unavailable")]
    [InlineData("at-capacity", "at-capacity")]
    [InlineData("english-only", "language")]
    [InlineData("far-away", "region")]
    public async Task Excluded_CarryTheirReasonCodes(string expert, string reason)
    {
        var result = await CandidatesAsync("?includeExcluded=true&excludedPageSize=200");

        var entry = result.GetProperty("excluded").EnumerateArray().Single(e => e.GetProperty("expertId").GetGuid() == factory.Experts[expert]);
        Assert.Contains(reason, entry.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    public async Task Excluded_AreCountedByReasonByDefault_AndListedOnlyOnRequest()
    {
        var summarised = await CandidatesAsync();
        var listed = await CandidatesAsync("?includeExcluded=true&excludedPageSize=200");

        Assert.Equal(0, summarised.GetProperty("excluded").GetArrayLength());
        var all = listed.GetProperty("excluded").EnumerateArray().ToList();
        Assert.Equal(all.Count, summarised.GetProperty("excludedCount").GetInt32());
        Assert.True(all.Count >= 7, $"the fixture excludes at least seven experts, found {all.Count}");

        var expected = all.SelectMany(e => e.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()!))
            .GroupBy(r => r).ToDictionary(g => g.Key, g => g.Count());
        var summary = summarised.GetProperty("excludedSummary").EnumerateArray()
            .ToDictionary(r => r.GetProperty("reason").GetString()!, r => r.GetProperty("count").GetInt32());
        Assert.Equal(expected.OrderBy(p => p.Key), summary.OrderBy(p => p.Key));
        Assert.True(summary["no-consent"] >= 1);
    }

    [Fact]
    public async Task Excluded_ArePagedByName_AndABadPageIs400NamingIt()
    {
        var all = (await CandidatesAsync("?includeExcluded=true&excludedPageSize=200")).GetProperty("excluded").EnumerateArray()
            .Select(e => e.GetProperty("expertId").GetGuid()).ToList();
        var first = (await CandidatesAsync("?includeExcluded=true&excludedPageSize=3")).GetProperty("excluded").EnumerateArray()
            .Select(e => e.GetProperty("expertId").GetGuid()).ToList();
        var second = (await CandidatesAsync("?includeExcluded=true&excludedPageSize=3&excludedPage=2")).GetProperty("excluded").EnumerateArray()
            .Select(e => e.GetProperty("expertId").GetGuid()).ToList();

        Assert.Equal(all.Take(3), first);
        Assert.Equal(all.Skip(3).Take(3), second);

        var url = $"/api/requests/{factory.Request}/candidates?includeExcluded=true";
        await (await factory.StaffClient().GetAsync($"{url}&excludedPage=0", Ct)).AssertValidationProblemAsync("excludedPage");
        await (await factory.StaffClient().GetAsync($"{url}&excludedPageSize=201", Ct)).AssertValidationProblemAsync("excludedPageSize");
    }

    [Fact]
    public async Task OneExpert_Eligible_HasTheRankAndScoreOfTheList()
    {
        var list = (await CandidatesAsync("?top=5")).GetProperty("candidates").EnumerateArray().ToList();
        var second = list[1];
        var verdict = await (await factory.StaffClient().GetAsync(
            $"/api/requests/{factory.Request}/candidates/{second.GetProperty("expertId").GetGuid()}", Ct)).ReadJsonAsync(HttpStatusCode.OK);

        Assert.True(verdict.GetProperty("eligible").GetBoolean());
        Assert.Equal(2, verdict.GetProperty("rank").GetInt32());
        Assert.Equal(second.GetProperty("score").GetDouble(), verdict.GetProperty("score").GetDouble(), 6);
        Assert.Equal(second.GetProperty("factors").GetRawText(), verdict.GetProperty("factors").GetRawText());
        Assert.Equal(0, verdict.GetProperty("exclusions").GetArrayLength());
        Assert.NotEmpty(verdict.GetProperty("reasons").GetProperty("nl").EnumerateArray());
    }

    [Fact]
    public async Task OneExpert_Excluded_SaysWhy_UnknownIs404_CoordinatorIs403()
    {
        var url = $"/api/requests/{factory.Request}/candidates/{factory.Experts["far-away"]}";
        var verdict = await (await factory.StaffClient().GetAsync(url, Ct)).ReadJsonAsync(HttpStatusCode.OK);

        Assert.False(verdict.GetProperty("eligible").GetBoolean());
        Assert.Equal(JsonValueKind.Null, verdict.GetProperty("rank").ValueKind);
        Assert.Contains("region", verdict.GetProperty("exclusions").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal(10, verdict.GetProperty("factors").GetArrayLength());

        Assert.Equal(HttpStatusCode.NotFound, (await factory.StaffClient().GetAsync($"/api/requests/{factory.Request}/candidates/{Guid.NewGuid()}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await factory.ClientAs("c@civwindopzee.example", "Coordinator").GetAsync(url, Ct)).StatusCode);
    }

    [Fact]
    public async Task Candidate_FactorsAddUpToTheScore_AndReasonsReadInBothLanguages()
    {
        var result = await CandidatesAsync();
        var top = result.GetProperty("candidates")[0];

        var factors = top.GetProperty("factors").EnumerateArray().ToList();
        Assert.Equal(10, factors.Count);
        Assert.Equal(top.GetProperty("score").GetDouble(), factors.Sum(f => f.GetProperty("contribution").GetDouble()), 3);
        Assert.Equal(1.0, factors.Sum(f => f.GetProperty("weight").GetDouble()), 6);
        Assert.Equal(1.0, factors.Single(f => f.GetProperty("factor").GetString() == "phase").GetProperty("value").GetDouble(), 6);

        var nl = top.GetProperty("reasons").GetProperty("nl").EnumerateArray().Select(s => s.GetString()).ToList();
        var en = top.GetProperty("reasons").GetProperty("en").EnumerateArray().Select(s => s.GetString()).ToList();
        Assert.InRange(nl.Count, 2, 3);
        Assert.Equal(nl.Count, en.Count);
        Assert.Contains("Begeleidde 3 LC's in de verzelfstandigingsfase", nl);
        Assert.Contains("Guided 3 LCs through the continuation phase", en);
    }

    [Fact]
    public async Task Candidates_SameDataSameOrder()
    {
        var first = await CandidatesAsync();
        var second = await CandidatesAsync();
        Assert.Equal(first.GetProperty("candidates").GetRawText(), second.GetProperty("candidates").GetRawText());
    }

    [Fact]
    public async Task Candidates_SuggestTheToolsOfThePhase()
    {
        var result = await CandidatesAsync();
        Assert.Equal(["Fasemodel PPS"], result.GetProperty("tools").EnumerateArray().Select(t => t.GetProperty("name").GetString()));
    }

    [Fact]
    public async Task Candidates_Top_LimitsTheList_AndOutOfRangeIs400()
    {
        var one = await CandidatesAsync("?top=1&includeExcluded=false");
        Assert.Equal(1, one.GetProperty("candidates").GetArrayLength());
        Assert.Equal(0, one.GetProperty("excluded").GetArrayLength());

        await (await factory.StaffClient().GetAsync($"/api/requests/{factory.Request}/candidates?top=0", Ct)).AssertValidationProblemAsync("top");
        await (await factory.StaffClient().GetAsync($"/api/requests/{factory.Request}/candidates?top=201", Ct)).AssertValidationProblemAsync("top");
    }

    [Fact]
    public async Task Candidates_DraftRequest_Is409_UnknownIs404_CoordinatorIs403()
    {
        var coordinator = factory.ClientAs("c@civwindopzee.example", "Coordinator");
        var draft = (await (await coordinator.PostJsonAsync("/api/requests", Bodies.Request(factory.Lc))).ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();

        await (await factory.StaffClient().GetAsync($"/api/requests/{draft}/candidates", Ct)).AssertProblemCodeAsync(HttpStatusCode.Conflict, RuleCodes.Request.NotSubmitted);
        await (await factory.StaffClient().GetAsync($"/api/requests/{Guid.NewGuid()}/candidates", Ct)).AssertProblemCodeAsync(HttpStatusCode.NotFound, "not-found");
        Assert.Equal(HttpStatusCode.Forbidden, (await coordinator.GetAsync($"/api/requests/{factory.Request}/candidates", Ct)).StatusCode);
    }

    [Fact]
    public async Task Weights_ChangeTheRanking_AreAudited_AndStaleVersionIs409()
    {
        var staff = factory.StaffClient();
        var current = await (await staff.GetAsync("/api/matching/weights", Ct)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(0.30, current.GetProperty("defaults").GetProperty("competence").GetDouble(), 6);
        var version = current.GetProperty("version").GetInt32();

        // Only the outside perspective counts: the expert from another sector now leads.
        var changed = await staff.PutJsonAsync("/api/matching/weights", new
        {
            competence = 0,
            phase = 0,
            kindFit = 0,
            tools = 0,
            sector = 0,
            region = 0,
            trackRecord = 0,
            load = 0,
            outsidePerspective = 1,
            version,
        });
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        try
        {
            var result = await CandidatesAsync();
            Assert.Equal(factory.Experts["second"], result.GetProperty("candidates")[0].GetProperty("expertId").GetGuid());

            var stale = await staff.PutJsonAsync("/api/matching/weights", new
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
                version,
            });
            await stale.AssertProblemCodeAsync(HttpStatusCode.Conflict, RuleCodes.Concurrency.StaleVersion);

            using var scope = factory.Services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<LcPeersDbContext>();
            var audit = await db.AuditEntries.Where(a => a.Action == "weights-changed").ToListAsync(Ct);
            var staffAccount = await db.Accounts.Where(a => a.Email == "staff@tse.example").Select(a => a.Id).SingleAsync(Ct);
            Assert.Contains(audit, a => a.Actor == staffAccount && a.Details!.Contains("\"OutsidePerspective\":1", StringComparison.Ordinal));
        }
        finally
        {
            var now = await (await staff.GetAsync("/api/matching/weights", Ct)).ReadJsonAsync(HttpStatusCode.OK);
            await staff.PutJsonAsync("/api/matching/weights", new
            {
                competence = 0.30,
                phase = 0.20,
                kindFit = 0.12,
                tools = 0.08,
                sector = 0.06,
                region = 0.12,
                trackRecord = 0.06,
                load = 0.04,
                outsidePerspective = 0.02,
                version = now.GetProperty("version").GetInt32(),
            });
        }
    }

    [Fact]
    public async Task Weights_Invalid_Is400NamingTheField()
    {
        var response = await factory.StaffClient().PutJsonAsync("/api/matching/weights", new
        {
            competence = -1,
            phase = 0,
            kindFit = 0,
            tools = 0,
            sector = 0,
            region = 0,
            trackRecord = 0,
            load = 0,
            outsidePerspective = 0,
            version = 1,
        });
        await response.AssertValidationProblemAsync("competence");
        Assert.Equal(HttpStatusCode.Forbidden, (await factory.ClientAs("e@x.nl", "Expert").GetAsync("/api/matching/weights", Ct)).StatusCode);
    }
}
