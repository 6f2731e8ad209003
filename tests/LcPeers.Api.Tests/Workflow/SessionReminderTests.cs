using System.Net;
using LcPeers.Api.Tests.Infrastructure;
using LcPeers.Application.Engagements.SessionJobs;
using LcPeers.Domain.Common;
using Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace LcPeers.Api.Tests.Workflow;

public sealed class SessionReminderTests(MailFixture factory) : IClassFixture<MailFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task RunJobAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ISender>().Send(new RunSessionJobsCommand(), Ct);
    }

    [Fact]
    public async Task Reminder_GoesOut24HoursBefore_OncePerSessionVersion_AndTheFirstSessionPutsTheRequestInProgress()
    {
        var tag = Scenario.NewTag();
        var s = await new Scenario(factory, tag).WithRequestAsync();
        var (_, _, engagementId) = await s.EngagedAsync(1);
        var created = await (await s.Coordinator.PostJsonAsync($"/api/engagements/{engagementId}/sessions",
            new { title = "Werksessie", start = "2027-03-10T10:00:00", end = "2027-03-10T12:00:00", location = "Vlissingen" })).ReadJsonAsync(HttpStatusCode.Created);
        var sessionId = created.GetProperty("id").GetGuid();
        static bool IsReminder(MimeKit.MimeMessage m) => (m.Subject ?? "").StartsWith("Herinnering: Werksessie", StringComparison.Ordinal);

        // 25 hours before (the session starts 09:00 UTC): nothing yet.
        factory.Time.Advance(new DateTimeOffset(2027, 3, 9, 8, 0, 0, TimeSpan.Zero) - factory.Time.GetUtcNow());
        await RunJobAsync();
        await Task.Delay(150, Ct);
        Assert.DoesNotContain(s.Mine(factory.Smtp.Messages), IsReminder);

        // Inside the 24 hours: the background job (on the fake clock) and three more runs at once send one reminder to each participant.
        factory.Time.Advance(TimeSpan.FromMinutes(90));
        await Task.WhenAll(RunJobAsync(), RunJobAsync(), RunJobAsync());
        var reminders = s.Mine(await factory.Smtp.WaitForAsync(m => s.Mine(m).Count(IsReminder) >= 2, "two reminders")).Where(IsReminder).ToList();
        Assert.Equal(new[] { Scenario.ExpertContact(tag, 1), s.CoordinatorEmail }.Order(), reminders.Select(m => m.To.Mailboxes.Single().Address).Order());
        Assert.Contains("Vlissingen", reminders[0].TextBody ?? "", StringComparison.Ordinal);
        await RunJobAsync();
        factory.Time.Advance(TimeSpan.FromMinutes(10));
        await RunJobAsync();
        await Task.Delay(150, Ct);
        Assert.Equal(2, s.Mine(factory.Smtp.Messages).Count(IsReminder));

        // A new version of the session gets its own reminder, 24 hours before its new time (10:00 UTC).
        await (await s.Coordinator.PutJsonAsync($"/api/engagements/{engagementId}/sessions/{sessionId}",
            new { start = "2027-03-10T11:00:00", end = "2027-03-10T13:00:00", location = "Vlissingen" })).ReadJsonAsync(HttpStatusCode.OK);
        await RunJobAsync();
        await Task.Delay(150, Ct);
        Assert.Equal(2, s.Mine(factory.Smtp.Messages).Count(IsReminder));
        factory.Time.Advance(TimeSpan.FromMinutes(25));
        await RunJobAsync();
        await factory.Smtp.WaitForAsync(m => s.Mine(m).Count(IsReminder) >= 4, "reminders for the new version");
        await RunJobAsync();
        await Task.Delay(150, Ct);
        Assert.Equal(4, s.Mine(factory.Smtp.Messages).Count(IsReminder));

        var before = await (await s.Coordinator.GetAsync($"/api/requests/{s.RequestId}", Ct)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal("matched", before.GetProperty("status").GetString());
        factory.Time.Advance(new DateTimeOffset(2027, 3, 10, 10, 5, 0, TimeSpan.Zero) - factory.Time.GetUtcNow());
        await RunJobAsync();
        var after = await (await s.Coordinator.GetAsync($"/api/requests/{s.RequestId}", Ct)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal("in-progress", after.GetProperty("status").GetString());
        Assert.Equal("system", after.GetProperty("history").EnumerateArray().Last().GetProperty("by").GetString());
    }
}

public sealed class FourEyesFixture : LcPeersApiFactory
{
    protected override IEnumerable<(string Key, string Value)> ExtraSettings() => [("Matching:RequireSecondApprover", "true")];
}

public sealed class FourEyesTests(FourEyesFixture factory) : IClassFixture<FourEyesFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task WithSecondApproverRequired_OneApprovalIsNotEnough_TheSamePersonTwiceIsRefused_TwoDifferentApprove()
    {
        var s = await new Scenario(factory, Scenario.NewTag()).WithRequestAsync();
        var ids = await s.ProposeAsync((await s.RegisterExpertAsync(1), false));
        var first = factory.ClientAs("first@tse.example", "Staff");
        var second = factory.ClientAs("second@tse.example", "Staff");

        var once = await (await first.PostAsync($"/api/proposals/{ids[0]}/approve", null, Ct)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal("proposed", once.GetProperty("status").GetString());
        Assert.Empty((await (await s.Expert(1).GetAsync("/api/experts/me/invitations", Ct)).ReadJsonAsync(HttpStatusCode.OK)).EnumerateArray());
        await (await first.PostAsync($"/api/proposals/{ids[0]}/approve", null, Ct)).AssertProblemCodeAsync(HttpStatusCode.Conflict, RuleCodes.Proposal.SameApprover);

        factory.Time.Advance(TimeSpan.FromMinutes(1));
        var twice = await (await second.PostAsync($"/api/proposals/{ids[0]}/approve", null, Ct)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal("approved", twice.GetProperty("status").GetString());
        Assert.Equal(["first@tse.example", "second@tse.example"], twice.GetProperty("approvedBy").EnumerateArray().Select(a => a.GetString()));
        var audit = await (await s.Staff.GetAsync($"/api/audit?entityId={ids[0]}", Ct)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(["approve-first", "approve"], audit.EnumerateArray().Select(a => a.GetProperty("action").GetString()));
        Assert.Single((await (await s.Expert(1).GetAsync("/api/experts/me/invitations", Ct)).ReadJsonAsync(HttpStatusCode.OK)).EnumerateArray());
    }
}
