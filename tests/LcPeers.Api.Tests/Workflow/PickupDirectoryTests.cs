using System.Diagnostics;
using System.Net;
using LcPeers.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using MimeKit;

namespace LcPeers.Api.Tests.Workflow;

/// <summary>Without an SMTP host the app still works anywhere: mail is written as .eml files to the pickup folder.</summary>
public sealed class PickupDirectoryTests(LcPeersApiFactory factory) : IClassFixture<LcPeersApiFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task WithoutSmtpHost_TheInvitationIsWrittenAsAnEmlFileNamedAfterItsOutboxRow()
    {
        var tag = Scenario.NewTag();
        var s = await new Scenario(factory, tag).WithRequestAsync();
        var proposal = (await s.ProposeAsync((await s.RegisterExpertAsync(1, ["en"]), false)))[0];

        await (await s.Staff.PostAsync($"/api/proposals/{proposal}/approve", null, Ct)).ReadJsonAsync(HttpStatusCode.OK);

        var id = await s.InDbAsync(db => db.OutboxEmails.Where(e => e.RelatedEntityId == proposal).Select(e => e.Id).SingleAsync(Ct));
        var file = Path.Combine(factory.PickupDirectory, $"{id:N}.eml");
        var limit = Stopwatch.StartNew();
        while (!File.Exists(file))
        {
            Assert.True(limit.Elapsed < TimeSpan.FromSeconds(15), $"No {file}");
            await Task.Delay(25, Ct);
        }

        var message = await MimeMessage.LoadAsync(file, Ct);
        Assert.Equal($"{id:N}@lcpeers", message.MessageId);
        Assert.Equal("Invitation: CIV Wind op Zee asks for your help", message.Subject); // the expert works in English only
        Assert.Equal(Scenario.ExpertContact(tag, 1), message.To.Mailboxes.Single().Address);
        Assert.NotNull(message.TextBody);
        Assert.NotNull(message.HtmlBody);
    }
}
