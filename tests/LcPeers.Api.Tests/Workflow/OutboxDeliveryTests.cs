using System.Diagnostics;
using System.Net;
using LcPeers.Api.Tests.Infrastructure;
using LcPeers.Domain.Common;
using LcPeers.Domain.Messaging;
using LcPeers.Infrastructure.Email;
using LcPeers.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LcPeers.Api.Tests.Workflow;

/// <summary>The outbox under failure: SMTP down, restarts, back-off on the fake clock, dead letters, two instances.</summary>
public sealed class OutboxDeliveryTests : IAsyncLifetime
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private readonly string _directory = LcPeersApiFactory.NewDatabaseDirectory();
    private readonly SmtpTestServer _smtp = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        await _smtp.StopAsync();
        LcPeersApiFactory.DeleteDatabaseDirectory(_directory);
    }

    private MailApiFactory Host(DateTimeOffset start, params (string Key, string Value)[] settings) => new(_smtp, _directory, start, settings);

    private static async Task<List<OutboxEmail>> RowsAsync(LcPeersApiFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<LcPeersDbContext>().OutboxEmails.AsNoTracking().OrderBy(e => e.CreatedAt).ToListAsync(Ct);
    }

    private static async Task<List<OutboxEmail>> WaitForRowsAsync(LcPeersApiFactory factory, Func<List<OutboxEmail>, bool> condition, string what)
    {
        var limit = Stopwatch.StartNew();
        while (true)
        {
            var rows = await RowsAsync(factory);
            if (condition(rows))
            {
                return rows;
            }

            Assert.True(limit.Elapsed < TimeSpan.FromSeconds(15), $"Timed out waiting for {what}: {string.Join(", ", rows.Select(r => $"{r.Kind} {r.Status} x{r.Attempts}"))}");
            await Task.Delay(25, Ct);
        }
    }

    [Fact]
    public async Task SmtpDown_NothingIsLost_AndEverythingArrivesOnceWhenItIsBack_AcrossARestart()
    {
        string tag;
        DateTimeOffset stoppedAt;
        Guid engagementId;
        await using (var first = Host(LcPeersApiFactory.DefaultStart))
        {
            tag = Scenario.NewTag();
            var s = await new Scenario(first, tag).WithRequestAsync();
            (_, _, engagementId) = await s.EngagedAsync(1);

            var rows = await WaitForRowsAsync(first, r => r.Count == 3 && r.All(e => e.Attempts >= 1), "three failed first attempts");
            Assert.All(rows, r =>
            {
                Assert.Equal(OutboxStatus.Pending, r.Status);
                Assert.Null(r.ClaimedBy);
                Assert.NotNull(r.LastError);
                Assert.Equal(first.Time.GetUtcNow() + TimeSpan.FromSeconds(30), r.NextAttemptAt); // first back-off step
            });
            Assert.Empty(_smtp.Messages);
            stoppedAt = first.Time.GetUtcNow();
        }

        await _smtp.StartAsync();
        await using var second = Host(stoppedAt + TimeSpan.FromMinutes(1));
        var again = new Scenario(second, tag);
        await _smtp.WaitForCountAsync(3);

        var session = await (await second.ClientAs(again.CoordinatorEmail, "Coordinator").PostJsonAsync($"/api/engagements/{engagementId}/sessions",
            new { title = "Startsessie", start = "2027-02-03T10:00:00", end = "2027-02-03T11:00:00" })).ReadJsonAsync(HttpStatusCode.Created);
        Assert.NotEqual(Guid.Empty, session.GetProperty("id").GetGuid());
        await _smtp.WaitForCountAsync(5);
        var rowsAfter = await WaitForRowsAsync(second, r => r.Count == 5 && r.All(e => e.Status == OutboxStatus.Sent), "all five sent");

        await Task.Delay(200, Ct);
        var messages = _smtp.Messages;
        Assert.Equal(5, messages.Count);
        Assert.Equal(rowsAfter.Select(r => r.MessageId).Order(), messages.Select(m => m.MessageId).Order());
        Assert.Equal(2, messages.Count(m => (m.Subject ?? "").StartsWith("Kennismaking", StringComparison.Ordinal)));
        Assert.Single(messages, m => (m.Subject ?? "").StartsWith("Uitnodiging: CIV", StringComparison.Ordinal));
        Assert.Equal(2, messages.Count(m => m.Subject == "Uitnodiging: Startsessie"));
    }

    [Fact]
    public async Task Backoff_FollowsTheClock_ThenParksDead_AndStaffRetrySendsTheSameMessageOnce()
    {
        await using var host = Host(LcPeersApiFactory.DefaultStart, ("Email:MaxAttempts", "3"));
        var s = await new Scenario(host, Scenario.NewTag()).WithRequestAsync();
        var proposal = (await s.ProposeAsync((await s.RegisterExpertAsync(1), false)))[0];
        await (await s.Staff.PostAsync($"/api/proposals/{proposal}/approve", null, Ct)).ReadJsonAsync(HttpStatusCode.OK);

        var row = (await WaitForRowsAsync(host, r => r.Count == 1 && r[0].Attempts == 1, "the first attempt"))[0];
        Assert.Equal(host.Time.GetUtcNow() + TimeSpan.FromSeconds(30), row.NextAttemptAt);

        host.Time.Advance(TimeSpan.FromSeconds(29));
        await Task.Delay(150, Ct);
        Assert.Equal(1, (await RowsAsync(host))[0].Attempts); // not yet due

        host.Time.Advance(TimeSpan.FromSeconds(1));
        row = (await WaitForRowsAsync(host, r => r[0].Attempts == 2, "the second attempt"))[0];
        Assert.Equal(host.Time.GetUtcNow() + TimeSpan.FromSeconds(60), row.NextAttemptAt); // doubled

        host.Time.Advance(TimeSpan.FromSeconds(60));
        row = (await WaitForRowsAsync(host, r => r[0].Status == OutboxStatus.Dead, "the email parked as dead"))[0];
        Assert.Equal(3, row.Attempts);

        var dead = await (await s.Staff.GetAsync("/api/outbox?status=dead", Ct)).ReadJsonAsync(HttpStatusCode.OK);
        var item = Assert.Single(dead.GetProperty("items").EnumerateArray());
        Assert.Equal(row.Id, item.GetProperty("id").GetGuid());
        Assert.Equal(HttpStatusCode.Forbidden, (await s.Coordinator.GetAsync("/api/outbox?status=dead", Ct)).StatusCode);
        var audit = await (await s.Staff.GetAsync($"/api/audit?entityId={row.Id}", Ct)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal("dead", Assert.Single(audit.EnumerateArray()).GetProperty("action").GetString());

        await _smtp.StartAsync();
        var retried = await (await s.Staff.PostAsync($"/api/outbox/{row.Id}/retry", null, Ct)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal("pending", retried.GetProperty("status").GetString());
        var message = Assert.Single(await _smtp.WaitForCountAsync(1));
        Assert.Equal(row.MessageId, message.MessageId);
        await WaitForRowsAsync(host, r => r[0].Status == OutboxStatus.Sent, "sent after the retry");
        await (await s.Staff.PostAsync($"/api/outbox/{row.Id}/retry", null, Ct)).AssertProblemCodeAsync(HttpStatusCode.Conflict, RuleCodes.Outbox.NotDead);
        Assert.Single(_smtp.Messages);
    }

    [Fact]
    public async Task TwoInstancesOnOneDatabase_NeverSendTheSameEmailTwice()
    {
        await _smtp.StartAsync();
        (string, string)[] manual = [("Email:DispatcherEnabled", "false"), ("Sessions:JobEnabled", "false")];
        await using var a = Host(LcPeersApiFactory.DefaultStart, manual);
        await using var b = Host(LcPeersApiFactory.DefaultStart, manual);
        _ = a.Services; // start both hosts on the same database file
        _ = b.Services;

        await using (var scope = a.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LcPeersDbContext>();
            for (var i = 0; i < 40; i++)
            {
                db.OutboxEmails.Add(OutboxEmail.Create("test", $"test:{i}", null, $"r{i}@example.nl", null, "nl", $"Bericht {i}", "tekst", "<p>tekst</p>", null, null, a.Time.GetUtcNow()));
            }

            await db.SaveChangesAsync(Ct);
        }

        var dispatchers = new[] { a, b, a, b }.Select(h => h.Services.GetRequiredService<OutboxDispatcher>()).ToList();
        var sent = await Task.WhenAll(dispatchers.Select(d => Task.Run(() => d.DispatchDueAsync(Ct), Ct)));

        Assert.Equal(40, sent.Sum());
        var messages = await _smtp.WaitForCountAsync(40);
        await Task.Delay(100, Ct);
        Assert.Equal(40, _smtp.Messages.Count);
        Assert.Equal(40, messages.Select(m => m.MessageId).Distinct().Count());
        Assert.All(await RowsAsync(a), r => Assert.Equal(OutboxStatus.Sent, r.Status));
    }

    [Fact]
    public async Task CrashAfterSendingBeforeMarking_ResendsTheSameMessage_AfterTheClaimExpires()
    {
        await _smtp.StartAsync();
        await using var host = Host(LcPeersApiFactory.DefaultStart, ("Email:DispatcherEnabled", "false"), ("Sessions:JobEnabled", "false"));
        var dispatcher = host.Services.GetRequiredService<OutboxDispatcher>();
        Guid id;
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LcPeersDbContext>();
            var email = OutboxEmail.Create("test", "crash:1", null, "crash@example.nl", null, "nl", "Eén keer", "tekst", "<p>tekst</p>", null, null, host.Time.GetUtcNow());
            db.OutboxEmails.Add(email);
            await db.SaveChangesAsync(Ct);
            id = email.Id;
        }

        Assert.Equal(1, await dispatcher.DispatchDueAsync(Ct));
        var first = Assert.Single(await _smtp.WaitForCountAsync(1));

        // Play the crash: the message went out but the row still says pending, claimed by an instance that died.
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LcPeersDbContext>();
            var until = host.Time.GetUtcNow() + TimeSpan.FromMinutes(5);
            await db.OutboxEmails.Where(e => e.Id == id).ExecuteUpdateAsync(u => u
                .SetProperty(e => e.Status, OutboxStatus.Pending).SetProperty(e => e.ClaimedBy, "crashed").SetProperty(e => e.ClaimedUntil, until), Ct);
        }

        Assert.Equal(0, await dispatcher.DispatchDueAsync(Ct)); // the claim still holds
        host.Time.Advance(TimeSpan.FromMinutes(5) + TimeSpan.FromSeconds(1));
        Assert.Equal(1, await dispatcher.DispatchDueAsync(Ct));

        var messages = await _smtp.WaitForCountAsync(2);
        Assert.Equal(first.MessageId, messages[1].MessageId);
        Assert.Equal(first.Subject, messages[1].Subject);
        Assert.Equal(first.TextBody, messages[1].TextBody);
    }
}

public sealed class RetryDelayTests
{
    [Theory]
    [InlineData(1, 30)]
    [InlineData(2, 60)]
    [InlineData(3, 120)]
    [InlineData(7, 1920)]
    [InlineData(8, 3600)]
    [InlineData(40, 3600)]
    public void RetryDelay_DoublesFromTheBase_UpToTheMaximum(int failures, int seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), new EmailDeliveryOptions().RetryDelay(failures));
}
