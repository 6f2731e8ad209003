using System.Net;
using System.Text;
using LcPeers.Api.Tests.Infrastructure;
using LcPeers.Application.Common.Accounts;
using LcPeers.Domain.Auditing;
using LcPeers.Domain.Messaging;
using LcPeers.Infrastructure.Email;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LcPeers.Api.Tests.Trust;

/// <summary>After an expert erases their profile, their address and name are nowhere in the database file.</summary>
public sealed class ErasureTests(MailFixture factory) : IClassFixture<MailFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Erase_LeavesTheAddressAndNameNowhereInTheDatabaseFile_AndHistoriesShowTheDeletedMarker()
    {
        var tag = Scenario.NewTag();
        var s = await new Scenario(factory, tag).WithRequestAsync();
        var (_, proposal, engagement) = await s.EngagedAsync(1);
        await factory.Smtp.WaitForAsync(m => s.Mine(m).Any(x => x.IsTo(Scenario.ExpertContact(tag, 1))), "the invitation to the expert");
        Assert.Equal(HttpStatusCode.OK, (await s.Staff.PostAsync($"/api/engagements/{engagement}/complete", null, Ct)).StatusCode);
        await (await s.Expert(1).PostJsonAsync($"/api/engagements/{engagement}/feedback", new { rating = 4, comment = "Fijne samenwerking" }))
            .ReadJsonAsync(HttpStatusCode.Created);
        await (await s.Coordinator.PostJsonAsync($"/api/engagements/{engagement}/feedback", new { rating = 5, comment = "Top" }))
            .ReadJsonAsync(HttpStatusCode.Created);

        var account = Scenario.ExpertAccount(tag, 1);
        var contact = Scenario.ExpertContact(tag, 1);
        var name = $"Expert 1 {tag}";
        Assert.Contains(account, await DatabaseTextAsync(), StringComparison.OrdinalIgnoreCase); // the check below can fail

        Assert.Equal(HttpStatusCode.NoContent, (await s.Expert(1).DeleteAsync("/api/experts/me", Ct)).StatusCode);

        var text = await DatabaseTextAsync();
        Assert.DoesNotContain(account, text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(contact, text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(name, text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(s.CoordinatorEmail, text, StringComparison.OrdinalIgnoreCase); // others stay

        var request = await (await s.Coordinator.GetAsync($"/api/requests/{s.RequestId}", Ct)).ReadJsonAsync(HttpStatusCode.OK);
        var by = request.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("by").GetString()).ToList();
        Assert.Contains(ActorNames.Deleted, by); // the expert's acceptance moved the request on
        Assert.Contains(s.CoordinatorEmail, by);

        var decided = await (await s.Staff.GetAsync($"/api/proposals/{proposal}", Ct)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(ActorNames.Deleted, decided.GetProperty("decidedBy").GetString());
        Assert.Equal(["staff@tse.example"], decided.GetProperty("approvedBy").EnumerateArray().Select(a => a.GetString()));

        var audit = await (await s.Staff.GetAsync($"/api/audit?entityId={proposal}", Ct)).ReadJsonAsync(HttpStatusCode.OK);
        var accepted = Assert.Single(audit.EnumerateArray(), a => a.GetProperty("action").GetString() == AuditActions.Accept);
        Assert.Equal(ActorNames.Deleted, accepted.GetProperty("actor").GetString());

        var mail = await s.InDbAsync(db => db.OutboxEmails.AsNoTracking().Where(m => m.RelatedEntityId == proposal).ToListAsync(Ct));
        Assert.NotEmpty(mail);
        Assert.All(mail, m => Assert.Equal(OutboxEmail.PurgedSubject, m.Subject));
    }

    [Fact]
    public async Task Erase_CancelsPendingMailToThePerson_WhichIsNeverSent()
    {
        await using var host = new MailFixture(); // its SMTP server is down at first: the invitation waits for a retry
        var tag = Scenario.NewTag();
        var s = await new Scenario(host, tag).WithRequestAsync();
        var first = (await s.ProposeAsync((await s.RegisterExpertAsync(1), false)))[0];
        await (await s.Staff.PostAsync($"/api/proposals/{first}/approve", null, Ct)).ReadJsonAsync(HttpStatusCode.OK);
        await WaitForOutboxAsync(s, first, m => m.Attempts > 0 && m.ClaimedBy == null); // tried once, waiting for the retry

        Assert.Equal(HttpStatusCode.NoContent, (await s.Expert(1).DeleteAsync("/api/experts/me", Ct)).StatusCode);

        var invitation = await s.InDbAsync(db => db.OutboxEmails.AsNoTracking().SingleAsync(m => m.RelatedEntityId == first, Ct));
        Assert.Equal(OutboxStatus.Cancelled, invitation.Status);
        Assert.DoesNotContain(Scenario.ExpertContact(tag, 1), invitation.ToAddress, StringComparison.OrdinalIgnoreCase);

        // The server comes up and the retry is long due; mail to somebody else goes out, the cancelled one never does.
        await host.Smtp.StartAsync();
        host.Time.Advance(TimeSpan.FromHours(2));
        var second = (await s.ProposeAsync((await s.RegisterExpertAsync(2), false)))[0];
        await (await s.Staff.PostAsync($"/api/proposals/{second}/approve", null, Ct)).ReadJsonAsync(HttpStatusCode.OK);
        await host.Smtp.WaitForAsync(m => m.Any(x => x.IsTo(Scenario.ExpertContact(tag, 2))), "the second expert's invitation");
        host.Time.Advance(TimeSpan.FromHours(2));
        await host.Services.GetRequiredService<OutboxDispatcher>().DispatchDueAsync(Ct);

        Assert.DoesNotContain(host.Smtp.Messages, m => m.IsTo(Scenario.ExpertContact(tag, 1)));
        Assert.Equal(OutboxStatus.Cancelled, (await s.InDbAsync(db => db.OutboxEmails.AsNoTracking().SingleAsync(m => m.RelatedEntityId == first, Ct))).Status);
    }

    [Fact]
    public async Task SentMail_LosesItsTextAfterTheRetention_OnTheFakeClock()
    {
        await using var host = new RetentionHost();
        await host.InitializeAsync();
        var tag = Scenario.NewTag();
        var s = await new Scenario(host, tag).WithRequestAsync(shape: b => b["expertsWanted"] = 2);
        var ids = await s.ProposeAsync((await s.RegisterExpertAsync(1), false), (await s.RegisterExpertAsync(2), false));
        await (await s.Staff.PostAsync($"/api/proposals/{ids[0]}/approve", null, Ct)).ReadJsonAsync(HttpStatusCode.OK);
        await host.Smtp.WaitForAsync(m => m.Any(x => x.IsTo(Scenario.ExpertContact(tag, 1))), "the first invitation");
        await WaitForOutboxAsync(s, ids[0], m => m.Status == OutboxStatus.Sent); // marked sent at this time, not after the clock moved

        host.Time.Advance(TimeSpan.FromDays(1));
        await (await s.Staff.PostAsync($"/api/proposals/{ids[1]}/approve", null, Ct)).ReadJsonAsync(HttpStatusCode.OK);
        await host.Smtp.WaitForAsync(m => m.Any(x => x.IsTo(Scenario.ExpertContact(tag, 2))), "the second invitation");
        await WaitForOutboxAsync(s, ids[1], m => m.Status == OutboxStatus.Sent);
        var dispatcher = host.Services.GetRequiredService<OutboxDispatcher>();
        Assert.Equal(0, await dispatcher.PurgeSentBodiesAsync(Ct)); // a day old: both kept

        host.Time.Advance(TimeSpan.FromDays(1) + TimeSpan.FromMinutes(1));
        await dispatcher.PurgeSentBodiesAsync(Ct); // the outbox loop may have done it already, woken by the clock

        var first = await s.InDbAsync(db => db.OutboxEmails.AsNoTracking().SingleAsync(m => m.RelatedEntityId == ids[0], Ct));
        var second = await s.InDbAsync(db => db.OutboxEmails.AsNoTracking().SingleAsync(m => m.RelatedEntityId == ids[1], Ct));
        Assert.Equal((OutboxStatus.Sent, OutboxEmail.PurgedSubject, "", ""), (first.Status, first.Subject, first.TextBody, first.HtmlBody));
        Assert.Equal(host.Time.GetUtcNow(), first.BodyPurgedAt);
        Assert.Null(second.BodyPurgedAt);
        Assert.NotEqual(OutboxEmail.PurgedSubject, second.Subject);
        Assert.NotEqual("", second.TextBody);
    }

    private static async Task WaitForOutboxAsync(Scenario s, Guid related, Func<OutboxEmail, bool> condition)
    {
        for (var i = 0; i < 200; i++)
        {
            var mail = await s.InDbAsync(db => db.OutboxEmails.AsNoTracking().Where(m => m.RelatedEntityId == related).ToListAsync(Ct));
            if (mail.Any(condition))
            {
                return;
            }

            await Task.Delay(50, Ct);
        }

        Assert.Fail("The outbox email never reached the expected state.");
    }

    /// <summary>The database file's bytes (and its write-ahead log's, after a checkpoint) as text.</summary>
    private async Task<string> DatabaseTextAsync()
    {
        SqliteConnection.ClearAllPools();
        await using (var connection = new SqliteConnection($"Data Source={factory.DatabasePath}"))
        {
            await connection.OpenAsync(Ct);
            await using var checkpoint = connection.CreateCommand();
            checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
            await checkpoint.ExecuteNonQueryAsync(Ct);
        }

        SqliteConnection.ClearAllPools();
        var text = new StringBuilder(Encoding.Latin1.GetString(await ReadSharedAsync(factory.DatabasePath)));
        foreach (var extra in new[] { "-wal", "-journal" }.Select(x => factory.DatabasePath + x))
        {
            try
            {
                text.Append(Encoding.Latin1.GetString(await ReadSharedAsync(extra)));
            }
            catch (FileNotFoundException)
            {
                // SQLite removes the WAL when its last connection closes; gone is as good as empty
            }
        }

        return text.ToString();
    }

    private static async Task<byte[]> ReadSharedAsync(string path)
    {
        await using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var copy = new MemoryStream();
        await file.CopyToAsync(copy, Ct);
        return copy.ToArray();
    }

    private sealed class RetentionHost() : MailApiFactory(new SmtpTestServer(), null, DefaultStart, ("Email:SentBodyRetention", "2.00:00:00")), IAsyncLifetime
    {
        public async ValueTask InitializeAsync() => await Smtp.StartAsync();

        public override async ValueTask DisposeAsync()
        {
            await Smtp.StopAsync();
            await base.DisposeAsync();
        }
    }
}
