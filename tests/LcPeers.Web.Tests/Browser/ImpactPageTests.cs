using LcPeers.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace LcPeers.Web.Tests.Browser;

/// <summary>
/// A coordinator files their LC's yearly impact report in the browser, in Dutch: the missing years are named, an empty
/// figure is marked by its label, a second report for the same year is refused in words, and a filed report can be
/// changed. Axe-checked.
/// </summary>
[Collection(BrowserTests.Name)]
public sealed class ImpactPageTests(BrowserFixture browser)
{
    [Fact]
    public async Task Coordinator_FilesTheYearsImpactReport_SeesErrorsInDutch_AndChangesIt()
    {
        var page = await browser.NewPageAsync();
        await page.SignInAsync(WebFactory.CoordinatorSeece);
        await page.GotoAsync("/coordinator/learning-communities");
        await page.GetByRole(AriaRole.Link, new() { Name = "Impact rapporteren voor SEECE" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Impact van SEECE");
        var lastYear = (DateTime.Now.Year - 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        await Expect(page.Locator("main")).ToContainTextAsync($"Nog geen rapportage voor: {lastYear}");
        await Expect(page.GetByLabel("Periode")).ToHaveValueAsync(lastYear);
        await page.AssertAccessibleAsync("impact-form");

        // One figure left empty: the form keeps what was typed and names the field.
        await page.GetByLabel("Werkenden bijgeschoold").FillAsync("12");
        await page.GetByLabel("Innovaties").FillAsync("3");
        await page.GetByLabel("Partners erbij").FillAsync("2");
        await page.GetByLabel("Partners vertrokken").FillAsync("0");
        await page.GetByLabel("Toelichting").FillAsync("Twee nieuwe mkb-partners in de regio.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Dien rapportage in" }).ClickAsync();
        await Expect(page.Locator("#Form_StudentsTrained ~ .field-error")).ToContainTextAsync("Studenten opgeleid");
        await Expect(page.GetByLabel("Werkenden bijgeschoold")).ToHaveValueAsync("12");
        await page.AssertAccessibleAsync("impact-form-errors");
        await page.ScreenshotAsync("impact-01-errors");

        // Bad values: a period that is no year and a negative figure, each named in Dutch beside its field.
        await page.GetByLabel("Periode").FillAsync("20x5");
        await page.GetByLabel("Studenten opgeleid").FillAsync("-5");
        await page.GetByRole(AriaRole.Button, new() { Name = "Dien rapportage in" }).ClickAsync();
        await Expect(page.Locator("#Form_Period ~ .field-error")).ToContainTextAsync("Vul bij ‘Periode’ een jaar in");
        await Expect(page.Locator("#Form_StudentsTrained ~ .field-error")).ToContainTextAsync("Studenten opgeleid");
        var errors = string.Join(" ", await page.Locator(".field-error").AllTextContentsAsync());
        Assert.DoesNotContain("must", errors, StringComparison.Ordinal);
        Assert.DoesNotContain("studentsTrained", errors, StringComparison.Ordinal);

        await page.GetByLabel("Periode").FillAsync(lastYear);
        await page.GetByLabel("Studenten opgeleid").FillAsync("40");
        await page.GetByRole(AriaRole.Button, new() { Name = "Dien rapportage in" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).First).ToContainTextAsync($"Je impactrapportage over {lastYear} is opgeslagen.");
        var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = lastYear });
        await Expect(row.GetByRole(AriaRole.Cell).First).ToHaveTextAsync("40");
        await Expect(page.Locator("main")).Not.ToContainTextAsync($"Nog geen rapportage voor: {lastYear}");

        // The same year again is refused in words, not as a crash.
        await page.GetByLabel("Periode").FillAsync(lastYear);
        foreach (var label in new[] { "Studenten opgeleid", "Werkenden bijgeschoold", "Innovaties", "Partners erbij", "Partners vertrokken" })
        {
            await page.GetByLabel(label).FillAsync("1");
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Dien rapportage in" }).ClickAsync();
        await Expect(page.Locator("main")).ToContainTextAsync("heeft al een impactrapportage voor deze periode");

        // Changing the filed report.
        await page.GotoAsync(page.Url.Split('?')[0]);
        await page.GetByRole(AriaRole.Link, new() { Name = $"Wijzig de rapportage over {lastYear}" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 2, Name = $"Rapportage over {lastYear} wijzigen" })).ToBeVisibleAsync();
        await Expect(page.GetByLabel("Studenten opgeleid")).ToHaveValueAsync("40");
        await page.GetByLabel("Studenten opgeleid").FillAsync("45");
        await page.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).First).ToContainTextAsync("is opgeslagen");
        await Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = lastYear }).GetByRole(AriaRole.Cell).First).ToHaveTextAsync("45");
        await page.ScreenshotAsync("impact-02-filed");
    }
}
