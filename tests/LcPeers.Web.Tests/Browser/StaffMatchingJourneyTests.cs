using LcPeers.Application.Common;
using LcPeers.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace LcPeers.Web.Tests.Browser;

/// <summary>
/// Staff's pages in the browser, in Dutch and in English: pick any candidate and approve it at the top of the page,
/// add an LC, search the expert pool by name, and sign in as any demo account by typing its address.
/// </summary>
[Collection(BrowserTests.Name)]
public sealed class StaffMatchingJourneyTests(BrowserFixture browser)
{
    public static TheoryData<string> Cultures => new() { "nl", "en" };

    private static string Text(string culture, string dutch, string english) => culture == "en" ? english : dutch;

    private async Task<IPage> PageInAsync(string culture, int width = 1280)
    {
        var page = await browser.NewPageAsync(width);
        await page.Context.AddCookiesAsync([new Cookie
        {
            Name = ".AspNetCore.Culture",
            Value = Uri.EscapeDataString($"c={culture}|uic={culture}"),
            Url = browser.BaseUrl,
        }]);
        return page;
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public async Task Staff_PickTheThirdCandidate_ProposeAndApproveAtTheTop_ThenTheCandidatesAreGone(string culture)
    {
        // The host listens on a real port here, so the coordinator's client goes there too (cookies kept, redirects seen).
        using var coordinator = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true }) { BaseAddress = new Uri(browser.BaseUrl) };
        await coordinator.SignInAsync(WebFactory.CoordinatorWindOpZee);
        var request = await WorkflowPageTests.SubmitOwnRequestAsync(coordinator); // one expert wanted
        var staff = await PageInAsync(culture);
        await staff.SignInAsync(WebFactory.Staff);
        await staff.GotoAsync("/staff" + request);

        var candidates = staff.Locator("li.candidate");
        await Expect(candidates.Nth(2)).ToBeVisibleAsync();
        var third = candidates.Nth(2);
        var expertId = (await third.GetAttributeAsync("data-expert-id"))!;
        var expertName = (await third.Locator("h3 a").TextContentAsync())!.Trim();
        await Expect(third.GetByRole(AriaRole.Button)).ToHaveAccessibleNameAsync(Text(culture, "Stel voor", "Propose") + ": " + expertName);
        await third.GetByRole(AriaRole.Button).ClickAsync();

        var waiting = staff.Locator("#waiting-section");
        await Expect(waiting.GetByRole(AriaRole.Heading, new() { Level = 2 })).ToHaveTextAsync(Text(culture, "Wachten op jouw besluit", "Waiting for your decision"));
        var row = waiting.Locator("tr[data-proposal-id]");
        await Expect(row).ToHaveCountAsync(1);
        await Expect(row.GetByRole(AriaRole.Link, new() { Name = expertName })).ToHaveAttributeAsync("href", $"/staff/experts/{expertId}");
        await Expect(staff.Locator("li.candidate")).ToHaveCountAsync(0); // the one place asked for is taken
        await Expect(staff.Locator("#no-places")).ToBeVisibleAsync();
        await staff.ScreenshotAsync($"staff-pick-01-proposed-{culture}");

        // A request with a proposal waiting for approval stays in staff's default queue.
        await staff.GotoAsync("/staff/requests");
        await Expect(staff.Locator($"main a[href='{request}']")).ToBeVisibleAsync();
        await staff.GotoAsync("/staff" + request);

        // The decision sits at the top: before the proposals list, within the first screen.
        var approve = row.GetByRole(AriaRole.Button, new() { Name = Text(culture, "Keur goed", "Approve"), Exact = true });
        var approveBox = (await approve.BoundingBoxAsync())!;
        var restBox = (await staff.Locator("#no-places").BoundingBoxAsync())!;
        Assert.True(approveBox.Y < restBox.Y && approveBox.Y < 900, $"approve at {approveBox.Y}, the rest of the page from {restBox.Y}");
        await Expect(staff.Locator("#proposals-section")).ToHaveCountAsync(0); // no earlier proposals to list
        await Expect(row.GetByRole(AriaRole.Button, new() { Name = Text(culture, "Wijs af", "Reject"), Exact = true })).ToBeVisibleAsync();
        await staff.AssertAccessibleAsync();
        var proposalId = (await row.GetAttributeAsync("data-proposal-id"))!;
        await approve.ClickAsync();

