using LcPeers.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace LcPeers.Web.Tests.Browser;

/// <summary>
/// Staff record how an LC is made up (how many partners of each kind) and when it started, in Dutch; a year out of
/// range is named beside its field, and the LC's page shows both to every visitor. Axe-checked.
/// </summary>
[Collection(BrowserTests.Name)]
public sealed class LcCharacteristicsPageTests(BrowserFixture browser)
{
    [Fact]
    public async Task Staff_RecordPartnerKindsAndStartYear_AndTheLcPageShowsThem()
    {
        var staff = await browser.NewPageAsync();
        await staff.SignInAsync(WebFactory.Staff);
        await staff.GotoAsync("/learning-communities");
        await staff.GetByRole(AriaRole.Link, new() { Name = "Learning Community toevoegen" }).ClickAsync();
        var name = $"Kenmerken LC {Guid.NewGuid():N}"[..22];
        await staff.Locator("#Form_Name").FillAsync(name);
        var kinds = staff.GetByRole(AriaRole.Group, new() { Name = "Soorten partners (aantal per soort)" });
        await kinds.GetByLabel("Mbo", new() { Exact = true }).FillAsync("3");
        await kinds.GetByLabel("Bedrijven").FillAsync("5");
        await kinds.GetByLabel("Mkb").FillAsync("2");
        await kinds.GetByLabel("Overheden").FillAsync("-1");
        await staff.GetByLabel("Gestart in").FillAsync("1800");
        await staff.GetByRole(AriaRole.Button, new() { Name = "Aanmaken" }).ClickAsync();
        await Expect(staff.Locator("#Form_StartedYear ~ .field-error")).ToHaveTextAsync("‘Gestart in’ moet tussen 1950 en 2100 liggen.");
        await Expect(staff.Locator("#Form_PartnerTypes-error")).ToHaveTextAsync("‘Aantal per soort partner’ moet tussen 1 en 10000 liggen.");
        await kinds.GetByLabel("Overheden").FillAsync("");
        await Expect(kinds.GetByLabel("Bedrijven")).ToHaveValueAsync("5"); // what was typed stays
        await staff.AssertAccessibleAsync("lc-characteristics-error");

        await staff.GetByLabel("Gestart in").FillAsync("2019");
        await staff.GetByRole(AriaRole.Button, new() { Name = "Aanmaken" }).ClickAsync();
        await Expect(staff.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(name);
        var url = staff.Url;

        var visitor = await browser.NewPageAsync();
        await visitor.GotoAsync(url);
        await Expect(visitor.Locator("#lc-partner-types")).ToHaveTextAsync("Mbo: 3 · Bedrijven: 5 · Mkb: 2");
        await Expect(visitor.Locator("#lc-started")).ToHaveTextAsync("sinds 2019");
        await visitor.AssertAccessibleAsync("lc-characteristics");
    }
}
