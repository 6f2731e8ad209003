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
    public async Task Monitor_NeedsHeatMap_ShowsEveryPhaseAndBottleneck_WithGapsMarkedInWords_AndDownloadsTheSameNumbers()
    {
        var staff = factory.Browserless();
        await staff.SignInAsync(WebFactory.Staff);

        var page = await staff.GetPageAsync("/staff/monitor");

        var map = page.QuerySelector("table.heat-map")!;
        Assert.Contains("Heel Nederland", map.QuerySelector("caption")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(6, map.QuerySelectorAll("tbody tr").Length);
        var cells = map.QuerySelectorAll("tbody td");
        Assert.Equal(6 * 4, cells.Length);
        Assert.True(cells.Sum(c => int.Parse(c.GetAttribute("data-requests")!, System.Globalization.CultureInfo.InvariantCulture)) > 0); // the demo's submitted requests
        foreach (var gap in cells.Where(c => c.ClassList.Contains("need-gap")))
        {
            Assert.Contains("Tekort", gap.TextContent, StringComparison.Ordinal);
            Assert.True(int.Parse(gap.GetAttribute("data-requests")!, System.Globalization.CultureInfo.InvariantCulture)
                > int.Parse(gap.GetAttribute("data-eligible")!, System.Globalization.CultureInfo.InvariantCulture));
        }

        Assert.All(page.QuerySelectorAll(".needs-advice li"), li => Assert.Matches("aanvra(ag|gen) in 12 maanden", li.TextContent));

        var csv = await staff.GetAsync(new Uri("/staff/monitor?handler=Download&table=needs&format=csv", UriKind.Relative), Html.Ct);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        var lines = (await csv.Content.ReadAsStringAsync(Html.Ct)).TrimStart('\uFEFF').Split("\r\n");
        Assert.Equal("phase;bottleneck;province;requests;eligibleExperts;ratio;medianDaysToMatch;unmatchedShare", lines[0]);
        foreach (var cell in cells)
        {
            var national = $"{cell.GetAttribute("data-phase")};{cell.GetAttribute("data-bottleneck")};;{cell.GetAttribute("data-requests")};{cell.GetAttribute("data-eligible")};";
            Assert.Contains(lines, l => l.StartsWith(national, StringComparison.Ordinal));
        }

        var zeeland = await staff.GetPageAsync("/staff/monitor?Province=Zeeland&Months=24");
        Assert.Contains("Zeeland", zeeland.QuerySelector("table.heat-map caption")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("24", zeeland.QuerySelector("#needs-months option[selected]")!.GetAttribute("value"));
        Assert.Equal("Zeeland", zeeland.QuerySelector("#monitor-province option[selected]")!.GetAttribute("value"));
        var bogus = await staff.GetPageAsync("/staff/monitor?Province=Atlantis&Months=7"); // the page falls back, never a 500
        Assert.Contains("Heel Nederland", bogus.QuerySelector("table.heat-map caption")!.TextContent, StringComparison.Ordinal);
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
