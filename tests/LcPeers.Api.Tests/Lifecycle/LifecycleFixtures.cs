using LcPeers.Api.Tests.Infrastructure;
using LcPeers.Application.Lifecycle.RunLifecycleJobs;
using Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace LcPeers.Api.Tests.Lifecycle;

/// <summary>A mail host with a two-day answer window and the lifecycle job sweeping every second (on the fake clock).</summary>
public class AnswerWindowFixture : MailApiFactory, IAsyncLifetime
{
    public AnswerWindowFixture()
        : this([])
    {
    }

    protected AnswerWindowFixture(params (string Key, string Value)[] more)
        : base(new SmtpTestServer(), null, DefaultStart, [("Lifecycle:InvitationAnswerWindow", "2.00:00:00"), ("Lifecycle:SweepInterval", "00:00:01"), ("Lifecycle:ConfirmSubmissions", "true"), .. more])
    {
    }

    public async ValueTask InitializeAsync() => await Smtp.StartAsync();

    public override async ValueTask DisposeAsync()
    {
        await Smtp.StopAsync();
        await base.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    /// <summary>One run of the lifecycle job, as the scheduler sends it.</summary>
    public async Task<LifecycleJobResult> SweepAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(new RunLifecycleJobsCommand(), TestContext.Current.CancellationToken);
    }
}

/// <summary>The same, with an expired invitation's next alternate approved and invited by the system.</summary>
public sealed class AutoApproveFixture() : AnswerWindowFixture(("Matching:AutoApproveAlternates", "true"));

/// <summary>
/// A host (its clock starts on Friday 15 January 2027, 10:00 Amsterdam time) with the staff digest at 08:00 to one
/// configured address. The lifecycle job is driven by the test only, so each sweep is one the test chose.
/// </summary>
public sealed class DigestFixture() : AnswerWindowFixture(
    ("Lifecycle:StaffDigestTime", "08:00"),
    ("Lifecycle:StaffDigestRecipients:0", DigestFixture.Recipient),
    ("Lifecycle:JobEnabled", "false"))
{
    public const string Recipient = "digest-staff@tse.example";
}
