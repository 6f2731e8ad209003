using System.Net;
using System.Text.Json;
using LcPeers.Api.Tests.Infrastructure;
using LcPeers.Domain.Matching;
using LcPeers.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LcPeers.Api.Tests.Matching;

public sealed class MatchingRunTests(LcPeersApiFactory factory) : IClassFixture<LcPeersApiFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<(Guid Lc, HttpClient Coordinator)> LcAsync(string name, string coordinator, params string[] partners)
    {
        var staff = factory.StaffClient();
        var page = await (await staff.GetAsync($"/api/learning-communities?q={Uri.EscapeDataString(name)}", Ct)).ReadJsonAsync(HttpStatusCode.OK);
        var lc = page.GetProperty("items").EnumerateArray().First(i => i.GetProperty("name").GetString() == name);
        var id = lc.GetProperty("id").GetGuid();
        await staff.PutJsonAsync($"/api/learning-communities/{id}", new { name, region = "Zeeland", partnerOrganisations = partners, version = lc.GetProperty("version").GetInt32() });
        await staff.PutAsync($"/api/learning-communities/{id}/coordinators/{coordinator}", null, Ct);
        return (id, factory.ClientAs(coordinator, "Coordinator"));
    }

    private async Task<Guid> ExpertAsync(string key, string[] roles, int maxConcurrent, string organisation)
    {
        var body = Bodies.Expert($"Expert {key}", $"{key}@runs.example")
            .With("rolesOffered", roles).With("maxConcurrentEngagements", maxConcurrent).With("organisations", new[] { organisation })
            .With("languages", new[] { "nl" }).With("availability", Array.Empty<object>()).With("hoursPerMonth", 40);
        return (await (await factory.StaffClient().PostJsonAsync("/api/experts", body)).ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
    }

    private static async Task<Guid> SubmittedAsync(HttpClient coordinator, Dictionary<string, object?> body)
    {
        var id = (await (await coordinator.PostJsonAsync("/api/requests", body)).ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.OK, (await coordinator.PostAsync($"/api/requests/{id}/submit", null, Ct)).StatusCode);
        return id;
    }

    private async Task<JsonElement> WaitForAsync(Guid run)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var state = await (await factory.StaffClient().GetAsync($"/api/matching/runs/{run}", Ct)).ReadJsonAsync(HttpStatusCode.OK);
            var status = state.GetProperty("status").GetString();
            if (status is "completed" or "failed" || DateTime.UtcNow > deadline)
            {
                return state;
            }

            await Task.Delay(50, Ct);
        }
    }

    [Fact]
    public async Task Run_StaffsWhatItCan_RespectsCapacityConflictsAndTeamRule_AndNamesTheUnstaffable()
    {
        var (lcA, coordA) = await LcAsync("Energy College - Ik studeer Energie", "c@energycollege.example", "Partner Org");
        var (lcB, coordB) = await LcAsync("Connectr", "c@connectr-runs.example");
        var busy = await ExpertAsync("busy", ["webber", "peer-reviewer"], 1, "Busy Bureau");
        var conflicted = await ExpertAsync("conflicted", ["webber", "peer-reviewer"], 3, "Partner Org");
        var reviewer = await ExpertAsync("reviewer", ["peer-reviewer"], 2, "Review Bureau");
        _ = await ExpertAsync("webber", ["webber"], 2, "Web Bureau");

        var support = await SubmittedAsync(coordA, Bodies.Request(lcA).With("format", "hybrid"));
        var review = await SubmittedAsync(coordB, Bodies.Request(lcB).With("kind", "peer-review").With("expertsWanted", 2).With("format", "hybrid"));
        var english = await SubmittedAsync(coordB, Bodies.Request(lcB).With("languages", new[] { "en" }));

        var start = await factory.StaffClient().PostAsync("/api/matching/runs", null, Ct);
        var accepted = await start.ReadJsonAsync(HttpStatusCode.Accepted);
        var runId = accepted.GetProperty("id").GetGuid();
        Assert.Equal($"/api/matching/runs/{runId}", start.Headers.Location?.OriginalString);

        var run = await WaitForAsync(runId);
        Assert.Equal("completed", run.GetProperty("status").GetString());
        Assert.Equal(100, run.GetProperty("progress").GetInt32());
        Assert.Equal(3, run.GetProperty("requestCount").GetInt32());
        var unstaffable = run.GetProperty("unstaffable").EnumerateArray().ToList();
        var englishEntry = Assert.Single(unstaffable, u => u.GetProperty("requestId").GetGuid() == english);
        Assert.Contains("language", englishEntry.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()));

        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<LcPeersDbContext>();
        var proposals = await db.Proposals.AsNoTracking().Where(p => p.RunId == new MatchingRunId(runId)).ToListAsync(Ct);
        var proposed = proposals.Where(p => p.Status == ProposalStatus.Proposed).ToList();

        // Independent checks of the outcome.
        Assert.Single(proposed, p => p.RequestId.Value == support);
        Assert.Equal(2, proposed.Count(p => p.RequestId.Value == review));
        var reviewers = new[] { busy, conflicted, reviewer };
        Assert.Contains(proposed, p => p.RequestId.Value == review && reviewers.Contains(p.ExpertId.Value));
        Assert.DoesNotContain(proposals, p => p.RequestId.Value == support && p.ExpertId.Value == conflicted);
        Assert.True(proposed.Count(p => p.ExpertId.Value == busy) <= 1, "capacity of one");
        Assert.All(proposed.GroupBy(p => p.RequestId), g => Assert.Equal(g.Count(), g.Select(p => p.ExpertId).Distinct().Count()));
        Assert.Equal(proposed.Count, run.GetProperty("proposalCount").GetInt32());
        Assert.DoesNotContain(proposals, p => p.RequestId.Value == english);

        var request = await (await factory.StaffClient().GetAsync($"/api/requests/{review}", Ct)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal("matching", request.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Run_UnknownId_Is404_AndNonStaffIs403()
    {
        await (await factory.StaffClient().GetAsync($"/api/matching/runs/{Guid.NewGuid()}", Ct)).AssertProblemCodeAsync(HttpStatusCode.NotFound, "not-found");
        Assert.Equal(HttpStatusCode.Forbidden, (await factory.ClientAs("c@x.example", "Coordinator").PostAsync("/api/matching/runs", null, Ct)).StatusCode);
    }

    [Fact]
    public async Task FairRun_IsChosenPerRun_ReportsItsWorstRequestGapAndConcentration()
    {
        var (lc, coordinator) = await LcAsync("Connectr", "c@connectr-fair.example");
        await ExpertAsync("fair-one", ["webber"], 2, "Fair One Bureau");
        await ExpertAsync("fair-two", ["webber"], 2, "Fair Two Bureau");
        var first = await SubmittedAsync(coordinator, Bodies.Request(lc));
        var second = await SubmittedAsync(coordinator, Bodies.Request(lc).With("bottlenecks", new[] { "continuity" }));

        var start = await factory.StaffClient().PostJsonAsync("/api/matching/runs", new { objective = "fair" });
        var run = await WaitForAsync((await start.ReadJsonAsync(HttpStatusCode.Accepted)).GetProperty("id").GetGuid());

        Assert.Equal("completed", run.GetProperty("status").GetString());
        Assert.Equal("fair", run.GetProperty("objective").GetString());
        Assert.Equal(0, run.GetProperty("gap").GetDouble()); // a small instance is proven optimal within the limit
        var worst = run.GetProperty("worstRequest");
        Assert.Contains(worst.GetProperty("request").GetGuid(), new[] { first, second });
        Assert.InRange(worst.GetProperty("score").GetDouble(), 0.0, 1.0);
        var concentration = run.GetProperty("concentration");
        Assert.InRange(concentration.GetProperty("topDecileShare").GetDouble(), 0.0, 1.0);
        Assert.InRange(concentration.GetProperty("gini").GetDouble(), 0.0, 1.0);

        var monitor = await (await factory.StaffClient().GetAsync("/api/monitor", Ct)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.True(monitor.GetProperty("concentration").TryGetProperty("gini", out _));
    }

    [Fact]
    public async Task TotalRun_IsTheDefault_WithoutAGap()
    {
        var run = await WaitForAsync((await (await factory.StaffClient().PostAsync("/api/matching/runs", null, Ct)).ReadJsonAsync(HttpStatusCode.Accepted)).GetProperty("id").GetGuid());
        Assert.Equal("total", run.GetProperty("objective").GetString());
        Assert.Equal(JsonValueKind.Null, run.GetProperty("gap").ValueKind);
    }

    [Fact]
    public async Task UnknownObjective_Is400NamingIt_NothingQueued_AndNonStaffGet403First()
    {
        using (var scope = factory.Services.CreateScope())
        {
            var before = await scope.ServiceProvider.GetRequiredService<LcPeersDbContext>().MatchingRuns.CountAsync(Ct);
            var response = await factory.StaffClient().PostJsonAsync("/api/matching/runs", new { objective = "fastest" });
            var problem = await response.ReadJsonAsync(HttpStatusCode.BadRequest);
            Assert.True(problem.GetProperty("errors").TryGetProperty("objective", out _));
            Assert.Equal(before, await scope.ServiceProvider.GetRequiredService<LcPeersDbContext>().MatchingRuns.CountAsync(Ct));
        }

        var forbidden = await factory.ClientAs("c@x.example", "Coordinator").PostJsonAsync("/api/matching/runs", new { objective = "fastest" });
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
    }
}
