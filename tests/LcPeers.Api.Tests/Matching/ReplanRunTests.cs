using System.Net;
using System.Text.Json;
using LcPeers.Api.Tests.Infrastructure;
using LcPeers.Domain.Matching;
using Microsoft.EntityFrameworkCore;

namespace LcPeers.Api.Tests.Matching;

/// <summary>A re-planning run after a decline: the accepted pair stays, the open place is filled, and the run lists both.</summary>
public sealed class ReplanRunTests(LcPeersApiFactory factory) : IClassFixture<LcPeersApiFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Replan_AfterADecline_KeepsTheAcceptedExpert_FillsThePlace_AndListsTheChanges()
    {
        var s = await new Scenario(factory, Scenario.NewTag()).WithRequestAsync(shape: b => b["expertsWanted"] = 2);
        var stays = await s.RegisterExpertAsync(1);
        var declines = await s.RegisterExpertAsync(2);
        var proposals = await s.ProposeAsync((stays, false), (declines, false));
        foreach (var p in proposals)
        {
            await (await s.Staff.PostAsync($"/api/proposals/{p}/approve", null, Ct)).ReadJsonAsync(HttpStatusCode.OK);
        }

        await (await s.Expert(1).PostAsync($"/api/proposals/{proposals[0]}/accept", null, Ct)).ReadJsonAsync(HttpStatusCode.OK);
        await (await s.Expert(2).PostJsonAsync($"/api/proposals/{proposals[1]}/decline", new { reason = "Geen tijd" })).ReadJsonAsync(HttpStatusCode.OK);
        _ = await s.RegisterExpertAsync(3); // a newcomer who could take the place

        var start = await s.Staff.PostJsonAsync("/api/matching/runs", new { replan = true });
        var run = await WaitForAsync((await start.ReadJsonAsync(HttpStatusCode.Accepted)).GetProperty("id").GetGuid());

        Assert.Equal("completed", run.GetProperty("status").GetString());
        Assert.True(run.GetProperty("replan").GetBoolean());
        var changes = run.GetProperty("changes").EnumerateArray().Where(c => c.GetProperty("request").GetGuid() == s.RequestId).ToList();
        Assert.Equal(2, changes.Count);
        var kept = Assert.Single(changes, c => c.GetProperty("code").GetString() == "kept-accepted");
        Assert.Equal(stays, kept.GetProperty("kept").GetGuid());
        var filled = Assert.Single(changes, c => c.GetProperty("code").GetString() == "filled-open-place");
        var added = filled.GetProperty("added").GetGuid();
        Assert.Equal(JsonValueKind.Null, filled.GetProperty("removed").ValueKind);
        Assert.NotEqual(declines, added);
        Assert.NotEqual(stays, added);
        Assert.StartsWith("Expert ", filled.GetProperty("addedName").GetString());

        var runId = new MatchingRunId(run.GetProperty("id").GetGuid());
        var request = new LcPeers.Domain.Requests.SupportRequestId(s.RequestId);
        var created = await s.InDbAsync(db => db.Proposals.AsNoTracking().Where(p => p.RunId == runId && p.RequestId == request).ToListAsync(Ct));
        var proposal = Assert.Single(created);
        Assert.Equal(added, proposal.ExpertId.Value);
        Assert.Equal(ProposalStatus.Proposed, proposal.Status);
    }

    [Fact]
    public async Task Replan_WithTheFairObjective_Is400()
    {
        var response = await factory.StaffClient().PostJsonAsync("/api/matching/runs", new { replan = true, objective = "fair" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private async Task<JsonElement> WaitForAsync(Guid run)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var state = await (await factory.StaffClient().GetAsync($"/api/matching/runs/{run}", Ct)).ReadJsonAsync(HttpStatusCode.OK);
            if (state.GetProperty("status").GetString() is "completed" or "failed" || DateTime.UtcNow > deadline)
            {
                return state;
            }

            await Task.Delay(50, Ct);
        }
    }
}
