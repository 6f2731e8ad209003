using System.Diagnostics;
using System.Net;
using LcPeers.Api.Tests.Infrastructure;
using LcPeers.Application.Notifications;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LcPeers.Api.Tests.Lifecycle;

/// <summary>
/// A running app on the system clock, as an operator would try it: a twenty-second answer window and the lifecycle
/// job on its Quartz trigger every five seconds; nothing in the test sweeps or moves time.
/// </summary>
public sealed class RealClockFixture() : AnswerWindowFixture(
    ("Lifecycle:InvitationAnswerWindow", "00:00:20"),
    ("Lifecycle:SweepInterval", "00:00:05"),
    ("Scheduler:IdleWaitTime", "00:00:01"))
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton(TimeProvider.System);
        });
    }
}

public sealed class RealClockAnswerWindowTests(RealClockFixture factory) : IClassFixture<RealClockFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TwentySecondWindow_UnansweredInvitation_ExpiresWithinAMinute_OneNoLongerNeededMail_NextCandidateProposed()
    {
        var tag = Scenario.NewTag();
        var s = await new Scenario(factory, tag).WithRequestAsync();
        var first = await s.RegisterExpertAsync(1);
        var second = await s.RegisterExpertAsync(2);
        var ids = await s.ProposeAsync((first, false), (second, true));
        await (await s.Staff.PostAsync($"/api/proposals/{ids[0]}/approve", null, Ct)).ReadJsonAsync(HttpStatusCode.OK);
        var approved = Stopwatch.StartNew();

        var gone = await factory.Smtp.WaitForAsync(
            m => s.Mine(m).Any(x => x.IsTo(Scenario.ExpertContact(tag, 1)) && NudgeTestBase.Kind(x) == Notifier.InvitationExpiredKind),
            "the no-longer-needed mail", TimeSpan.FromSeconds(60));
        Assert.InRange(approved.Elapsed, TimeSpan.FromSeconds(20), TimeSpan.FromSeconds(60));

        // Two more sweeps: still one mail, the invitation expired, the next alternate proposed to staff.
        await Task.Delay(TimeSpan.FromSeconds(11), Ct);
        Assert.Single(s.Mine(factory.Smtp.Messages), x => NudgeTestBase.Kind(x) == Notifier.InvitationExpiredKind);
        var proposals = (await (await s.Staff.GetAsync($"/api/requests/{s.RequestId}/proposals", Ct)).ReadJsonAsync(HttpStatusCode.OK)).EnumerateArray()
            .ToDictionary(p => p.GetProperty("id").GetGuid(), p => p.GetProperty("status").GetString());
        Assert.Equal("expired", proposals[ids[0]]);
        Assert.Equal("proposed", proposals[ids[1]]);
        Assert.NotEmpty(gone);
    }
}
