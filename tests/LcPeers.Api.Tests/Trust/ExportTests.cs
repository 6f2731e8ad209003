using System.Net;
using LcPeers.Api.Tests.Infrastructure;

namespace LcPeers.Api.Tests.Trust;

/// <summary>The expert's export holds what is about them and theirs to see, not staff deliberations.</summary>
public sealed class ExportTests(LcPeersApiFactory factory) : IClassFixture<LcPeersApiFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Export_LeavesOutProposalsTheExpertNeverSaw_RankScoreStaffReasonsAndApprovers()
    {
        var s = await new Scenario(factory, Scenario.NewTag()).WithRequestAsync();
        var expertId = await s.RegisterExpertAsync(1);

        // Rejected by staff, with a frank reason.
        var rejected = (await s.ProposeAsync((expertId, false)))[0];
        await (await s.Staff.PostJsonAsync($"/api/proposals/{rejected}/reject", new { reason = "Staff-only-remark-7781" })).ReadJsonAsync(HttpStatusCode.OK);

        // Only an alternate on a second request.
        await s.WithRequestAsync();
        var alternate = (await s.ProposeAsync((expertId, true)))[0];

        // Invited (approved), accepted, with a session.
        await s.WithRequestAsync();
        var invited = (await s.ProposeAsync((expertId, false)))[0];
        await (await s.Staff.PostAsync($"/api/proposals/{invited}/approve", null, Ct)).ReadJsonAsync(HttpStatusCode.OK);
        var engagementId = (await (await s.Expert(1).PostAsync($"/api/proposals/{invited}/accept", null, Ct)).ReadJsonAsync(HttpStatusCode.OK))
            .GetProperty("engagementId").GetGuid();
        var session = await (await s.Coordinator.PostJsonAsync($"/api/engagements/{engagementId}/sessions",
            new { title = "Kennismaking", start = "2027-02-03T10:00:00", end = "2027-02-03T11:00:00" })).ReadJsonAsync(HttpStatusCode.Created);

        var response = await s.Expert(1).GetAsync("/api/experts/me/export", Ct);
        var text = await response.Content.ReadAsStringAsync(Ct);
        var export = await response.ReadJsonAsync(HttpStatusCode.OK);

        var proposal = Assert.Single(export.GetProperty("proposals").EnumerateArray());
        Assert.Equal(invited, proposal.GetProperty("id").GetGuid());
        Assert.Equal("accepted", proposal.GetProperty("status").GetString());
        Assert.DoesNotContain(rejected.ToString(), text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(alternate.ToString(), text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Staff-only-remark-7781", text, StringComparison.Ordinal);
        Assert.DoesNotContain("staff@tse.example", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("\"rank\"", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\"score\"", text, StringComparison.Ordinal);
        Assert.DoesNotContain("approvedBy", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("decidedBy", text, StringComparison.OrdinalIgnoreCase);

        var engagement = Assert.Single(export.GetProperty("engagements").EnumerateArray());
        Assert.Equal(engagementId, engagement.GetProperty("id").GetGuid());
        var exportedSession = Assert.Single(engagement.GetProperty("sessions").EnumerateArray());
        Assert.Equal(session.GetProperty("id").GetGuid(), exportedSession.GetProperty("id").GetGuid());
        Assert.Equal("Kennismaking", exportedSession.GetProperty("title").GetString());
        Assert.Equal(expertId, export.GetProperty("profile").GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task Export_ADeclinedInvitation_KeepsTheExpertsOwnReason()
    {
        var s = await new Scenario(factory, Scenario.NewTag()).WithRequestAsync();
        var expertId = await s.RegisterExpertAsync(1);
        var invited = (await s.ProposeAsync((expertId, false)))[0];
        await (await s.Staff.PostAsync($"/api/proposals/{invited}/approve", null, Ct)).ReadJsonAsync(HttpStatusCode.OK);
        await (await s.Expert(1).PostJsonAsync($"/api/proposals/{invited}/decline", new { reason = "Geen tijd in februari" })).ReadJsonAsync(HttpStatusCode.OK);

        var export = await (await s.Expert(1).GetAsync("/api/experts/me/export", Ct)).ReadJsonAsync(HttpStatusCode.OK);

        var proposal = Assert.Single(export.GetProperty("proposals").EnumerateArray());
        Assert.Equal("declined", proposal.GetProperty("status").GetString());
        Assert.Equal("Geen tijd in februari", proposal.GetProperty("declineReason").GetString());
    }
}
