using System.Net;
using LcPeers.Api.Tests.Infrastructure;
using LcPeers.Application.Notifications;
using LcPeers.Domain.Messaging;
using Microsoft.EntityFrameworkCore;
using MimeKit;

namespace LcPeers.Api.Tests.Lifecycle;

/// <summary>A host whose lifecycle job runs only when the test sweeps (the clock starts Friday 15 January 2027, 10:00 Amsterdam).</summary>
public sealed class FeedbackFixture() : AnswerWindowFixture(("Lifecycle:JobEnabled", "false"));

/// <summary>Helpers of the nudge tests; each test class has its own host, so its clock moves only for its own test.</summary>
public abstract class NudgeTestBase(FeedbackFixture factory)
{
    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    protected FeedbackFixture Factory => factory;

    internal static bool IsNudge(MimeMessage m) => m.Headers[HeaderId.ListUnsubscribe] is not null;

    internal static string? Kind(MimeMessage m) => m.Headers["X-LcPeers-Kind"];

    internal static async Task CompleteAsync(Scenario s, Guid engagementId) =>
        await (await s.Coordinator.PostAsync($"/api/engagements/{engagementId}/complete", null, Ct)).ReadJsonAsync(HttpStatusCode.OK);

    internal async Task<List<MimeMessage>> SettledAsync(Scenario s)
    {
        await Task.Delay(400, Ct);
        return s.Mine(Factory.Smtp.Messages).Where(IsNudge).ToList();
    }

    /// <summary>Moves the fake clock to a local (Amsterdam, CET) time in January 2027.</summary>
    protected void At(int day, int hour, int minute = 0)
    {
        var target = new DateTimeOffset(2027, 1, day, hour, minute, 0, TimeSpan.FromHours(1));
        if (target > Factory.Time.GetUtcNow())
        {
            Factory.Time.Advance(target - Factory.Time.GetUtcNow());
        }
    }

}

public sealed class FeedbackRequestTests(FeedbackFixture factory) : NudgeTestBase(factory), IClassFixture<FeedbackFixture>
{
    [Fact]
    public async Task EndedEngagement_AsksBothSidesOnce_RemindsOnlyWhoHasNotAnswered_Once()
    {
        var tag = Scenario.NewTag();
        var s = await new Scenario(Factory, tag, "Noor de Vries").WithRequestAsync();
        var (_, _, engagementId) = await s.EngagedAsync();

        // Still running: nobody is asked.
        await Factory.SweepAsync();
        Assert.Empty(await SettledAsync(s));

        // Closed: three sweeps at once ask the coordinator and the expert once each, with an unsubscribe link.
        await CompleteAsync(s, engagementId);
        var results = await Task.WhenAll(Factory.SweepAsync(), Factory.SweepAsync(), Factory.SweepAsync());
        Assert.Equal(2, results.Sum(r => r.FeedbackNudges));
        var asked = s.Mine(await Factory.Smtp.WaitForAsync(m => s.Mine(m).Count(IsNudge) >= 2, "the two feedback requests"));
        var toCoordinator = Assert.Single(asked, m => m.IsTo(s.CoordinatorEmail) && IsNudge(m));
        Assert.Equal(NudgeNotifier.FeedbackRequestKind, Kind(toCoordinator));
        Assert.StartsWith("Hoe was de hulp van Expert 1", toCoordinator.Subject, StringComparison.Ordinal);
        Assert.Contains("Beste Noor de Vries,", toCoordinator.TextBody, StringComparison.Ordinal);
        Assert.Contains($"/requests/{s.RequestId}/engagement?engagementId={engagementId}", toCoordinator.TextBody, StringComparison.Ordinal);
        Assert.Equal("List-Unsubscribe=One-Click", toCoordinator.Headers["List-Unsubscribe-Post"]);
        Assert.Contains("/account/unsubscribe?token=", toCoordinator.Headers[HeaderId.ListUnsubscribe], StringComparison.Ordinal);
        Assert.Contains("Zet ze uit", toCoordinator.TextBody, StringComparison.Ordinal);
        var toExpert = Assert.Single(asked, m => m.IsTo(Scenario.ExpertContact(tag, 1)) && IsNudge(m));
        Assert.StartsWith("Hoe was de samenwerking met CIV Wind op Zee", toExpert.Subject, StringComparison.Ordinal);
        Assert.Contains($"/expert/engagements?engagementId={engagementId}", toExpert.TextBody, StringComparison.Ordinal);

        // The coordinator answers; six days later nothing more; after a week only the expert is reminded, once.
        await (await s.Coordinator.PostJsonAsync($"/api/engagements/{engagementId}/feedback", new { rating = 5, comment = "Precies wat we nodig hadden." }))
            .ReadJsonAsync(HttpStatusCode.Created);
        var feedback = (await (await s.Staff.GetAsync("/api/monitor", Ct)).ReadJsonAsync(HttpStatusCode.OK)).GetProperty("feedback");
        Assert.Equal(1, feedback.GetProperty("ended").GetInt32()); // this host's only engagement
        Assert.Equal(1, feedback.GetProperty("withCoordinatorFeedback").GetInt32());
        Assert.Equal(0, feedback.GetProperty("withExpertFeedback").GetInt32());
        Assert.Equal(1.0, feedback.GetProperty("coordinatorShare").GetDouble());
        At(21, 10);
        await Factory.SweepAsync();
        Assert.Equal(2, (await SettledAsync(s)).Count);
        At(22, 10, 30);
        await Task.WhenAll(Factory.SweepAsync(), Factory.SweepAsync());
        var reminded = s.Mine(await Factory.Smtp.WaitForAsync(m => s.Mine(m).Count(IsNudge) >= 3, "the expert's reminder"));
        var reminder = Assert.Single(reminded, m => Kind(m) == NudgeNotifier.FeedbackReminderKind);
        Assert.True(reminder.IsTo(Scenario.ExpertContact(tag, 1)));
        Assert.StartsWith("Herinnering: hoe was de samenwerking", reminder.Subject, StringComparison.Ordinal);
        At(29, 11);
        await Factory.SweepAsync();
        Assert.Equal(3, (await SettledAsync(s)).Count);
    }

}

