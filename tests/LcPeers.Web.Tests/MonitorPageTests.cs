using System.Net;
using LcPeers.Web.Tests.Infrastructure;

namespace LcPeers.Web.Tests;

public sealed class MonitorPageTests(WebFactory factory) : IClassFixture<WebFactory>
{
    [Fact]
    public async Task Monitor_ShowsTheDirectoryAndTheWorkAsCharts_InDutch()
    {
        var staff = factory.Browserless();
        await staff.SignInAsync(WebFactory.Staff);

        var page = await staff.GetPageAsync("/staff/monitor");

        Assert.Equal("52", page.QuerySelector("[data-total='lcs']")!.TextContent.Trim());
        var phases = page.QuerySelector("#lcs-by-phase")!;
        Assert.Contains("Opstartfase", phases.TextContent, StringComparison.Ordinal);
        Assert.Equal(5, phases.QuerySelectorAll("tbody tr").Length); // four phases and "unknown"
        Assert.All(phases.QuerySelectorAll("meter"), m => Assert.NotNull(m.GetAttribute("value")));
        var byStatus = page.QuerySelector("#requests-by-status")!;
        Assert.True(byStatus.QuerySelectorAll("tbody tr").Length >= 8);
        Assert.NotNull(page.QuerySelector("#lcs-by-province"));
        Assert.NotNull(page.QuerySelector("#experts-by-role"));
    }

    [Fact]
    public async Task Monitor_IsForStaffOnly()
    {
        var coordinator = factory.Browserless();
        await coordinator.SignInAsync(WebFactory.CoordinatorWindOpZee);

        var response = await coordinator.GetAsync(new Uri("/staff/monitor", UriKind.Relative), Html.Ct);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
