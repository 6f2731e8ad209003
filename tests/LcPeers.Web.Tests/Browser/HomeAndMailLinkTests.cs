using System.Text.RegularExpressions;
using LcPeers.Web.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using MimeKit;
using static Microsoft.Playwright.Assertions;

namespace LcPeers.Web.Tests.Browser;

/// <summary>
/// Role home pages and the invitation email's link, in the browser: staff find the submitted request and its
/// proposals on their home page, the expert opens the link from the mail, signs in, comes back to the answer page and
/// accepts. Every home page passes axe-core (WCAG 2.1 AA) and fits a 390 px phone, in Dutch and in English.
/// </summary>
[Collection(BrowserTests.Name)]
public sealed partial class HomeAndMailLinkTests(BrowserFixture browser)
{
    private const int PhoneWidth = 390;

    /// <summary>What the expert and the coordinator read, in the language of the pass.</summary>
    private sealed record Texts(string Culture, string InvitationsNav, string InvitationsHeading, string Accept, string MyEngagements, string ActiveEngagements);

    public static TheoryData<string> Cultures => ["nl", "en"];

    private static Texts For(string culture) => culture == "en"
        ? new("en", "My invitations (", "Invitations to answer", "Accept", "My engagements", "Active engagements")
        : new("nl", "Mijn uitnodigingen (", "Uitnodigingen om te beantwoorden", "Aanvaarden", "Mijn trajecten", "Lopende trajecten");

    [Theory]
    [MemberData(nameof(Cultures))]
    public async Task InvitationMailLink_OpensTheAnswerPage_AfterSignIn_AndTheExpertAccepts(string culture)
    {
        var t = For(culture);
        // The request is filed over HTTP against the running host (the browser part of filing is covered elsewhere).
        using var handler = new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true };
        using var coordinator = new HttpClient(handler) { BaseAddress = new Uri(browser.BaseUrl) };
        await coordinator.SignInAsync(WebFactory.CoordinatorWindOpZee);
        var requestUrl = await WorkflowPageTests.SubmitOwnRequestAsync(coordinator);

