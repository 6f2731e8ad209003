using System.Net;
using LcPeers.Api.Tests.Infrastructure;
using LcPeers.Application.Notifications;
using MimeKit;

namespace LcPeers.Api.Tests.Lifecycle;

/// <summary>
/// One app instance of a cluster that mails: its own host over a database file shared with the other instances,
/// the lifecycle job on Quartz every second and the outbox dispatcher both running, mail to one SMTP server.
/// </summary>
public sealed class MailClusterNode(SmtpTestServer smtp, string directory)
    : MailApiFactory(smtp, directory, DefaultStart,
        ("Lifecycle:SweepInterval", "00:00:01"),
        ("Scheduler:IdleWaitTime", "00:00:01"),
        ("Scheduler:CheckinInterval", "00:00:01"),
        ("Scheduler:CheckinMisfireThreshold", "00:00:02"));

public sealed class ClusteredNudgeTests : IAsyncLifetime
{
    private readonly string _directory = LcPeersApiFactory.NewDatabaseDirectory();
    private readonly SmtpTestServer _smtp = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => await _smtp.StartAsync();

    [Fact]
    public async Task TwoInstancesOnOneDatabase_EachFeedbackRequestIsSentOnce()
    {
        await using var a = new MailClusterNode(_smtp, _directory);
        await using var b = new MailClusterNode(_smtp, _directory);
        _ = a.Services;
        _ = b.Services;

        var tag = Scenario.NewTag();
        var s = await new Scenario(a, tag, "Noor de Vries").WithRequestAsync();
        var (_, _, engagementId) = await s.EngagedAsync();
        await (await new Scenario(b, tag, "Noor de Vries").Coordinator.PostAsync($"/api/engagements/{engagementId}/complete", null, Ct))
            .ReadJsonAsync(HttpStatusCode.OK);

        // Both instances' schedulers sweep every second of their (fake) clocks and both dispatch the outbox.
        async Task TickAsync()
        {
            a.Time.Advance(TimeSpan.FromSeconds(1));
            b.Time.Advance(TimeSpan.FromSeconds(1));
            await Task.Delay(200, Ct);
        }

        List<MimeMessage> Asked() => [.. s.Mine(_smtp.Messages).Where(m => NudgeTestBase.Kind(m) == NudgeNotifier.FeedbackRequestKind)];

        var deadline = DateTime.UtcNow.AddSeconds(45);
        while (Asked().Count < 2 && DateTime.UtcNow < deadline)
        {
            await TickAsync();
        }

        // Keep both sweeping a few more rounds: a nudge keyed twice, or a row sent by both dispatchers, would show now.
        for (var i = 0; i < 10; i++)
        {
            await TickAsync();
        }

        var asked = Asked();
        Assert.Single(asked, m => m.IsTo(s.CoordinatorEmail));
        Assert.Single(asked, m => m.IsTo(Scenario.ExpertContact(tag, 1)));
        Assert.Equal(2, asked.Count);
    }

    public async ValueTask DisposeAsync()
    {
        await _smtp.StopAsync();
        LcPeersApiFactory.DeleteDatabaseDirectory(_directory);
    }
}
