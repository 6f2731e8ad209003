using System.Net;
using LcPeers.Api.Tests.Infrastructure;
using MimeKit;

namespace LcPeers.Api.Tests.Lifecycle;

public sealed class StaffDigestTests(DigestFixture factory) : IClassFixture<DigestFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private List<MimeMessage> Digests() => [.. factory.Smtp.Messages.Where(m => m.IsTo(DigestFixture.Recipient))];

    /// <summary>Moves the fake clock to <paramref name="hour"/>:<paramref name="minute"/> Amsterdam time (CET in January, UTC+1) on 2027-01-<paramref name="day"/>.</summary>
    private void At(int day, int hour, int minute) =>
        factory.Time.Advance(new DateTimeOffset(2027, 1, day, hour, minute, 0, TimeSpan.FromHours(1)) - factory.Time.GetUtcNow());

    private async Task<int> SweepAndSettleAsync()
    {
        var digests = (await factory.SweepAsync()).Digests;
        await Task.Delay(300, Ct);
        return digests;
    }

    [Fact]
    public async Task Digest_GoesOncePerWorkingDay_NotAtWeekends_AndSkipsEmptyDays()
    {
        // Friday 15 January, 10:00: past today's digest hour; a request comes in.
        Assert.Equal(0, await SweepAndSettleAsync());
        var s = await new Scenario(factory, Scenario.NewTag()).WithRequestAsync();
        Assert.Equal(0, await SweepAndSettleAsync());
        Assert.Empty(Digests());

        // Saturday and Sunday: nothing, however much is waiting.
        At(16, 8, 5);
        Assert.Equal(0, await SweepAndSettleAsync());
        At(17, 8, 5);
        Assert.Equal(0, await SweepAndSettleAsync());
        Assert.Empty(Digests());

        // Monday 07:59: not yet. 08:05: one digest, however many sweeps (at once, or later that morning).
        At(18, 7, 59);
        Assert.Equal(0, await SweepAndSettleAsync());
        At(18, 8, 5);
        await Task.WhenAll(factory.SweepAsync(), factory.SweepAsync(), factory.SweepAsync());
        var monday = (await factory.Smtp.WaitForAsync(m => m.Any(x => x.IsTo(DigestFixture.Recipient)), "Monday's digest")).Single(x => x.IsTo(DigestFixture.Recipient));
        Assert.Contains("Nieuwe hulpvragen (1)", monday.TextBody ?? "", StringComparison.Ordinal);
        Assert.Contains("CIV Wind op Zee", monday.TextBody ?? "", StringComparison.Ordinal);
        At(18, 8, 40);
        Assert.Equal(0, await SweepAndSettleAsync());
        Assert.Single(Digests());

        // The request is withdrawn: Tuesday has nothing to report and sends nothing.
        await (await s.Coordinator.PostAsync($"/api/requests/{s.RequestId}/withdraw", null, Ct)).ReadJsonAsync(HttpStatusCode.OK);
        At(19, 8, 5);
        Assert.Equal(0, await SweepAndSettleAsync());
        Assert.Single(Digests());

        // Wednesday: a new request, a new day's digest.
        At(20, 7, 0);
        await new Scenario(factory, Scenario.NewTag()).WithRequestAsync();
        At(20, 8, 1);
        Assert.Equal(1, (await factory.SweepAsync()).Digests);
        await factory.Smtp.WaitForAsync(m => m.Count(x => x.IsTo(DigestFixture.Recipient)) >= 2, "Wednesday's digest");
        Assert.Equal(0, await SweepAndSettleAsync());
        Assert.Equal(2, Digests().Count);
        Assert.Contains("20 januari 2027", Digests()[1].Subject, StringComparison.Ordinal);
    }
}