        await Expect(staff.Locator("[role=status]").First).ToHaveTextAsync(Text(culture, "Het voorstel is goedgekeurd.", "The proposal was approved."));
        await Expect(staff.Locator("#waiting-section")).ToHaveCountAsync(0);
        var approved = staff.Locator($"#proposals-section tr[data-proposal-id='{proposalId}']");
        await Expect(approved.Locator("[data-status=approved]")).ToBeVisibleAsync();
        await Expect(approved.GetByRole(AriaRole.Link)).ToHaveAttributeAsync("href", $"/staff/experts/{expertId}");
        await Expect(staff.Locator("li.candidate")).ToHaveCountAsync(0);
        await Expect(staff.GetByRole(AriaRole.Button, new() { Name = Text(culture, "Stel de beste kandidaten voor", "Propose the best candidates") })).ToHaveCountAsync(0);
        Assert.Equal(Guid.Parse(expertId), await ExpertOfProposalAsync(Guid.Parse(proposalId)));
        await staff.ScreenshotAsync($"staff-pick-02-approved-{culture}");
        await staff.AssertAccessibleAsync();
        await staff.SetViewportSizeAsync(390, 844);
        await AssertNoHorizontalScrollAsync(staff);
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public async Task Staff_CreateLc_BadSubmitShowsFieldErrors_GoodSubmitListsItInTheDirectory(string culture)
    {
        var staff = await PageInAsync(culture);
        await staff.SignInAsync(WebFactory.Staff);
        await staff.GotoAsync("/learning-communities");
        await staff.GetByRole(AriaRole.Link, new() { Name = Text(culture, "Learning Community toevoegen", "Add a Learning Community") }).ClickAsync();
        await Expect(staff.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(Text(culture, "Nieuwe Learning Community", "New Learning Community"));
        await staff.AssertAccessibleAsync();

        await staff.GetByLabel(Text(culture, "E-mail (contactpersoon 1)", "Email (contact 1)")).FillAsync("geen-adres");
        await staff.GetByRole(AriaRole.Button, new() { Name = Text(culture, "Aanmaken", "Create") }).ClickAsync();
        var nameField = staff.Locator("#Form_Name");
        await Expect(nameField).ToHaveAttributeAsync("aria-invalid", "true");
        var nameError = staff.Locator("#Form_Name ~ .field-error");
        await Expect(nameError).ToHaveTextAsync(Text(culture, "Vul ‘Naam’ in.", "Fill in ‘Name’."));
        await Expect(staff.Locator("[id='Form_Contacts_0__Email'] ~ .field-error")).Not.ToBeEmptyAsync();
        var errors = string.Join(" ", await staff.Locator(".field-error").AllTextContentsAsync());
        if (culture == "nl")
        {
            foreach (var english in new[] { "must", "should", "email address", "'name'", "'contacts" })
            {
                Assert.DoesNotContain(english, errors, StringComparison.OrdinalIgnoreCase);
            }
        }

        await staff.ScreenshotAsync($"staff-lc-new-01-errors-{culture}");
        await staff.AssertAccessibleAsync();

        var name = $"Browsertest LC {Guid.NewGuid():N}"[..24];
        await nameField.FillAsync(name);
        await staff.GetByLabel(Text(culture, "E-mail (contactpersoon 1)", "Email (contact 1)")).FillAsync("");
        await staff.GetByRole(AriaRole.Button, new() { Name = Text(culture, "Aanmaken", "Create") }).ClickAsync();
        await Expect(staff.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(name);
        await Expect(staff.Locator("[role=status]").First).ToHaveTextAsync(Text(culture, "De Learning Community is aangemaakt.", "The Learning Community has been created."));

        await staff.GotoAsync("/learning-communities?q=" + Uri.EscapeDataString(name));
        await Expect(staff.Locator("main table").GetByRole(AriaRole.Link, new() { Name = name })).ToBeVisibleAsync();
        await staff.SetViewportSizeAsync(390, 844);
        await staff.GotoAsync("/staff/learning-communities/new");
        await AssertNoHorizontalScrollAsync(staff);
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public async Task Staff_SearchTheExpertPoolByName_FindsOnlyMatchingExperts(string culture)
    {
        var (name, others) = await DemoExpertNamesAsync();
        var staff = await PageInAsync(culture);
        await staff.SignInAsync(WebFactory.Staff);
        await staff.GotoAsync("/staff/experts");
        var all = await staff.Locator("main tbody tr").CountAsync();

        await staff.GetByLabel(Text(culture, "Naam of e-mailadres", "Name or email address")).FillAsync(name);
        await staff.GetByRole(AriaRole.Button, new() { Name = Text(culture, "Filteren", "Filter") }).ClickAsync();

        await Expect(staff.Locator("main tbody tr").First.GetByRole(AriaRole.Link)).ToHaveTextAsync(name);
        var found = await staff.Locator("main tbody th a").AllTextContentsAsync();
        Assert.All(found, f => Assert.Contains(name, f, StringComparison.OrdinalIgnoreCase));
        Assert.True(found.Count < all, "the search narrows the pool");
        Assert.DoesNotContain(others.First(o => !o.Contains(name, StringComparison.OrdinalIgnoreCase)), found);
        Assert.Contains("Q=", staff.Url, StringComparison.Ordinal);
        await staff.AssertAccessibleAsync();
        await staff.SetViewportSizeAsync(390, 844);
        await AssertNoHorizontalScrollAsync(staff);
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public async Task DevSignIn_TypedDemoAccount_SignsIn_UnknownAddressShowsAnErrorBesideTheField(string culture)
    {
        var page = await PageInAsync(culture);
        await page.GotoAsync("/account/dev-sign-in");
        var field = page.GetByLabel(Text(culture, "E-mailadres van een demo-account", "Email address of a demo account"));
        await page.AssertAccessibleAsync();

        await field.FillAsync("expert99@" + WebFactory.DemoDomain);
        await page.GetByRole(AriaRole.Button, new() { Name = Text(culture, "Inloggen", "Sign in"), Exact = true }).ClickAsync();
        await Expect(page.Locator("#Email")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(page.Locator("#Email ~ .field-error")).ToHaveTextAsync(Text(culture, "Er is geen demo-account met dit e-mailadres.", "There is no demo account with this email address."));
        await Expect(page.Locator("#Email")).ToHaveValueAsync("expert99@" + WebFactory.DemoDomain);
        await page.AssertAccessibleAsync();

        var expert = "expert17@" + WebFactory.DemoDomain;
        await page.Locator("#Email").FillAsync(expert);
        await page.GetByRole(AriaRole.Button, new() { Name = Text(culture, "Inloggen", "Sign in"), Exact = true }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("dev-sign-in", StringComparison.Ordinal), new PageWaitForURLOptions { Timeout = 45_000 });
        await Expect(page.Locator(".site-header .who")).ToContainTextAsync(Text(culture, "Ingelogd als", "Signed in as"));
        await page.GotoAsync("/expert/invitations");
        Assert.EndsWith("/expert/invitations", new Uri(page.Url).AbsolutePath, StringComparison.Ordinal);
        await page.SetViewportSizeAsync(390, 844);
        await page.GotoAsync("/account/dev-sign-in");
        await AssertNoHorizontalScrollAsync(page);
    }

    private async Task<Guid> ExpertOfProposalAsync(Guid proposalId)
    {
        using var scope = browser.Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ILcPeersDb>();
        var id = new Domain.Matching.ProposalId(proposalId);
        return (await db.Proposals.Where(p => p.Id == id).Select(p => p.ExpertId).SingleAsync(Html.Ct)).Value;
    }

    /// <summary>A demo expert's display name that is not part of every other's, and the other names.</summary>
    private async Task<(string Name, List<string> Others)> DemoExpertNamesAsync()
    {
        using var scope = browser.Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ILcPeersDb>();
        var names = await db.Experts.Where(e => e.ErasedAt == null).OrderBy(e => e.DisplayName).Select(e => e.DisplayName).ToListAsync(Html.Ct);
        var name = names.First(n => names.Count(o => o.Contains(n, StringComparison.OrdinalIgnoreCase)) == 1);
        return (name, [.. names.Where(n => n != name)]);
    }

    private static async Task AssertNoHorizontalScrollAsync(IPage page)
    {
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        Assert.True(widths[0] <= widths[1], $"{page.Url} scrolls sideways at {widths[1]} px: {widths[0]} px wide");
    }
}
