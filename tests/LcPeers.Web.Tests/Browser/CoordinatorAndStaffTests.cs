using LcPeers.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace LcPeers.Web.Tests.Browser;

[Collection(BrowserTests.Name)]
public sealed class CoordinatorAndStaffTests(BrowserFixture browser)
{
    [Fact]
    public async Task Coordinator_FilesAndSubmitsARequest_StaffSeeItInTheQueue()
    {
        var description = $"Browsertest: hulp bij erkenning van korte trainingen ({Guid.NewGuid():N})";
        var page = await browser.NewPageAsync();
        await page.SignInAsync(WebFactory.CoordinatorWindOpZee);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Wat wacht op mij"); // sign-in lands on the home page
        await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Mijn LC's" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 2, Name = "CIV Wind op Zee" })).ToBeVisibleAsync();
        await page.ScreenshotAsync("coordinator-01-my-lcs");

        await page.GetByRole(AriaRole.Link, new() { Name = "Hulp vragen voor deze LC" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Radio, new() { Name = "Uitvoering" })).ToBeCheckedAsync(); // the LC's current phase
        await page.ScreenshotAsync("coordinator-02-new-request");

        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Certificering" }).CheckAsync();
        await page.GetByRole(AriaRole.Radio, new() { Name = "Advies" }).CheckAsync();
        await page.GetByLabel("Omschrijving").FillAsync(description);
        await page.GetByLabel("Begindatum").FillAsync("2027-09-01");
        await page.GetByLabel("Einddatum").FillAsync("2027-11-30");
        await page.GetByLabel("Aantal uren").FillAsync("16");
        await page.GetByRole(AriaRole.Radio, new() { Name = "Online" }).CheckAsync();
        await page.GetByLabel("Uitgesloten organisaties").FillAsync("Scalda (demo)");
        await page.GetByRole(AriaRole.Button, new() { Name = "Bewaar als concept" }).ClickAsync();

        await Expect(page.Locator("[role=status]").First).ToContainTextAsync("als concept bewaard");
        await Expect(page.Locator(".status-badge")).ToHaveTextAsync("Concept");
        await Expect(page.Locator("dl.facts")).ToContainTextAsync(description);
        await page.ScreenshotAsync("coordinator-03-draft");

        await page.GetByRole(AriaRole.Button, new() { Name = "Indienen" }).ClickAsync();
        await Expect(page.Locator(".status-badge")).ToHaveTextAsync("Ingediend");
        await Expect(page.Locator("section[aria-labelledby=history] tbody tr")).ToHaveCountAsync(2);
        var requestUrl = new Uri(page.Url).AbsolutePath;
        await page.ScreenshotAsync("coordinator-04-submitted");

        await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Mijn aanvragen" }).ClickAsync();
        await Expect(page.Locator($"main a[href='{requestUrl}']")).ToBeVisibleAsync();
        await page.ScreenshotAsync("coordinator-05-my-requests");

        var staff = await browser.NewPageAsync();
        await staff.SignInAsync(WebFactory.Staff);
        await staff.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Ingediende aanvragen" }).ClickAsync();
        await Expect(staff.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Aanvragen");
        await Expect(staff.GetByLabel("Status")).ToHaveValueAsync(LcPeers.Api.Pages.Staff.QueueModel.AwaitingStaff); // submitted or with a proposal to approve
        var row = staff.Locator("main tbody tr").Filter(new() { Has = staff.Locator($"a[href='{requestUrl}']") });
        await Expect(row).ToContainTextAsync("Ingediend");
        await Expect(row).ToContainTextAsync("Certificering");
        await staff.ScreenshotAsync("staff-01-queue");

        await row.GetByRole(AriaRole.Link).ClickAsync();
        await Expect(staff.Locator("dl.facts")).ToContainTextAsync(description);
        await staff.ScreenshotAsync("staff-02-request");
    }

    [Fact]
    public async Task Staff_EditAnLc_AndAStaleEditShowsTheConflict()
    {
        var page = await browser.NewPageAsync();
        await page.SignInAsync(WebFactory.Staff);
        await page.GotoAsync("/learning-communities?q=SEECE");
        await page.GetByRole(AriaRole.Link, new() { Name = "SEECE", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Bewerken" }).ClickAsync();
        var editUrl = page.Url;
        await page.ScreenshotAsync("staff-03-lc-edit");

        // A colleague opens the same LC in another tab before the first edit is saved.
        var colleague = await page.Context.NewPageAsync();
        await colleague.GotoAsync(editUrl);

        await page.GetByLabel("Aantal partners").FillAsync("151");
        await page.GetByLabel("Het aantal is een ondergrens").CheckAsync();
        await page.GetByLabel("Beschrijving").FillAsync("Bijgewerkt door de browsertest.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();
        await Expect(page.Locator("[role=status]").First).ToHaveTextAsync("Opgeslagen.");
        await Expect(page.Locator("dl.facts")).ToContainTextAsync(">151");
        await page.ScreenshotAsync("staff-04-lc-saved");

        await colleague.GetByLabel("Beschrijving").FillAsync("Een verouderde bewerking.");
        await colleague.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();
        await Expect(colleague.Locator("#form-error")).ToContainTextAsync("Iemand anders heeft dit intussen gewijzigd");
        await Expect(colleague.GetByLabel("Beschrijving")).ToHaveValueAsync("Een verouderde bewerking.");
        await colleague.ScreenshotAsync("staff-05-lc-stale-conflict");

        await page.GetByRole(AriaRole.Link, new() { Name = "Coördinatoren" }).ClickAsync();
        await page.GetByLabel("E-mailadres waarmee de coördinator inlogt").FillAsync("nieuwe.trekker@demo.lcpeers.example");
        await page.GetByRole(AriaRole.Button, new() { Name = "Koppelen", Exact = true }).ClickAsync();
        await Expect(page.Locator("main tbody")).ToContainTextAsync("nieuwe.trekker@demo.lcpeers.example");
        await page.ScreenshotAsync("staff-06-coordinators");
        await page.GetByRole(AriaRole.Button, new() { Name = "nieuwe.trekker@demo.lcpeers.example ontkoppelen" }).ClickAsync();
        await Expect(page.Locator("main")).Not.ToContainTextAsync("gekoppeld op");
        await Expect(page.Locator("[role=status]").First).ToContainTextAsync("is ontkoppeld");
    }

    [Fact]
    public async Task Staff_FilterTheExpertPool()
    {
        var page = await browser.NewPageAsync();
        await page.SignInAsync(WebFactory.Staff);
        await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Expertpool" }).ClickAsync();
        var all = await page.Locator("main .result-count").TextContentAsync();

        await page.GetByLabel("Competentie (knelpunt)").SelectOptionAsync("continuity");
        await page.GetByLabel("Regio").SelectOptionAsync("Zeeland");
        await page.GetByRole(AriaRole.Button, new() { Name = "Filteren" }).ClickAsync();

        Assert.NotEqual(all, await page.Locator("main .result-count").TextContentAsync());
        await page.ScreenshotAsync("staff-07-expert-pool");
        await page.Locator("main tbody a").First.ClickAsync();
        await Expect(page.Locator("dl.facts")).ToContainTextAsync("Zeeland");
        await page.ScreenshotAsync("staff-08-expert");
    }
}
