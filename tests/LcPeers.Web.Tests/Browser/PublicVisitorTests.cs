using LcPeers.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace LcPeers.Web.Tests.Browser;

[Collection(BrowserTests.Name)]
public sealed class PublicVisitorTests(BrowserFixture browser)
{
    [Fact]
    public async Task Visitor_FiltersTheDirectoryAndToolsInDutch_ThenSwitchesToEnglish()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "nl");
        await page.ScreenshotAsync("public-01-home");

        await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Learning Communities" }).ClickAsync();
        await page.GetByLabel("Regio").FillAsync("Zeeland");
        await page.GetByLabel("Fase").SelectOptionAsync(new SelectOptionValue { Label = "Verzelfstandiging/continuering" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Filteren" }).ClickAsync();
        var rows = page.Locator("main tbody tr");
        await Expect(rows).ToHaveCountAsync(1);
        await Expect(rows.First).ToContainTextAsync("CoE Biobased Economy");
        await Expect(rows.First).ToContainTextAsync(">150");
        await page.ScreenshotAsync("public-02-directory-filtered");

        await page.GetByRole(AriaRole.Link, new() { Name = "CoE Biobased Economy" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("CoE Biobased Economy");
        await Expect(page.Locator("dl.facts")).ToContainTextAsync(">150");
        await Expect(page.Locator("dl.facts")).ToContainTextAsync("minstens 150");
        await Expect(page.Locator("dl.facts")).ToContainTextAsync("Verzelfstandiging/continuering");
        await page.ScreenshotAsync("public-03-lc-page");

        await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Tools" }).ClickAsync();
        await page.GetByLabel("Fase").SelectOptionAsync(new SelectOptionValue { Label = "Opstartfase" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Filteren" }).ClickAsync();
        var actiescan = page.Locator("li.card").Filter(new() { HasText = "Actiescan Learning Communities" });
        await Expect(actiescan).ToContainTextAsync("Plaatst een samenwerking");
        await page.ScreenshotAsync("public-04-tools-startup");

        await page.GetByLabel("Knelpunt").SelectOptionAsync("financing");
        await page.GetByRole(AriaRole.Button, new() { Name = "Filteren" }).ClickAsync();
        await Expect(page.Locator("main .result-count")).ToContainTextAsync("tools");
        var filtered = await page.Locator("li.card").CountAsync();
        Assert.True(filtered < 14, $"phase and bottleneck narrow the catalogue ({filtered} of 14)");

        await page.GetByRole(AriaRole.Button, new() { Name = "English" }).ClickAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Expect(page.GetByLabel("Phase")).ToHaveValueAsync("startup"); // the filters survive the switch
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Filter", Exact = true })).ToBeVisibleAsync();
        await page.ScreenshotAsync("public-05-tools-english");

        await page.GetByRole(AriaRole.Link, new() { Name = "Phases and bottlenecks" }).ClickAsync();
        await Expect(page.Locator("#phase-startup")).ToHaveTextAsync("Startup");
        await Expect(page.Locator("main")).ToContainTextAsync("Forming the network");
        await page.ScreenshotAsync("public-06-reference-english");

        await page.GetByRole(AriaRole.Button, new() { Name = "Nederlands" }).ClickAsync();
        await Expect(page.Locator("#phase-startup")).ToHaveTextAsync("Opstartfase");
    }

    [Fact]
    public async Task Keyboard_SkipLinkComesFirst_AndMovesFocusToTheContent()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/learning-communities");

        await page.Keyboard.PressAsync("Tab");
        var skip = page.GetByRole(AriaRole.Link, new() { Name = "Naar de inhoud" });
        await Expect(skip).ToBeFocusedAsync();
        var box = await skip.BoundingBoxAsync();
        Assert.True(box is { Y: >= 0 }, "the focused skip link is on screen");
        await page.ScreenshotAsync("a11y-01-skip-link-focused");

        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("main")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Tab");
        await Expect(page.GetByLabel("Naam of partner")).ToBeFocusedAsync();
    }

    [Fact]
    public async Task Phone_DirectoryFitsTheScreenWithoutSideScrolling()
    {
        var page = await browser.NewPageAsync(width: 375, height: 800);
        await page.GotoAsync("/learning-communities");

        var overflow = await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth");

        Assert.False(overflow);
        await page.ScreenshotAsync("phone-01-directory");
    }
}
