using System.Globalization;
using System.Text;
using LcPeers.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace LcPeers.Web.Tests.Browser;

/// <summary>
/// Staff read the Learning Community Monitor in the browser, in Dutch, on the demo's year of history: the needs heat
/// map, quality over the years, the impact the LCs reported (missing years shown as missing) and the tools by use;
/// each table downloads as a CSV Dutch Excel opens (UTF-8 with BOM, semicolons, the table's columns); one filter
/// narrows every table and its download, and a value the page does not offer falls back instead of failing.
/// Axe-checked; a coordinator is refused.
/// </summary>
[Collection(BrowserTests.Name)]
public sealed class MonitorJourneyTests(BrowserFixture browser)
{
    private static int Number(string text) => int.Parse(text.Trim(), CultureInfo.InvariantCulture);

    private static async Task<string> DownloadAsync(IPage page, ILocator link)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => link.ClickAsync());
        var bytes = await File.ReadAllBytesAsync((await download.PathAsync())!, Html.Ct);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]); // UTF-8 with BOM: Dutch Excel reads the accents right
        return Encoding.UTF8.GetString(bytes[3..]);
    }

    [Fact]
    public async Task Staff_ReadTheMonitorOnAYearOfHistory_DownloadEachTable_AndFilterEverything()
    {
        var page = await browser.NewPageAsync();
        await page.SignInAsync(WebFactory.Staff);
        await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Monitor", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Monitor");

        await Expect(page.Locator("table.heat-map caption")).ToContainTextAsync("Heel Nederland");
        var quality = page.Locator("#quality");
        await Expect(quality.GetByRole(AriaRole.Img)).ToHaveAttributeAsync("alt", new System.Text.RegularExpressions.Regex(@"\d+"));
        var years = (await quality.Locator("td[data-year]").EvaluateAllAsync<string[]>("cells => cells.map(c => c.dataset.year)")).Distinct().ToList();
        Assert.True(years.Count >= 2, "quality over more than one year");
        var impactRows = page.Locator("table.impact-table tbody tr");
        Assert.True(await impactRows.CountAsync() >= 2);
        Assert.All(await impactRows.Locator("td:nth-of-type(1)").AllTextContentsAsync(), reporting => Assert.True(Number(reporting) > 0));
        Assert.All(await impactRows.Locator("td:nth-of-type(2)").AllTextContentsAsync(), missing => Assert.True(Number(missing) > 0)); // missing, not zero
        var topTool = page.Locator("table.tools-use tbody tr").First;
        var topRequests = Number(await topTool.Locator("td").First.TextContentAsync() ?? "");
        Assert.True(topRequests > 0);
        await page.AssertAccessibleAsync("monitor");
        await page.ScreenshotAsync("monitor-01-history");

        var csv = await DownloadAsync(page, page.Locator("#tools-by-use .downloads a", new() { HasText = "CSV" }));
        var lines = csv.Split("\r\n");
        Assert.Equal("number;name;requests;engagements;ratings;averageRating", lines[0]);
        var topName = (await topTool.Locator("th").TextContentAsync())!.Trim();
        Assert.StartsWith($"{topName};{topRequests};", lines[1][(lines[1].IndexOf(';', StringComparison.Ordinal) + 1)..], StringComparison.Ordinal);
        var impactCsv = await DownloadAsync(page, page.Locator("#impact .downloads a", new() { HasText = "CSV" }));
        Assert.Contains("\r\nyear;learningCommunitiesReporting;learningCommunitiesMissing;reports;studentsTrained;", "\r\n" + impactCsv, StringComparison.Ordinal);
        var qualityCsv = await DownloadAsync(page, page.Locator("#quality .downloads a", new() { HasText = "CSV" }));
        Assert.Contains("\r\nyear;dimension;reports;level1;level2;level3;level4;level5;meanLevel\r\n", "\r\n" + qualityCsv, StringComparison.Ordinal);

        // One filter for everything: the biobased sector has one LC with history, and its one request.
        await page.GetByLabel("Sector").SelectOptionAsync("biobased-economy");
        await page.GetByRole(AriaRole.Button, new() { Name = "Filter toepassen" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("Sector=biobased-economy"));
        await Expect(page.Locator("#monitor-filter-note")).ToContainTextAsync("hele netwerk");
        await Expect(page.Locator("[data-total=requests]")).ToHaveTextAsync("1");
        Assert.True(Number(await page.Locator("[data-total=lcs]").TextContentAsync() ?? "") < 52);
        Assert.All(await impactRows.Locator("td:nth-of-type(1)").AllTextContentsAsync(), reporting => Assert.Equal("1", reporting.Trim()));
        await page.AssertAccessibleAsync("monitor-filtered");
        var counts = await DownloadAsync(page, page.Locator("main > .downloads a", new() { HasText = "CSV" }));
        Assert.Contains("\r\nrequests;1\r\n", counts, StringComparison.Ordinal);

        // A period filter replaces the heat map's months, and a value the page does not offer falls back to "all".
        var thisYear = DateTime.Now.Year.ToString(CultureInfo.InvariantCulture);
        await page.GotoAsync($"/staff/monitor?From={thisYear}&To={thisYear}");
        await Expect(page.Locator("table.heat-map caption")).ToContainTextAsync("tot en met");
        await Expect(page.Locator("#needs-months")).ToHaveCountAsync(0);
        var bogus = await page.GotoAsync("/staff/monitor?From=1800&Sector=ruimtevaart&Phase=later");
        Assert.Equal(200, bogus!.Status);
        await Expect(page.Locator("#monitor-sector")).ToHaveValueAsync("");
        await Expect(page.Locator("#monitor-from")).ToHaveValueAsync("");
        await Expect(page.Locator("#monitor-filter-note")).ToHaveCountAsync(0);

        await page.UseCultureAsync("en");
        await Expect(page.GetByLabel("From year")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Apply filter" })).ToBeVisibleAsync();

        var coordinator = await browser.NewPageAsync();
        await coordinator.SignInAsync(WebFactory.CoordinatorWindOpZee);
        var refused = await coordinator.GotoAsync("/staff/monitor");
        Assert.Equal(403, refused!.Status);
    }

    [Fact]
    public async Task Staff_MakeChosenFiguresPublic_AndAVisitorReadsThemOnTheNetworkMonitor_WithoutLcNames()
    {
        var visitor = await browser.NewPageAsync();
        await visitor.GotoAsync("/");
        await visitor.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Netwerkmonitor" }).ClickAsync();
        await Expect(visitor.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Netwerkmonitor");
        await Expect(visitor.Locator("#network-none")).ToBeVisibleAsync(); // nothing is public until staff choose

        var staff = await browser.NewPageAsync();
        await staff.SignInAsync(WebFactory.Staff);
        var colleague = await browser.NewPageAsync(); // opened the page before the choice below is saved
        await colleague.SignInAsync(WebFactory.Staff);
        await colleague.GotoAsync("/staff/monitor#publication");
        await staff.GotoAsync("/staff/monitor#publication");
        var publication = staff.Locator("#publication");
        await publication.GetByLabel("Kwaliteit over tijd").CheckAsync();
        await publication.GetByLabel("Impact die de LC's melden").CheckAsync();
        await publication.GetByRole(AriaRole.Button, new() { Name = "Keuze opslaan" }).ClickAsync();
        await Expect(staff.GetByRole(AriaRole.Status).Filter(new() { HasText = "De netwerkmonitor toont nu wat je koos." })).ToBeVisibleAsync();
        await Expect(staff.Locator("#publication-changed")).ToContainTextAsync("Laatst gewijzigd door");
        await Expect(publication.GetByLabel("Kwaliteit over tijd")).ToBeCheckedAsync();
        await Expect(publication.GetByLabel("Vraag en aanbod")).Not.ToBeCheckedAsync();
        await staff.AssertAccessibleAsync("monitor-publication");

        // The colleague's stale choice is refused in words and keeps what they ticked.
        await colleague.Locator("#publication").GetByLabel("Ontwikkeling per maand").CheckAsync();
        await colleague.Locator("#publication").GetByRole(AriaRole.Button, new() { Name = "Keuze opslaan" }).ClickAsync();
        await Expect(colleague.Locator("#publication #form-error")).ToContainTextAsync("Iemand anders heeft dit intussen gewijzigd.");
        await Expect(colleague.Locator("#publication").GetByLabel("Ontwikkeling per maand")).ToBeCheckedAsync();
        await colleague.AssertAccessibleAsync("monitor-publication-stale");

        await visitor.ReloadAsync();
        await Expect(visitor.Locator("#network-quality tbody tr").First).ToBeVisibleAsync();
        Assert.True(await visitor.Locator("#network-impact tbody tr").CountAsync() >= 2);
        await Expect(visitor.Locator("#network-needs")).ToHaveCountAsync(0);
        await Expect(visitor.Locator("#network-history")).ToHaveCountAsync(0);
        var text = await visitor.Locator("main").TextContentAsync() ?? "";
        foreach (var lc in new[] { "CIV Energie", "Hydrogreenn", "Plant of the Future", "CoE Smart Sustainable Cities" })
        {
            Assert.DoesNotContain(lc, text, StringComparison.Ordinal);
        }

        await visitor.AssertAccessibleAsync("network-monitor");
        await visitor.ScreenshotAsync("monitor-02-network");

        // Taken back: the visitor sees nothing again.
        await staff.GotoAsync("/staff/monitor#publication");
        await publication.GetByLabel("Kwaliteit over tijd").UncheckAsync();
        await publication.GetByLabel("Impact die de LC's melden").UncheckAsync();
        await publication.GetByRole(AriaRole.Button, new() { Name = "Keuze opslaan" }).ClickAsync();
        await Expect(staff.GetByRole(AriaRole.Status).Filter(new() { HasText = "De netwerkmonitor toont nu wat je koos." })).ToBeVisibleAsync();
        await visitor.ReloadAsync();
        await Expect(visitor.Locator("#network-none")).ToBeVisibleAsync();
    }
}
