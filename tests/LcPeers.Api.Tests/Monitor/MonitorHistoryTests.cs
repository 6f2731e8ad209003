using System.Net;
using System.Text;
using System.Text.Json;
using LcPeers.Api.Tests.Infrastructure;
using LcPeers.Application.Monitor.Snapshots;
using Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace LcPeers.Api.Tests.Monitor;

/// <summary>The monitor's monthly snapshots, on a host of this class's own (its clock starts 15 January 2027).</summary>
public sealed class MonitorHistoryTests(LcPeersApiFactory factory) : IClassFixture<LcPeersApiFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<JsonElement> HistoryAsync() =>
        (await (await factory.StaffClient().GetAsync("/api/monitor/history", Ct)).ReadJsonAsync(HttpStatusCode.OK)).GetProperty("months");

    private async Task<bool> TakeAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(new TakeMonitorSnapshotCommand(), Ct);
    }

    [Fact]
    public async Task FirstSnapshotAtStartUp_OnePerMonth_WithTheMonitorsFigures_AndAsCsv()
    {
        // The scheduler's job takes the first snapshot at start-up, with nobody asking.
        var deadline = DateTime.UtcNow.AddSeconds(30);
        var months = await HistoryAsync();
        while (months.GetArrayLength() == 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(200, Ct);
            months = await HistoryAsync();
        }

        var first = Assert.Single(months.EnumerateArray());
        Assert.Equal("2027-01", first.GetProperty("month").GetString());
        Assert.False(await TakeAsync()); // this month has its snapshot

        // A month later, with a request submitted meanwhile: one more snapshot, the figures as the monitor shows them.
        var s = await new Scenario(factory, Scenario.NewTag()).WithRequestAsync();
        factory.Time.Advance(TimeSpan.FromDays(31));
        var results = await Task.WhenAll(TakeAsync(), TakeAsync(), TakeAsync());
        Assert.Equal(1, results.Count(taken => taken)); // three at once store one
        var monitor = await (await s.Staff.GetAsync("/api/monitor", Ct)).ReadJsonAsync(HttpStatusCode.OK);
        months = await HistoryAsync();
        Assert.Equal(["2027-01", "2027-02"], months.EnumerateArray().Select(m => m.GetProperty("month").GetString()));
        var february = months[1];
        Assert.Equal(monitor.GetProperty("requests").GetInt32(), february.GetProperty("requests").GetInt32());
        Assert.Equal(monitor.GetProperty("learningCommunities").GetInt32(), february.GetProperty("learningCommunities").GetInt32());
        Assert.Equal(monitor.GetProperty("experts").GetInt32(), february.GetProperty("experts").GetInt32());
        Assert.True(february.GetProperty("openRequests").GetInt32() >= 1);
        Assert.True(february.GetProperty("requests").GetInt32() > first.GetProperty("requests").GetInt32());

        var csv = await s.Staff.GetAsync("/api/monitor/history?format=csv", Ct);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        var lines = Encoding.UTF8.GetString((await csv.Content.ReadAsByteArrayAsync(Ct))[3..]).Split("\r\n");
        Assert.Equal("month;learningCommunities;requests;openRequests;activeEngagements;completedEngagements;experts;expertsWithConsent;ratings;averageRating;feedbackShare", lines[0]);
        Assert.StartsWith("2027-02;", lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public async Task History_IsForStaff_401Anonymous_403Coordinator()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.CreateClient().GetAsync("/api/monitor/history", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await factory.ClientAs("coord@lc.example", "Coordinator").GetAsync("/api/monitor/history", Ct)).StatusCode);
    }
}
