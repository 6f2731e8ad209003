using System.Text.Json;
using LcPeers.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace LcPeers.Web.Tests.Browser;

[Collection(BrowserTests.Name)]
public sealed class ExpertTests(BrowserFixture browser)
{
    [Fact]
    public async Task Expert_CreatesAndEditsTheirProfile_SetsAvailability_AndExportsTheirData()
    {
        var page = await browser.NewPageAsync();
        await page.SignInAsync(WebFactory.NewExpert);
        await page.GetByRole(AriaRole.Link, new() { Name = "Maak je profiel aan" }).ClickAsync(); // the home page points a newcomer to the profile
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Expertprofiel aanmaken");
        await page.ScreenshotAsync("expert-01-new-profile");

        await page.GetByLabel("Naam", new() { Exact = true }).FillAsync("Nina Nieuw");
        await page.GetByLabel("Organisaties waar je aan verbonden bent").FillAsync("Adviesbureau Nieuw (demo)");
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Webber (netwerkleider)" }).CheckAsync();
        await page.GetByLabel("Continuïteit", new() { Exact = true }).SelectOptionAsync("3");
        await page.GetByLabel("Financiering", new() { Exact = true }).SelectOptionAsync("2");
        await page.GetByLabel("Opstartfase", new() { Exact = true }).FillAsync("2");
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Verdienmodellen" }).CheckAsync();
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Zeeland" }).CheckAsync();
        await page.GetByLabel("Ik help ook online").CheckAsync();
        await page.GetByLabel("Ik geef toestemming").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Profiel aanmaken" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Mijn beschikbaarheid");
        await Expect(page.Locator("[role=status]").First).ToContainTextAsync("Je profiel is aangemaakt");
        await page.GetByLabel("Uren per maand").FillAsync("12");
        await page.GetByLabel("Maximaal aantal LC's tegelijk").FillAsync("2");
        await page.GetByLabel("Van (periode 1)").FillAsync("2027-07-01");
        await page.GetByLabel("Tot en met (periode 1)").FillAsync("2027-08-31");
        await page.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();
        await Expect(page.Locator("[role=status]").First).ToHaveTextAsync("Opgeslagen.");
        await Expect(page.GetByLabel("Uren per maand")).ToHaveValueAsync("12");
        await Expect(page.GetByLabel("Soort (periode 1)")).ToHaveValueAsync("false");
        await page.ScreenshotAsync("expert-02-availability");

        await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Mijn profiel" }).ClickAsync();
        await Expect(page.GetByLabel("Continuïteit", new() { Exact = true })).ToHaveValueAsync("3");
        await page.GetByLabel("Korte introductie").FillAsync("Twintig jaar samenwerking tussen scholen en bedrijven.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();
        await Expect(page.Locator("[role=status]").First).ToHaveTextAsync("Opgeslagen.");
        await Expect(page.GetByLabel("Korte introductie")).ToHaveValueAsync("Twintig jaar samenwerking tussen scholen en bedrijven.");
        await page.ScreenshotAsync("expert-03-profile-edited");

        await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Mijn gegevens" }).ClickAsync();
        await page.ScreenshotAsync("expert-04-my-data");
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Download mijn gegevens (JSON)" }).ClickAsync());
        var file = await download.PathAsync();
        using var export = JsonDocument.Parse(await File.ReadAllTextAsync(file, TestContext.Current.CancellationToken));

        var profile = export.RootElement.GetProperty("profile");
        Assert.Equal(WebFactory.NewExpert, export.RootElement.GetProperty("accountEmail").GetString());
        Assert.Equal("Nina Nieuw", profile.GetProperty("displayName").GetString());
        Assert.Equal(12, profile.GetProperty("hoursPerMonth").GetInt32());
        Assert.Equal("Twintig jaar samenwerking tussen scholen en bedrijven.", profile.GetProperty("bio").GetString());
        Assert.Contains(profile.GetProperty("competences").EnumerateArray(), c => c.GetProperty("bottleneck").GetString() == "continuity" && c.GetProperty("level").GetInt32() == 3);
    }

    [Fact]
    public async Task Expert_ErasesTheirData_AfterConfirming()
    {
        var page = await browser.NewPageAsync();
        await page.SignInAsync(WebFactory.Expert02);
        await page.GotoAsync("/expert/my-data");

        await page.GetByRole(AriaRole.Button, new() { Name = "Wis mijn gegevens" }).ClickAsync();
        await Expect(page.Locator("#Confirm-error")).ToContainTextAsync("Vink aan");
        await page.ScreenshotAsync("expert-05-erase-needs-confirmation");

        await page.GetByLabel("Ik begrijp dat dit niet ongedaan kan worden gemaakt").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Wis mijn gegevens" }).ClickAsync();
        await Expect(page.Locator("[role=status]").First).ToHaveTextAsync("Je gegevens zijn gewist.");
        await Expect(page.Locator("main")).ToContainTextAsync("Er staat geen expertprofiel van je opgeslagen.");
    }
}
