using System.Net;
using System.Text.Json;
using LcPeers.Api.Tests.Infrastructure;

namespace LcPeers.Api.Tests.Monitor;

public sealed class MonitorTests(LcPeersApiFactory factory) : IClassFixture<LcPeersApiFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static int ValueOf(JsonElement counts, string key) =>
        counts.EnumerateArray().Single(c => c.GetProperty("key").GetString() == key).GetProperty("value").GetInt32();

    [Fact]
    public async Task Monitor_CountsTheDirectoryAndTheRequests_ForStaffOnly()
    {
        var staff = factory.StaffClient();
        var page = await (await staff.GetAsync("/api/learning-communities?q=CIV Wind op Zee", Ct)).ReadJsonAsync(HttpStatusCode.OK);
        var lc = page.GetProperty("items")[0];
        var lcId = lc.GetProperty("id").GetGuid();
        await staff.PutJsonAsync($"/api/learning-communities/{lcId}", new { name = "CIV Wind op Zee", region = "Zeeland", phase = "execution", version = lc.GetProperty("version").GetInt32() });
        await staff.PutAsync($"/api/learning-communities/{lcId}/coordinators/c@monitor.example", null, Ct);
        var coordinator = factory.ClientAs("c@monitor.example", "Coordinator");
        var request = (await (await coordinator.PostJsonAsync("/api/requests", Bodies.Request(lcId))).ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        await coordinator.PostAsync($"/api/requests/{request}/submit", null, Ct);

        var monitor = await (await staff.GetAsync("/api/monitor", Ct)).ReadJsonAsync(HttpStatusCode.OK);

        Assert.Equal(52, monitor.GetProperty("learningCommunities").GetInt32());
        Assert.Equal(1, ValueOf(monitor.GetProperty("learningCommunitiesByPhase"), "execution"));
        Assert.Equal(51, ValueOf(monitor.GetProperty("learningCommunitiesByPhase"), "unknown"));
        Assert.True(ValueOf(monitor.GetProperty("learningCommunitiesByProvince"), "Zeeland") >= 2); // CIV Wind op Zee, CoE Biobased Economy
        Assert.Equal(1, ValueOf(monitor.GetProperty("requestsByStatus"), "submitted"));
        Assert.Equal(1, ValueOf(monitor.GetProperty("requestsByBottleneck"), "financing"));
        Assert.Equal(6, monitor.GetProperty("requestsByBottleneck").GetArrayLength());

        Assert.Equal(HttpStatusCode.Forbidden, (await coordinator.GetAsync("/api/monitor", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.CreateClient().GetAsync("/api/monitor", Ct)).StatusCode);
    }
}