public sealed class ReportRequestTests(FeedbackFixture factory) : NudgeTestBase(factory), IClassFixture<FeedbackFixture>
{
    [Fact]
    public async Task PeerReviewer_IsAskedForTheReport_AndRemindedUntilItIsIn_Once()
    {
        var tag = Scenario.NewTag();
        var s = await new Scenario(Factory, tag).WithRequestAsync("SEECE", b => b["kind"] = "peer-review");
        var (_, _, engagementId) = await s.EngagedAsync();
        await CompleteAsync(s, engagementId);
        await Factory.SweepAsync();
        var asked = s.Mine(await Factory.Smtp.WaitForAsync(m => s.Mine(m).Count(IsNudge) >= 2, "the requests"));
        var report = Assert.Single(asked, m => Kind(m) == NudgeNotifier.ReportRequestKind);
        Assert.True(report.IsTo(Scenario.ExpertContact(tag, 1)));
        Assert.StartsWith("Je peer-reviewrapport voor SEECE", report.Subject, StringComparison.Ordinal);
        Assert.Contains("Schrijf het rapport", report.TextBody, StringComparison.Ordinal);

        Factory.Time.Advance(TimeSpan.FromDays(7) + TimeSpan.FromHours(1));
        At(Factory.Time.GetUtcNow().Day, 10); // a working-day morning, whatever day the week ends on
        await Factory.SweepAsync();
        var all = s.Mine(await Factory.Smtp.WaitForAsync(m => s.Mine(m).Count(IsNudge) >= 4, "the two reminders"));
        Assert.Single(all, m => Kind(m) == NudgeNotifier.ReportReminderKind);
        Assert.Single(all, m => Kind(m) == NudgeNotifier.FeedbackReminderKind && m.IsTo(s.CoordinatorEmail));
    }

}

public sealed class QuietHoursTests(FeedbackFixture factory) : NudgeTestBase(factory), IClassFixture<FeedbackFixture>
{
    [Fact]
    public async Task NudgeInQuietHours_WaitsInTheOutbox_UntilMondayMorning()
    {
        var s = await new Scenario(Factory, Scenario.NewTag()).WithRequestAsync("Gas erop!");
        var (_, _, engagementId) = await s.EngagedAsync();
        At(29, 21, 15); // Friday evening
        await CompleteAsync(s, engagementId);
        Assert.True((await Factory.SweepAsync()).FeedbackNudges >= 1);

        var waiting = await s.InDbAsync(db => db.OutboxEmails.AsNoTracking()
            .Where(e => e.RelatedEntityId == engagementId && e.Kind == NudgeNotifier.FeedbackRequestKind).ToListAsync(Ct));
        Assert.NotEmpty(waiting);
        var monday = new DateTimeOffset(2027, 2, 1, 8, 0, 0, TimeSpan.FromHours(1));
        Assert.All(waiting, e => Assert.Equal(monday, e.NextAttemptAt));
        Assert.Empty(await SettledAsync(s));

        At(30, 12); // Saturday noon: still quiet
        Assert.Empty(await SettledAsync(s));
        Factory.Time.Advance(monday.AddMinutes(1) - Factory.Time.GetUtcNow());
        await Factory.Smtp.WaitForAsync(m => s.Mine(m).Count(IsNudge) == waiting.Count, "Monday's feedback requests");
    }

}

