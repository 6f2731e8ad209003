using System.Net;
using System.Text.Json;
using LcPeers.Api.Tests.Infrastructure;

namespace LcPeers.Api.Tests.Stories;

/// <summary>
/// Success stories after an engagement: written by the LC's coordinator, reviewed by staff, public once published,
/// the expert named only with their consent; on a database of this class's own.
/// </summary>
public sealed class StoryTests(LcPeersApiFactory factory) : IClassFixture<LcPeersApiFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly string[] AnonymousExpert = ["een ervaren expert", "an experienced expert"];

    private static Dictionary<string, object?> Body(Guid engagementId, string title = "Samen de financiering rond", bool nameExpert = false) => new()
    {
        ["engagementId"] = engagementId,
        ["title"] = title,
        ["whatWasStuck"] = "De partners kwamen niet tot een gezamenlijke begroting.",
        ["whoHelped"] = "Een ervaren procesbegeleider hielp ons met de Partnerschapskaart.",
        ["whatChanged"] = "We hebben nu een meerjarenbegroting die alle partners dragen.",
        ["phase"] = "execution",
        ["bottlenecks"] = new[] { "financing", "continuity" },
        ["tools"] = new[] { "Partnerschapskaart" },
        ["nameExpert"] = nameExpert,
    };

    /// <summary>An LC with a coordinator and an engagement the coordinator has closed.</summary>
    private async Task<(Scenario Scenario, Guid EngagementId, Guid ExpertId)> EndedEngagementAsync(string lc = "CIV Wind op Zee")
    {
        var s = await new Scenario(factory, Scenario.NewTag()).WithRequestAsync(lc);
        var (expertId, _, engagementId) = await s.EngagedAsync();
        await (await s.Coordinator.PostAsync($"/api/engagements/{engagementId}/complete", null, Ct)).ReadJsonAsync(HttpStatusCode.OK);
        return (s, engagementId, expertId);
    }

    private static async Task<Guid> WriteAsync(HttpClient client, Dictionary<string, object?> body) =>
        (await (await client.PostJsonAsync("/api/stories", body)).ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();

    private async Task<Guid> ToolIdAsync(string name)
    {
        var tools = await (await factory.CreateClient().GetAsync("/api/tools", Ct)).ReadJsonAsync(HttpStatusCode.OK);
        return tools.GetProperty("items").EnumerateArray().First(t => t.GetProperty("name").GetString() == name).GetProperty("id").GetGuid();
    }

    private async Task<List<JsonElement>> PublicListAsync(string query = "")
    {
        var page = await (await factory.CreateClient().GetAsync($"/api/stories{query}", Ct)).ReadJsonAsync(HttpStatusCode.OK);
        return [.. page.GetProperty("items").EnumerateArray()];
    }

    [Fact]
    public async Task WriteSubmitPublish_MakesTheStoryPublic_FilteredByPhaseBottleneckAndTool_WithoutTheExpertsName()
    {
        var (s, engagementId, _) = await EndedEngagementAsync();
        var id = await WriteAsync(s.Coordinator, Body(engagementId));

        Assert.DoesNotContain(await PublicListAsync(), x => x.GetProperty("id").GetGuid() == id); // a draft is not public
        await (await factory.CreateClient().GetAsync($"/api/stories/{id}", Ct)).ReadJsonAsync(HttpStatusCode.NotFound);

        var submitted = await (await s.Coordinator.PostAsync($"/api/stories/{id}/submit", null, Ct)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal("submitted", submitted.GetProperty("status").GetString());
        Assert.DoesNotContain(await PublicListAsync(), x => x.GetProperty("id").GetGuid() == id); // under review: not public either
        var queue = await (await s.Staff.GetAsync("/api/stories/review", Ct)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Contains(queue.EnumerateArray(), x => x.GetProperty("id").GetGuid() == id);

        var published = await (await s.Staff.PostJsonAsync($"/api/stories/{id}/review", new { decision = "publish" })).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal("published", published.GetProperty("status").GetString());

        var story = await (await factory.CreateClient().GetAsync($"/api/stories/{id}", Ct)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal("Samen de financiering rond", story.GetProperty("title").GetString());
        Assert.Equal(s.LcId, story.GetProperty("learningCommunityId").GetGuid());
        Assert.Equal(JsonValueKind.Null, story.GetProperty("expertName").ValueKind);
        Assert.Contains(story.GetProperty("expert").GetString(), AnonymousExpert);
        Assert.Equal(["continuity", "financing"], story.GetProperty("bottlenecks").EnumerateArray().Select(b => b.GetString()));
        Assert.Equal("Partnerschapskaart", story.GetProperty("tools")[0].GetProperty("name").GetString());

        var toolId = await ToolIdAsync("Partnerschapskaart");
        Assert.Contains(await PublicListAsync("?phase=execution&bottleneck=financing"), x => x.GetProperty("id").GetGuid() == id);
        Assert.Contains(await PublicListAsync($"?tool={toolId}"), x => x.GetProperty("id").GetGuid() == id);
        Assert.Contains(await PublicListAsync("?tool=Partnerschapskaart"), x => x.GetProperty("id").GetGuid() == id);
        Assert.Contains(await PublicListAsync($"?learningCommunityId={s.LcId}"), x => x.GetProperty("id").GetGuid() == id);
        Assert.DoesNotContain(await PublicListAsync("?phase=startup"), x => x.GetProperty("id").GetGuid() == id);
        Assert.DoesNotContain(await PublicListAsync("?bottleneck=diversity"), x => x.GetProperty("id").GetGuid() == id);
        Assert.DoesNotContain(await PublicListAsync($"?tool={await ToolIdAsync("Peer review")}"), x => x.GetProperty("id").GetGuid() == id);
    }

    [Fact]
    public async Task NamingTheExpert_WithoutTheirConsent_IsRefused_WithTheirConsent_ShowsTheName_AndAWithdrawalHidesItAgain()
    {
        var (s, engagementId, _) = await EndedEngagementAsync("SEECE");
        var id = await WriteAsync(s.Coordinator, Body(engagementId, nameExpert: true));

        await (await s.Coordinator.PostAsync($"/api/stories/{id}/submit", null, Ct)).AssertProblemCodeAsync(HttpStatusCode.Conflict, "story.expert-consent-missing");
        Assert.Equal(HttpStatusCode.Forbidden, (await s.Coordinator.PostJsonAsync($"/api/stories/{id}/consent", new { consent = true })).StatusCode); // not for the expert
        await (await factory.ClientAs("someone-else@experts.example", "Expert").PostJsonAsync($"/api/stories/{id}/consent", new { consent = true }))
            .ReadJsonAsync(HttpStatusCode.Forbidden); // nor can another expert

        var consented = await (await s.Expert(1).PostJsonAsync($"/api/stories/{id}/consent", new { consent = true })).ReadJsonAsync(HttpStatusCode.OK);
        Assert.True(consented.GetProperty("expertConsented").GetBoolean());
        await (await s.Coordinator.PostAsync($"/api/stories/{id}/submit", null, Ct)).ReadJsonAsync(HttpStatusCode.OK);
        await (await s.Staff.PostJsonAsync($"/api/stories/{id}/review", new { decision = "publish" })).ReadJsonAsync(HttpStatusCode.OK);

        var named = await (await factory.CreateClient().GetAsync($"/api/stories/{id}", Ct)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.StartsWith("Expert 1 ", named.GetProperty("expertName").GetString(), StringComparison.Ordinal);
        Assert.Equal(named.GetProperty("expertName").GetString(), named.GetProperty("expert").GetString());

        await (await s.Expert(1).PostJsonAsync($"/api/stories/{id}/consent", new { consent = false })).ReadJsonAsync(HttpStatusCode.OK);
        var withdrawn = await (await factory.CreateClient().GetAsync($"/api/stories/{id}", Ct)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(JsonValueKind.Null, withdrawn.GetProperty("expertName").ValueKind);
        Assert.Contains(withdrawn.GetProperty("expert").GetString(), AnonymousExpert);

        // Every step is in the audit trail: written, submitted, published, the consent given and withdrawn.
        var audit = (await (await s.Staff.GetAsync($"/api/audit?entityId={id}", Ct)).ReadJsonAsync(HttpStatusCode.OK)).EnumerateArray()
            .Select(a => (Action: a.GetProperty("action").GetString(), To: a.TryGetProperty("to", out var to) ? to.GetString() : null)).ToList();
        (string?, string?)[] expected = [("added", "draft"), ("consent-given", null), ("consent-withdrawn", null), ("status-changed", "published"), ("status-changed", "submitted")];
        Assert.Equal(expected, audit.Select(a => ((string?)a.Action, a.To)).OrderBy(a => a.Item1, StringComparer.Ordinal).ThenBy(a => a.Item2, StringComparer.Ordinal));
    }

    [Fact]
    public async Task PublishingAfterTheConsentWasWithdrawn_IsRefused()
    {
        var (s, engagementId, _) = await EndedEngagementAsync("FiDETT");
        var id = await WriteAsync(s.Coordinator, Body(engagementId, nameExpert: true));
        await (await s.Expert(1).PostJsonAsync($"/api/stories/{id}/consent", new { consent = true })).ReadJsonAsync(HttpStatusCode.OK);
        await (await s.Coordinator.PostAsync($"/api/stories/{id}/submit", null, Ct)).ReadJsonAsync(HttpStatusCode.OK);
        await (await s.Expert(1).PostJsonAsync($"/api/stories/{id}/consent", new { consent = false })).ReadJsonAsync(HttpStatusCode.OK);

        await (await s.Staff.PostJsonAsync($"/api/stories/{id}/review", new { decision = "publish" }))
            .AssertProblemCodeAsync(HttpStatusCode.Conflict, "story.expert-consent-missing");
        Assert.DoesNotContain(await PublicListAsync(), x => x.GetProperty("id").GetGuid() == id);
    }

    [Fact]
    public async Task StaffReturnWithANote_TheAuthorEditsWithTheVersion_AStaleVersionIs409_AndResubmits()
    {
        var (s, engagementId, _) = await EndedEngagementAsync("CIV Wind op Zee");
        var id = await WriteAsync(s.Coordinator, Body(engagementId));
        await (await s.Coordinator.PostAsync($"/api/stories/{id}/submit", null, Ct)).ReadJsonAsync(HttpStatusCode.OK);

        await (await s.Staff.PostJsonAsync($"/api/stories/{id}/review", new { decision = "return" })).AssertValidationProblemAsync("note");
        var returned = await (await s.Staff.PostJsonAsync($"/api/stories/{id}/review", new { decision = "return", note = "Noem wat de begroting opleverde." }))
            .ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal("returned", returned.GetProperty("status").GetString());
        await (await s.Staff.PostJsonAsync($"/api/stories/{id}/review", new { decision = "publish" })).AssertProblemCodeAsync(HttpStatusCode.Conflict, "story.not-submitted");

        var mine = await (await s.Coordinator.GetAsync($"/api/stories/{id}", Ct)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal("Noem wat de begroting opleverde.", mine.GetProperty("reviewNote").GetString());
        Assert.Contains("edit", mine.GetProperty("actions").EnumerateArray().Select(a => a.GetString()));
        var version = mine.GetProperty("version").GetInt32();
        var edit = Body(engagementId, "Een begroting voor vijf jaar");
        edit.Remove("engagementId");
        edit["version"] = version;
        var updated = await (await s.Coordinator.PutJsonAsync($"/api/stories/{id}", edit)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal("Een begroting voor vijf jaar", updated.GetProperty("title").GetString());
        await (await s.Coordinator.PutJsonAsync($"/api/stories/{id}", edit)).AssertProblemCodeAsync(HttpStatusCode.Conflict, "concurrency.stale-version");

        var resubmitted = await (await s.Coordinator.PostAsync($"/api/stories/{id}/submit", null, Ct)).ReadJsonAsync(HttpStatusCode.OK);
        edit["version"] = resubmitted.GetProperty("version").GetInt32();
        await (await s.Coordinator.PutJsonAsync($"/api/stories/{id}", edit)).AssertProblemCodeAsync(HttpStatusCode.Conflict, "story.not-editable");
    }

    [Fact]
    public async Task AStoryBeforeTheEngagementEnded_Is409()
    {
        var s = await new Scenario(factory, Scenario.NewTag()).WithRequestAsync("SEECE");
        var (_, _, engagementId) = await s.EngagedAsync();

        await (await s.Coordinator.PostJsonAsync("/api/stories", Body(engagementId))).AssertProblemCodeAsync(HttpStatusCode.Conflict, "story.engagement-not-ended");
    }

    [Fact]
    public async Task WhoMayWrite_401ForNobody_403ForExpertsAndOtherLcsCoordinators_BeforeA400_And404ForAMissingEngagement()
    {
        var (s, engagementId, _) = await EndedEngagementAsync("FiDETT");
        var other = await new Scenario(factory, Scenario.NewTag()).WithRequestAsync("SEECE");
        var bad = Body(engagementId);
        bad["title"] = "";

        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.CreateClient().PostJsonAsync("/api/stories", Body(engagementId))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await s.Expert(1).PostJsonAsync("/api/stories", Body(engagementId))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.Coordinator.PostJsonAsync("/api/stories", bad)).StatusCode); // 403 before 400
        await (await s.Coordinator.PostJsonAsync("/api/stories", bad)).AssertValidationProblemAsync("title");
        var unknownPhase = Body(engagementId);
        unknownPhase["phase"] = "someday";
        await (await s.Coordinator.PostJsonAsync("/api/stories", unknownPhase)).AssertValidationProblemAsync("phase");
        var unknownTool = Body(engagementId);
        unknownTool["tools"] = new[] { "Geen bestaande tool" };
        await (await s.Coordinator.PostJsonAsync("/api/stories", unknownTool)).AssertValidationProblemAsync("tools[0]");
        await (await s.Coordinator.PostJsonAsync("/api/stories", Body(Guid.NewGuid()))).ReadJsonAsync(HttpStatusCode.NotFound);

        Assert.Equal(0, await Scenario.CountAsync(factory, db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(
            db.Stories, x => x.EngagementId == new Domain.Engagements.EngagementId(engagementId), Ct)));
    }

    [Fact]
    public async Task AnUnpublishedStory_IsHiddenFromStrangers_AndOnlyItsAuthorAndStaffChangeIt_OnlyStaffReview()
    {
        var (s, engagementId, _) = await EndedEngagementAsync("CIV Wind op Zee");
        var other = await new Scenario(factory, Scenario.NewTag()).WithRequestAsync("SEECE");
        var id = await WriteAsync(s.Coordinator, Body(engagementId));

        await (await factory.CreateClient().GetAsync($"/api/stories/{id}", Ct)).ReadJsonAsync(HttpStatusCode.NotFound);
        await (await other.Coordinator.GetAsync($"/api/stories/{id}", Ct)).ReadJsonAsync(HttpStatusCode.NotFound);
        await (await s.Staff.GetAsync($"/api/stories/{id}", Ct)).ReadJsonAsync(HttpStatusCode.OK);
        await (await s.Expert(1).GetAsync($"/api/stories/{id}", Ct)).ReadJsonAsync(HttpStatusCode.OK); // the expert reads it to decide on consent
        await (await factory.CreateClient().GetAsync($"/api/stories/{Guid.NewGuid()}", Ct)).ReadJsonAsync(HttpStatusCode.NotFound);

        Assert.Equal(HttpStatusCode.Forbidden, (await other.Coordinator.PostAsync($"/api/stories/{id}/submit", null, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.Coordinator.PutJsonAsync($"/api/stories/{id}", new { title = "" })).StatusCode); // 403 before 400
        Assert.Equal(HttpStatusCode.Forbidden, (await s.Coordinator.PostJsonAsync($"/api/stories/{id}/review", new { decision = "publish" })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.CreateClient().PostAsync($"/api/stories/{id}/submit", null, Ct)).StatusCode);
        await (await s.Staff.PostJsonAsync($"/api/stories/{id}/review", new { decision = "maybe" })).AssertValidationProblemAsync("decision");
        await (await s.Staff.PostJsonAsync($"/api/stories/{Guid.NewGuid()}/review", new { decision = "publish" })).ReadJsonAsync(HttpStatusCode.NotFound);
        await (await s.Staff.PostJsonAsync($"/api/stories/{id}/review", new { decision = "publish" })).AssertProblemCodeAsync(HttpStatusCode.Conflict, "story.not-submitted");

        var mine = await (await s.Coordinator.GetAsync($"/api/stories/mine?engagementId={engagementId}", Ct)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(id, Assert.Single(mine.EnumerateArray()).GetProperty("id").GetGuid());
        Assert.Empty((await (await other.Coordinator.GetAsync($"/api/stories/mine?engagementId={engagementId}", Ct)).ReadJsonAsync(HttpStatusCode.OK)).EnumerateArray());
    }

    [Theory]
    [InlineData("phase=someday", "phase")]
    [InlineData("bottleneck=weather", "bottleneck")]
    [InlineData("page=0", "page")]
    [InlineData("tool=No%20such%20tool", "tool")]
    public async Task BadFilters_Are400NamingTheParameter(string query, string field) =>
        await (await factory.CreateClient().GetAsync($"/api/stories?{query}", Ct)).AssertValidationProblemAsync(field);
}
