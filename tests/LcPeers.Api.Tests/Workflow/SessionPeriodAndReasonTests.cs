using System.Net;
using LcPeers.Api.Tests.Infrastructure;
using LcPeers.Domain.Common;
using MimeKit;

namespace LcPeers.Api.Tests.Workflow;

/// <summary>Sessions keep to the engagement's period; a cancellation's optional reason is checked and reaches the mail and the calendar.</summary>
public sealed class SessionPeriodAndReasonTests(MailFixture factory) : IClassFixture<MailFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static object SessionBody(string start, string end, string title = "Werksessie") => new { title, start, end };

    [Theory]
    [InlineData("2027-01-31T10:00:00", "2027-01-31T11:00:00")] // the day before the period (2027-02-01 to 2027-05-31)
    [InlineData("2027-05-31T23:00:00", "2027-06-01T00:30:00")] // ends the day after
    [InlineData("2027-06-01T00:30:00", "2027-06-01T01:30:00")] // in UTC still 31 May, in Amsterdam already June
    public async Task Schedule_OutsideThePeriod_Is409WithItsCode(string start, string end)
    {
        var s = await new Scenario(factory, Scenario.NewTag()).WithRequestAsync("TransAct");
        var (_, _, engagementId) = await s.EngagedAsync(1);

        await (await s.Coordinator.PostJsonAsync($"/api/engagements/{engagementId}/sessions", SessionBody(start, end)))
            .AssertProblemCodeAsync(HttpStatusCode.Conflict, RuleCodes.Session.OutsidePeriod);
        var engagement = await (await s.Coordinator.GetAsync($"/api/engagements/{engagementId}", Ct)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(0, engagement.GetProperty("sessions").GetArrayLength());
    }

    [Fact]
    public async Task Schedule_OnTheFirstAndLastDay_IsAccepted_ButMovingOutIs409()
    {
        var s = await new Scenario(factory, Scenario.NewTag()).WithRequestAsync("GreenVillage");
        var (_, _, engagementId) = await s.EngagedAsync(1);

        await (await s.Coordinator.PostJsonAsync($"/api/engagements/{engagementId}/sessions", SessionBody("2027-02-01T09:00:00", "2027-02-01T10:00:00")))
            .ReadJsonAsync(HttpStatusCode.Created);
        var last = await (await s.Coordinator.PostJsonAsync($"/api/engagements/{engagementId}/sessions", SessionBody("2027-05-31T22:00:00", "2027-05-31T23:30:00")))
            .ReadJsonAsync(HttpStatusCode.Created);

        await (await s.Coordinator.PutJsonAsync($"/api/engagements/{engagementId}/sessions/{last.GetProperty("id").GetGuid()}", SessionBody("2027-06-02T10:00:00", "2027-06-02T11:00:00")))
            .AssertProblemCodeAsync(HttpStatusCode.Conflict, RuleCodes.Session.OutsidePeriod);
        var engagement = await (await s.Coordinator.GetAsync($"/api/engagements/{engagementId}", Ct)).ReadJsonAsync(HttpStatusCode.OK);
        var moved = engagement.GetProperty("sessions").EnumerateArray().Single(x => x.GetProperty("id").GetGuid() == last.GetProperty("id").GetGuid());
        Assert.Equal("2027-05-31T22:00:00", moved.GetProperty("localStart").GetString());
    }

    [Fact]
    public async Task Cancel_WithAReason_PutsItInTheMailTheCalendarAndTheAudit()
    {
        var tag = Scenario.NewTag();
        var s = await new Scenario(factory, tag).WithRequestAsync("Scale");
        var (_, _, engagementId) = await s.EngagedAsync(1);
        var title = $"Reden {tag}";
        var created = await (await s.Coordinator.PostJsonAsync($"/api/engagements/{engagementId}/sessions", SessionBody("2027-03-04T10:00:00", "2027-03-04T11:00:00", title)))
            .ReadJsonAsync(HttpStatusCode.Created);
        var sessionId = created.GetProperty("id").GetGuid();
        await MailsAsync(s, $"Uitnodiging: {title}", 2);

        const string reason = "De zaal is niet beschikbaar; we plannen opnieuw.";
        await (await s.Coordinator.DeleteAsync($"/api/engagements/{engagementId}/sessions/{sessionId}?reason={Uri.EscapeDataString(reason)}", Ct))
            .ReadJsonAsync(HttpStatusCode.OK);

        var cancels = await MailsAsync(s, $"Geannuleerd: {title}", 2);
        Assert.All(cancels, m =>
        {
            Assert.Contains($"Reden: {reason}", m.TextBody, StringComparison.Ordinal);
            Assert.Contains(reason, m.Calendar().Events.Single().Description, StringComparison.Ordinal);
        });
        var audit = (await (await s.Staff.GetAsync($"/api/audit?entityId={sessionId}", Ct)).ReadJsonAsync(HttpStatusCode.OK)).EnumerateArray().ToList();
        Assert.Equal(reason, Assert.Single(audit, a => a.GetProperty("action").GetString() == "cancel").GetProperty("reason").GetString());
    }

    [Fact]
    public async Task Cancel_WithoutAReason_SaysNoReason()
    {
        var tag = Scenario.NewTag();
        var s = await new Scenario(factory, tag).WithRequestAsync("SEECE");
        var (_, _, engagementId) = await s.EngagedAsync(1);
        var title = $"Zonder {tag}";
        var created = await (await s.Coordinator.PostJsonAsync($"/api/engagements/{engagementId}/sessions", SessionBody("2027-03-05T10:00:00", "2027-03-05T11:00:00", title)))
            .ReadJsonAsync(HttpStatusCode.Created);
        await MailsAsync(s, $"Uitnodiging: {title}", 2);

        await (await s.Coordinator.DeleteAsync($"/api/engagements/{engagementId}/sessions/{created.GetProperty("id").GetGuid()}", Ct)).ReadJsonAsync(HttpStatusCode.OK);

        var cancels = await MailsAsync(s, $"Geannuleerd: {title}", 2);
        Assert.All(cancels, m => Assert.DoesNotContain("Reden:", m.TextBody, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(501, "")]
    [InlineData(10, "\u0007")]
    public async Task Cancel_WithABadReason_Is400NamingTheReason_AndTheSessionStays(int length, string extra)
    {
        var s = await new Scenario(factory, Scenario.NewTag()).WithRequestAsync("Connectr");
        var (_, _, engagementId) = await s.EngagedAsync(1);
        var created = await (await s.Coordinator.PostJsonAsync($"/api/engagements/{engagementId}/sessions", SessionBody("2027-03-06T10:00:00", "2027-03-06T11:00:00")))
            .ReadJsonAsync(HttpStatusCode.Created);
        var sessionId = created.GetProperty("id").GetGuid();
        var reason = new string('x', length) + extra;

        await (await s.Coordinator.DeleteAsync($"/api/engagements/{engagementId}/sessions/{sessionId}?reason={Uri.EscapeDataString(reason)}", Ct))
            .AssertValidationProblemAsync("reason");
        var engagement = await (await s.Coordinator.GetAsync($"/api/engagements/{engagementId}", Ct)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal("scheduled", engagement.GetProperty("sessions").EnumerateArray().Single().GetProperty("status").GetString());
    }

    private async Task<List<MimeMessage>> MailsAsync(Scenario s, string subject, int count)
    {
        var all = await factory.Smtp.WaitForAsync(m => s.Mine(m).Count(x => x.Subject == subject) >= count, $"{count} x '{subject}'");
        return [.. s.Mine(all).Where(x => x.Subject == subject)];
    }
}