public sealed class NudgeOptOutTests(FeedbackFixture factory) : NudgeTestBase(factory), IClassFixture<FeedbackFixture>
{
    [Fact]
    public async Task TurnedOff_InSettingsOrByTheMailsOneClickLink_NoMoreNudges_ButWorkMailStillComes()
    {
        var tag = Scenario.NewTag();
        var s = await new Scenario(Factory, tag).WithRequestAsync();

        // The coordinator turns nudges off in their settings.
        var off = await (await s.Coordinator.PutJsonAsync("/api/account/mail-preferences", new { nudges = false })).ReadJsonAsync(HttpStatusCode.OK);
        Assert.False(off.GetProperty("nudges").GetBoolean());
        var (_, _, engagementId) = await s.EngagedAsync();
        await Factory.Smtp.WaitForAsync(m => s.Mine(m).Any(x => x.IsTo(s.CoordinatorEmail) && Kind(x) == "engagement.introduction"), "the introduction"); // work mail still comes
        await CompleteAsync(s, engagementId);
        await Factory.SweepAsync();
        var first = s.Mine(await Factory.Smtp.WaitForAsync(m => s.Mine(m).Any(IsNudge), "the expert's request"));
        Assert.DoesNotContain(first, m => IsNudge(m) && m.IsTo(s.CoordinatorEmail));

        // The expert uses the one-click link of the mail (RFC 8058 POST, not signed in, no antiforgery token).
        var link = first.Single(IsNudge).Headers[HeaderId.ListUnsubscribe]!.Trim('<', '>');
        var anonymous = Factory.CreateClient();
        var oneClick = await anonymous.PostAsync(new Uri(link).PathAndQuery, new FormUrlEncodedContent([new("List-Unsubscribe", "One-Click")]), Ct);
        Assert.Equal(HttpStatusCode.OK, oneClick.StatusCode);
        var mine = await (await s.Expert(1).GetAsync("/api/account/mail-preferences", Ct)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.False(mine.GetProperty("nudges").GetBoolean());
        Assert.Contains(Scenario.ExpertContact(tag, 1), mine.GetProperty("addresses").EnumerateArray().Select(a => a.GetString()));

        // A week on, no reminder to either of them.
        Factory.Time.Advance(TimeSpan.FromDays(8));
        At(Factory.Time.GetUtcNow().Day, 11);
        await Factory.SweepAsync();
        Assert.Single(await SettledAsync(s));
        Assert.Equal(0, await s.InDbAsync(db => db.OutboxEmails.CountAsync(e => e.RelatedEntityId == engagementId && e.Kind == NudgeNotifier.FeedbackReminderKind, Ct)));
    }

    [Fact]
    public async Task UnsubscribeWithABadToken_Is400NamingTheToken_AndChangesNothing()
    {
        var problem = await (await Factory.CreateClient().PostJsonAsync("/api/account/unsubscribe", new { token = "not-a-token" })).AssertValidationProblemAsync("token");
        Assert.Contains("unsubscribe", problem.GetProperty("errors").GetProperty("token")[0].GetString(), StringComparison.OrdinalIgnoreCase);
        var page = await Factory.CreateClient().PostAsync("/account/unsubscribe?token=tampered", new FormUrlEncodedContent([new("List-Unsubscribe", "One-Click")]), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.Equal(0, await Scenario.CountAsync(Factory, db => db.MailPreferences.CountAsync(p => p.NudgesOff && p.Address.Contains("tampered"), Ct)));
        Assert.Equal(HttpStatusCode.Unauthorized, (await Factory.CreateClient().GetAsync("/api/account/mail-preferences", Ct)).StatusCode);
    }
}
