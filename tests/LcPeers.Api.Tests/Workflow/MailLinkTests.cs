using System.Net;
using LcPeers.Api.Tests.Infrastructure;
using LcPeers.Domain.Accounts;
using LcPeers.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace LcPeers.Api.Tests.Workflow;

/// <summary>
/// Email links back to the app: absolute links under <c>App:PublicBaseUrl</c> (here with a path and a trailing slash),
/// each to the page its reader uses, in the mail and in the calendar event's URL and DESCRIPTION.
/// </summary>
public sealed class MailLinkTests(MailLinkTests.Host factory) : IClassFixture<MailLinkTests.Host>
{
    private const string BaseUrl = "https://lcpeers.example.org/app";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Invitation_LinksToItsAnswerPage()
    {
        var tag = Scenario.NewTag();
        var s = await new Scenario(factory, tag).WithRequestAsync();
        var expertId = await s.RegisterExpertAsync(1);
        var proposal = (await s.ProposeAsync((expertId, false)))[0];
        await (await s.Staff.PostAsync($"/api/proposals/{proposal}/approve", null, Ct)).ReadJsonAsync(HttpStatusCode.OK);

        var invitation = await OneAsync(s, m => m.IsTo(Scenario.ExpertContact(tag, 1)) && (m.Subject ?? "").StartsWith("Uitnodiging: CIV Wind op Zee", StringComparison.Ordinal));

        var link = $"{BaseUrl}/expert/invitations?proposalId={proposal}";
        Assert.Contains($"Bekijk en beantwoord de uitnodiging: {link}", invitation.TextBody, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"{link}\">", invitation.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Introductions_LinkToTheEngagement_AndNameTheCoordinatorWhereKnown()
    {
        var tag = Scenario.NewTag();
        var s = await new Scenario(factory, tag).WithRequestAsync();
        await NameAsync(s.CoordinatorEmail, "Carla Coördinator");
        var (_, _, engagementId) = await s.EngagedAsync(1);

        var toExpert = await OneAsync(s, m => m.IsTo(Scenario.ExpertContact(tag, 1)) && m.Subject == "Kennismaking met CIV Wind op Zee");
        Assert.Contains($"{BaseUrl}/expert/engagements?engagementId={engagementId}", toExpert.TextBody, StringComparison.Ordinal);
        // Other tests of this class link their coordinators to the same LC: find this one in the list.
        var coordinators = toExpert.TextBody!.Split('\n').Single(l => l.StartsWith("Coördinatoren: ", StringComparison.Ordinal));
        Assert.Contains($"Carla Coördinator ({s.CoordinatorEmail})", coordinators, StringComparison.Ordinal);

        var toCoordinator = await OneAsync(s, m => m.IsTo(s.CoordinatorEmail) && (m.Subject ?? "").StartsWith("Kennismaking: ", StringComparison.Ordinal));
        Assert.Contains($"<a href=\"{BaseUrl}/requests/{s.RequestId}/engagement?engagementId={engagementId}\">", toCoordinator.HtmlBody, StringComparison.Ordinal);
        Assert.Equal("Carla Coördinator", toCoordinator.To.Mailboxes.Single().Name);
    }

    [Fact]
    public async Task Introduction_ForACoordinatorWithoutAName_NamesTheAddress()
    {
        var tag = Scenario.NewTag();
        var s = await new Scenario(factory, tag).WithRequestAsync("SEECE");
        await s.EngagedAsync(1);

        var toExpert = await OneAsync(s, m => m.IsTo(Scenario.ExpertContact(tag, 1)) && m.Subject == "Kennismaking met SEECE");
        var coordinators = toExpert.TextBody!.Split('\n').Single(l => l.StartsWith("Coördinatoren: ", StringComparison.Ordinal));
        Assert.Contains(s.CoordinatorEmail, coordinators, StringComparison.Ordinal);
        Assert.DoesNotContain($"({s.CoordinatorEmail})", toExpert.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SessionInvite_SummaryNamesKindAndLc_UrlAndDescriptionLinkToTheEngagement_PerReader()
    {
        var tag = Scenario.NewTag();
        var s = await new Scenario(factory, tag).WithRequestAsync(shape: b => b["kind"] = "peer-review");
        var (_, _, engagementId) = await s.EngagedAsync(1);
        var engagement = await (await s.Coordinator.GetAsync($"/api/engagements/{engagementId}", Ct)).ReadJsonAsync(HttpStatusCode.OK);
        var intake = engagement.GetProperty("sessions").EnumerateArray().First().GetProperty("id").GetGuid();

        await (await s.Coordinator.PutJsonAsync($"/api/engagements/{engagementId}/sessions/{intake}",
            new { start = "2027-02-10T14:00:00", end = "2027-02-10T15:00:00", onlineUrl = "https://meet.example/intake", agenda = "Kennismaken; doelen, planning" })).ReadJsonAsync(HttpStatusCode.OK);

        var expertLink = $"{BaseUrl}/expert/engagements?engagementId={engagementId}";
        var coordinatorLink = $"{BaseUrl}/requests/{s.RequestId}/engagement?engagementId={engagementId}";
        foreach (var (address, link) in new[] { (Scenario.ExpertContact(tag, 1), expertLink), (s.CoordinatorEmail, coordinatorLink) })
        {
            var invite = await OneAsync(s, m => m.IsTo(address) && m.Subject == "Uitnodiging: Intake");
            var ev = invite.Calendar().Events.Single();
            Assert.Equal("Intake \u2013 CIV Wind op Zee", ev.Summary);
            Assert.Equal(new Uri(link), ev.Url);
            Assert.Equal($"Intake\nKennismaken; doelen, planning\nBekijk het traject in LcPeers: {link}", ev.Description);
            Assert.Equal("https://meet.example/intake", ev.Location);
            Assert.Contains($"Bekijk het traject in LcPeers: {link}", invite.TextBody, StringComparison.Ordinal);

            // RFC 5545 TEXT escaping survives: the agenda's ';' and ',' are escaped on the wire and the line breaks are "\n".
            var raw = invite.CalendarPart()!.Text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace("\n ", "", StringComparison.Ordinal);
            Assert.Contains("DESCRIPTION:Intake\\nKennismaken\\; doelen\\, planning\\nBekijk het traject in LcPeers: ", raw, StringComparison.Ordinal);
            Assert.Contains($"URL:{link}", raw, StringComparison.Ordinal);
        }
    }

    private async Task NameAsync(string email, string name)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LcPeersDbContext>();
        var normalised = Account.Normalise(email);
        var account = await db.Accounts.FirstOrDefaultAsync(a => a.Email == normalised, Ct);
        Assert.NotNull(account); // linking the coordinator created it
        account.Rename(name);
        await db.SaveChangesAsync(Ct);
    }

    private async Task<MimeMessage> OneAsync(Scenario s, Func<MimeMessage, bool> which)
    {
        var all = await factory.Smtp.WaitForAsync(m => s.Mine(m).Any(which), "the message");
        return s.Mine(all).First(which);
    }

    public sealed class Host() : MailApiFactory(new SmtpTestServer(), null, DefaultStart, ("App:PublicBaseUrl", BaseUrl + "/")), IAsyncLifetime
    {
        public async ValueTask InitializeAsync() => await Smtp.StartAsync();

        public override async ValueTask DisposeAsync()
        {
            await Smtp.StopAsync();
            await base.DisposeAsync();
        }
    }
}