        var staff = await browser.NewPageAsync();
        await staff.SignInAsync(WebFactory.Staff);
        await Expect(staff.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Wat wacht op mij");
        await Expect(staff.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Wat wacht op mij (" })).ToBeVisibleAsync();
        await staff.GotoAsync("/staff" + requestUrl);
        await staff.GetByRole(AriaRole.Button, new() { Name = "Stel de beste kandidaten voor" }).ClickAsync();
        await Expect(staff.Locator("[role=status]").First).ToContainTextAsync("voorstellen zijn gemaakt");

        await staff.GotoAsync("/");
        var proposals = staff.Locator("#staff-proposals");
        await Expect(proposals.Locator("h2")).ToHaveTextAsync(new Regex(@"^Voorstellen die wachten op goedkeuring \([1-9]\d*\)$"));
        await staff.ScreenshotAsync($"home-{culture}-01-staff");
        await staff.AssertAccessibleAsync();

        await staff.GotoAsync("/staff" + requestUrl);
        var proposed = staff.Locator("tr[data-proposal-id]").Filter(new() { Has = staff.Locator("[data-status=proposed]") }).First;
        var proposalId = (await proposed.GetAttributeAsync("data-proposal-id"))!;
        await proposed.GetByRole(AriaRole.Button, new() { Name = "Keur goed" }).ClickAsync();
        await Expect(staff.Locator($"tr[data-proposal-id='{proposalId}'] [data-status=approved]")).ToBeVisibleAsync();

        // The link as the mail carries it: absolute, under App:PublicBaseUrl, to the answer page of this invitation.
        var publicBase = browser.Factory.Services.GetRequiredService<IConfiguration>()["App:PublicBaseUrl"]!.TrimEnd('/');
        var mail = await PickupMail.WaitForAsync(browser.Factory, m => (m.TextBody ?? "").Contains($"proposalId={proposalId}", StringComparison.Ordinal));
        var link = new Uri(InvitationLink().Match(mail.TextBody!).Value);
        Assert.Equal($"{publicBase}/expert/invitations?proposalId={proposalId}", link.AbsoluteUri);
        Assert.Contains($"href=\"{link.AbsoluteUri}\"", mail.HtmlBody, StringComparison.Ordinal);

        // Opened by someone not signed in: the sign-in keeps the link and comes back to it.
        var expertEmail = await WorkflowPageTests.ExpertAccountOfProposalAsync(browser.Factory, Guid.Parse(proposalId));
        var expert = await browser.NewPageAsync();
        await expert.GotoAsync(link.PathAndQuery);
        await Expect(expert).ToHaveURLAsync(new Regex("/account/dev-sign-in\\?returnUrl="));
        var form = expert.Locator("form").Filter(new() { Has = expert.Locator($"input[name=email][value='{WebFactory.Expert01}']") });
        await form.Locator("input[name=email]").EvaluateAsync("(input, email) => { input.value = email; input.form.querySelector('button').click(); }", expertEmail);
        await expert.WaitForURLAsync(url => url.EndsWith(link.PathAndQuery, StringComparison.Ordinal), new() { Timeout = 45_000 });
        var invitation = expert.Locator($"section[data-proposal-id='{proposalId}']");
        await Expect(invitation).ToBeVisibleAsync();
        await expert.UseCultureAsync(t.Culture);
        await Expect(expert).ToHaveURLAsync(new Regex(Regex.Escape(link.PathAndQuery) + "$")); // the language switch stays on the answer page
        await Expect(invitation).ToBeVisibleAsync();
        await expert.ScreenshotAsync($"home-{culture}-02-invitation-from-mail");

        await expert.GotoAsync("/");
        await Expect(expert.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = t.InvitationsNav })).ToBeVisibleAsync();
        await Expect(expert.Locator("#expert-invitations h2")).ToHaveTextAsync(new Regex($@"^{t.InvitationsHeading} \([1-9]\d*\)$"));
        await expert.ScreenshotAsync($"home-{culture}-03-expert");
        await expert.AssertAccessibleAsync();
        await expert.Locator($"#expert-invitations a[href='/expert/invitations?proposalId={proposalId}']").ClickAsync();
        await expert.Locator($"section[data-proposal-id='{proposalId}']").GetByRole(AriaRole.Button, new() { Name = t.Accept }).ClickAsync();
        await Expect(expert.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(t.MyEngagements);

        var coordinatorPage = await browser.NewPageAsync();
        await coordinatorPage.SignInAsync(WebFactory.CoordinatorWindOpZee);
        await coordinatorPage.UseCultureAsync(t.Culture);
        var engagements = coordinatorPage.Locator("#coordinator-engagements");
        await Expect(engagements.Locator("h2")).ToHaveTextAsync(new Regex($@"^{t.ActiveEngagements} \([1-9]\d*\)$"));
        await Expect(coordinatorPage.Locator("#coordinator-requests li[data-status]").First).ToBeVisibleAsync();
        await coordinatorPage.ScreenshotAsync($"home-{culture}-04-coordinator");
        await coordinatorPage.AssertAccessibleAsync();
    }

    [Theory]
    [InlineData(WebFactory.Staff, "staff")]
    [InlineData(WebFactory.CoordinatorWindOpZee, "coordinator")]
    [InlineData(WebFactory.Expert01, "expert")]
    public async Task HomePage_InDutchAndEnglish_PassesAxe_AndFitsAPhone(string email, string role)
    {
        var page = await browser.NewPageAsync(PhoneWidth, 844);
        await page.SignInAsync(email);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Wat wacht op mij");
        await Expect(page.Locator($"[data-role={role}] .work-list").First).ToBeVisibleAsync();
        await AssertFitsAsync(page);
        await page.AssertAccessibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "English" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("What is waiting for me");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await page.ScreenshotAsync($"home-05-{role}-english-phone");
        await AssertFitsAsync(page);
        await page.AssertAccessibleAsync();
    }

    private static async Task AssertFitsAsync(IPage page)
    {
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        Assert.True(widths[0] <= widths[1], $"{page.Url}: {widths[0]} px wide in a {widths[1]} px window");
    }

    [GeneratedRegex(@"https?://\S+/expert/invitations\?proposalId=[0-9a-f-]{36}")]
    private static partial Regex InvitationLink();
}
