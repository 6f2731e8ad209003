using LcPeers.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace LcPeers.Web.Tests.Browser;

/// <summary>From proposal to engagement in the browser: file, match, approve, accept, schedule, and the invite is mailed.</summary>
[Collection(BrowserTests.Name)]
public sealed class ProposalToEngagementTests(BrowserFixture browser)
{
    [Fact]
    public async Task Coordinator_Staff_Expert_Coordinator_FromRequestToScheduledSession()
    {
        var description = $"Browsertest: begeleiding bij een leeragenda ({Guid.NewGuid():N})";
        var coordinator = await browser.NewPageAsync();
        await coordinator.SignInAsync(WebFactory.CoordinatorWindOpZee);
        await coordinator.GotoAsync("/coordinator/learning-communities");
        await coordinator.GetByRole(AriaRole.Link, new() { Name = "Hulp vragen voor deze LC" }).ClickAsync();
        await coordinator.GetByRole(AriaRole.Checkbox, new() { Name = "Certificering" }).CheckAsync();
        await coordinator.GetByRole(AriaRole.Radio, new() { Name = "Advies" }).CheckAsync();
        await coordinator.GetByLabel("Omschrijving").FillAsync(description);
        await coordinator.GetByLabel("Begindatum").FillAsync("2027-09-01");
        await coordinator.GetByLabel("Einddatum").FillAsync("2027-11-30");
        await coordinator.GetByLabel("Aantal uren").FillAsync("16");
        await coordinator.GetByRole(AriaRole.Radio, new() { Name = "Online" }).CheckAsync();
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Bewaar als concept" }).ClickAsync();
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Indienen" }).ClickAsync();
        await Expect(coordinator.Locator(".status-badge")).ToHaveTextAsync("Ingediend");
        var requestUrl = new Uri(coordinator.Url).AbsolutePath;

        var staff = await browser.NewPageAsync();
        await staff.SignInAsync(WebFactory.Staff);
        await staff.GotoAsync(requestUrl);
        await staff.GetByRole(AriaRole.Link, new() { Name = "Kandidaten en voorstellen" }).ClickAsync();
        await Expect(staff.GetByRole(AriaRole.Heading, new() { Level = 2, Name = "Kandidaten" })).ToBeVisibleAsync();
        var first = staff.Locator("li.candidate").First;
        await Expect(first.Locator("ul.reasons li").First).ToBeVisibleAsync();
        await first.Locator("summary").ClickAsync();
        await Expect(first.Locator(".factor-value").First).ToContainTextAsync("%");
        await Expect(staff.GetByRole(AriaRole.Heading, new() { Level = 2, Name = "Uitgesloten experts" })).ToBeVisibleAsync();
        await staff.ScreenshotAsync("matching-01-candidates");

        await staff.GetByRole(AriaRole.Button, new() { Name = "Stel de beste kandidaten voor" }).ClickAsync();
        await Expect(staff.Locator("[role=status]").First).ToContainTextAsync("voorstellen zijn gemaakt");
        var proposed = staff.Locator("tr[data-proposal-id]").Filter(new() { Has = staff.Locator("[data-status=proposed]") }).First;
        var proposalId = (await proposed.GetAttributeAsync("data-proposal-id"))!;
        await proposed.GetByRole(AriaRole.Button, new() { Name = "Wijs af" }).ClickAsync();
        await Expect(staff.Locator($"#reason-{proposalId}-error")).ToBeVisibleAsync(); // a reason is required
        await staff.ScreenshotAsync("matching-02-reject-needs-reason");
        await staff.Locator($"tr[data-proposal-id='{proposalId}']").GetByRole(AriaRole.Button, new() { Name = "Keur goed" }).ClickAsync();
        await Expect(staff.Locator($"tr[data-proposal-id='{proposalId}'] [data-status=approved]")).ToBeVisibleAsync();
        await staff.ScreenshotAsync("matching-03-approved");

        var expertEmail = await WorkflowPageTests.ExpertAccountOfProposalAsync(browser.Factory, Guid.Parse(proposalId));
        var expert = await browser.NewPageAsync();
        await expert.SignInAsDemoExpertAsync(expertEmail);
        await expert.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Mijn uitnodigingen" }).ClickAsync();
        var invitation = expert.Locator($"section[data-proposal-id='{proposalId}']");
        await Expect(invitation).ToContainTextAsync(description);
        await expert.ScreenshotAsync("expert-invitations");
        await invitation.GetByRole(AriaRole.Button, new() { Name = "Aanvaarden" }).ClickAsync();
        await Expect(expert.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Mijn trajecten");
        await Expect(expert.Locator("[data-engagement-id]")).Not.ToHaveCountAsync(0);
        await expert.ScreenshotAsync("expert-engagements");

        await coordinator.GotoAsync(requestUrl);
        await Expect(coordinator.Locator(".engagement .expert-name")).Not.ToBeEmptyAsync();
        await coordinator.GetByRole(AriaRole.Link, new() { Name = "Traject en sessies" }).ClickAsync();
        var title = $"Aftrap {Guid.NewGuid():N}"[..14];
        await coordinator.GetByLabel("Titel", new() { Exact = true }).FillAsync(title);
        await coordinator.GetByLabel("Begin", new() { Exact = true }).FillAsync("2027-09-15T10:00");
        await coordinator.GetByLabel("Einde", new() { Exact = true }).FillAsync("2027-09-15T12:00");
        await coordinator.GetByLabel("Onlinelink").FillAsync("https://meet.example/aftrap");
        await coordinator.GetByLabel("Agenda", new() { Exact = true }).FillAsync("Kennismaken en leerdoelen");
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Plannen" }).ClickAsync();
        await Expect(coordinator.Locator("table.sessions")).ToContainTextAsync(title);
        await coordinator.ScreenshotAsync("coordinator-06-session-scheduled");

        var invite = await WorkflowPageTests.WaitForMailAsync(browser.Factory, title);
        Assert.Contains("METHOD:REQUEST", invite, StringComparison.Ordinal);
    }
}
