using System.Net;
using LcPeers.Application.Lifecycle.RunLifecycleJobs;
using LcPeers.Web.Tests.Infrastructure;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace LcPeers.Web.Tests.Browser;

/// <summary>
/// An engagement finished in the browser: the coordinator schedules, moves and cancels a session (with a reason that
/// reaches the cancellation mail), closes the engagement, and both sides give feedback; a peer reviewer files the
/// report and the LC page shows its levels. The engagement itself is set up through the pages without a browser.
/// </summary>
[Collection(BrowserTests.Name)]
public sealed class EngagementJourneyTests(BrowserFixture browser)
{
    private const int PhoneWidth = 390;

    /// <summary>The texts the journey reads, in the language of the pass.</summary>
    private sealed record Texts(
        string Culture, string OutsidePeriod, string Cancelled, string Completed, string AlreadyGaveFeedback, string FeedbackThanks, string ReportThanks,
        string LevelFive);

    private static readonly Texts Dutch = new("nl", "Kies een datum binnen de periode van het traject.", "geannuleerd", "afgerond",
        "Je hebt al feedback gegeven op deze inzet.", "Bedankt voor je feedback.", "Dank je wel, je rapport is ingediend.", "Niveau 5");

    private static readonly Texts English = new("en", "Choose a date within the engagement's period.", "cancelled", "completed",
        "You have already given feedback on this engagement.", "Thank you for your feedback.", "Thank you, your report has been filed.", "Level 5");

    public static TheoryData<string> Cultures => ["nl", "en"];

    [Theory]
    [MemberData(nameof(Cultures))]
    public async Task Coordinator_SchedulesMovesCancelsWithReason_ClosesTheEngagement_AndBothSidesGiveFeedback(string culture)
    {
        var t = culture == "en" ? English : Dutch;
        var (requestUrl, engagementId, expertEmail) = await EngagedAsync("advice");
        var engagementUrl = requestUrl + "/engagement";

        var coordinator = await PageInAsync(WebFactory.CoordinatorWindOpZee, t);
        await coordinator.GotoAsync(engagementUrl);
        await Expect(coordinator.Locator("#session-period-hint")).ToContainTextAsync("2027");
        await Expect(coordinator.Locator("input[name='Form.Start']")).ToHaveAttributeAsync("min", "2027-03-01T00:00");
        await Expect(coordinator.Locator("input[name='Form.Start']")).ToHaveAttributeAsync("max", "2027-04-30T23:59");
        await coordinator.AssertAccessibleAsync("engagement");

        // Outside the period (1 March to 30 April): the message sits beside the start field, in the page's language.
        var title = $"Werksessie {Guid.NewGuid():N}"[..20];
        await FillSessionAsync(coordinator, title, "2027-05-10T10:00", "2027-05-10T12:00");
        await coordinator.Locator("#schedule-section button[type=submit]").ClickAsync();
        await Expect(coordinator.Locator("#Form_Start-error")).ToHaveTextAsync(t.OutsidePeriod);
        await Expect(coordinator.Locator("input[name='Form.Start']")).ToHaveAttributeAsync("aria-invalid", "true");
        await coordinator.ScreenshotAsync($"engagement-{culture}-01-outside-period");

        await FillSessionAsync(coordinator, title, "2027-03-10T10:00", "2027-03-10T12:00");
        await coordinator.Locator("#schedule-section button[type=submit]").ClickAsync();
        var row = coordinator.Locator("tr[data-session-id]").Filter(new() { HasText = title });
        await Expect(row).ToHaveCountAsync(1);

        await row.Locator("a[href*='moveSessionId']").ClickAsync();
        await Expect(coordinator.Locator("input[name='Form.Start']")).ToHaveValueAsync("2027-03-10T10:00");
        await coordinator.Locator("input[name='Form.Start']").FillAsync("2027-03-11T10:00");
        await coordinator.Locator("input[name='Form.End']").FillAsync("2027-03-11T12:00");
        await coordinator.Locator("#schedule-section button[type=submit]").ClickAsync();
        await Expect(row).ToContainTextAsync("11");
        await Expect(row).ToContainTextAsync("2027 10:00");

        // Cancelling asks first, with an optional reason; keeping the session changes nothing.
        await row.Locator("a[href*='cancelSessionId']").ClickAsync();
        await Expect(coordinator.Locator("#cancel-section")).ToContainTextAsync(title);
        await coordinator.AssertAccessibleAsync("cancel-confirmation");
        await coordinator.ScreenshotAsync($"engagement-{culture}-02-cancel-confirmation");
        await coordinator.Locator("#cancel-section a.button").ClickAsync();
        await Expect(coordinator.Locator("#cancel-section")).ToHaveCountAsync(0);
        await Expect(row.Locator("[data-status=scheduled]")).ToHaveCountAsync(1);

        var reason = $"Zaal bezet {Guid.NewGuid():N}"[..24];
        await row.Locator("a[href*='cancelSessionId']").ClickAsync();
        await coordinator.Locator("textarea[name='Cancel.Reason']").FillAsync(reason);
        await coordinator.Locator("#cancel-section button[type=submit]").ClickAsync();
        await Expect(row.Locator("[data-status=cancelled]")).ToHaveTextAsync(t.Cancelled);
        var cancellation = await WorkflowPageTests.WaitForMailAsync(browser.Factory, reason);
        Assert.Contains("METHOD:CANCEL", cancellation, StringComparison.Ordinal);
        Assert.Contains(title, cancellation, StringComparison.Ordinal);

        // Closing asks first too; then the page says it is closed and offers the feedback form.
        await coordinator.Locator("#close-section a.button").ClickAsync();
        await coordinator.AssertAccessibleAsync("close-confirmation");
        await coordinator.Locator("#close-section button[type=submit]").ClickAsync();
        await Expect(coordinator.Locator("section[data-engagement-id] .status-badge").First).ToHaveTextAsync(t.Completed);
        await Expect(coordinator.Locator("#closed-note")).ToBeVisibleAsync();
        await Expect(coordinator.Locator("#close-section")).ToHaveCountAsync(0);
        await Expect(coordinator.Locator("#schedule-section")).ToHaveCountAsync(0);
        await coordinator.AssertAccessibleAsync("closed-with-feedback-form");

        // A second tab still shows the form; its feedback after the first gets a clear message, not a raw error.
        var secondTab = await coordinator.Context.NewPageAsync();
        await secondTab.GotoAsync(engagementUrl);
        await GiveFeedbackAsync(coordinator, "4", "Heldere adviezen, goed bereikbaar.");
        await Expect(coordinator.GetByRole(AriaRole.Status).First).ToContainTextAsync(t.FeedbackThanks);
        await Expect(coordinator.Locator("select[name='Feedback.Rating']")).ToHaveCountAsync(0);
        await GiveFeedbackAsync(secondTab, "2", "Nog een keer");
        await Expect(secondTab.Locator("#form-error")).ToContainTextAsync(t.AlreadyGaveFeedback);
        await secondTab.CloseAsync();

        // The expert reaches the engagement from "Mijn trajecten" and gives feedback on the collaboration.
        var expert = await PageInAsync(expertEmail, t, demoExpert: true);
        await expert.GotoAsync("/expert/engagements");
        await expert.Locator($"section[data-engagement-id='{engagementId}'] a[href='/expert/engagements/{engagementId}']").ClickAsync();
        await expert.AssertAccessibleAsync("expert-engagement");
        await GiveFeedbackAsync(expert, "5", "Betrokken coördinator.");
        await Expect(expert.GetByRole(AriaRole.Status).First).ToContainTextAsync(t.FeedbackThanks);
        await Expect(expert.Locator("#feedback-state")).ToBeVisibleAsync();
        await expert.ScreenshotAsync($"engagement-{culture}-03-expert-feedback-given");

        var phone = await PageInAsync(WebFactory.CoordinatorWindOpZee, t, width: PhoneWidth);
        await AssertNoSidewaysScrollAsync(phone, engagementUrl);
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public async Task PeerReviewer_FilesTheReport_CoordinatorReadsIt_AndTheLcPageShowsTheLevels(string culture)
    {
        var t = culture == "en" ? English : Dutch;
        var (requestUrl, engagementId, expertEmail) = await EngagedAsync("peer-review");
        var reportUrl = $"/expert/engagements/{engagementId}";

        var reviewer = await PageInAsync(expertEmail, t, demoExpert: true);
        await reviewer.GotoAsync(reportUrl);
        await Expect(reviewer.Locator("#report-section fieldset.report-dimension")).ToHaveCountAsync(4);
        // Each level shows the phase model's description of that level.
        await Expect(reviewer.Locator("label[for='level-0-1'] .hint")).Not.ToBeEmptyAsync();
        await reviewer.AssertAccessibleAsync("report-form");

        // An empty report: each missing level, finding and advice is named beside its field, in the page's language.
        await reviewer.Locator("#report-section button[type=submit]").ClickAsync();
        await Expect(reviewer.Locator("#Report_Dimensions_0__Level-error")).Not.ToBeEmptyAsync();
        await Expect(reviewer.Locator("#Report_Dimensions_3__Advice-error")).Not.ToBeEmptyAsync();
        var errors = await reviewer.Locator(".field-error").AllInnerTextsAsync();
        Assert.DoesNotContain(errors, e => e.Contains("dimensions", StringComparison.Ordinal) || (culture == "nl" && e.Contains("must", StringComparison.Ordinal)));
        await reviewer.AssertAccessibleAsync("report-form-errors");

        int[] levels = [2, 3, 4, 5];
        for (var i = 0; i < levels.Length; i++)
        {
            await reviewer.Locator($"#level-{i}-{levels[i]}").CheckAsync();
            await reviewer.Locator($"textarea[name='Report.Dimensions[{i}].Findings']").FillAsync($"Bevinding {i + 1}");
            await reviewer.Locator($"textarea[name='Report.Dimensions[{i}].Advice']").FillAsync($"Advies {i + 1}");
        }

        await reviewer.Locator("textarea[name='Report.Summary']").FillAsync("Een LC die groeit in samenwerking.");
        await reviewer.ScreenshotAsync($"report-{culture}-01-filled");
        await reviewer.Locator("#report-section button[type=submit]").ClickAsync();
        await Expect(reviewer.GetByRole(AriaRole.Status).First).ToContainTextAsync(t.ReportThanks);
        await Expect(reviewer.Locator("#report-section")).ToHaveCountAsync(0);
        await Expect(reviewer.Locator("#report-filed")).ToBeVisibleAsync();

        // The coordinator reads the report on the engagement page, levels with their descriptions and no overall grade.
        var coordinator = await PageInAsync(WebFactory.CoordinatorWindOpZee, t);
        await coordinator.GotoAsync(requestUrl + "/engagement");
        var report = coordinator.Locator("section.report");
        await Expect(report.Locator("article.report-dimension")).ToHaveCountAsync(4);
        await Expect(report.Locator("[data-dimension=continuity-and-embedding] .report-level")).ToContainTextAsync(t.LevelFive);
        await Expect(report).ToContainTextAsync("Advies 4");
        await coordinator.AssertAccessibleAsync("report-view");
        await coordinator.ScreenshotAsync($"report-{culture}-02-coordinator-view");
        var reportId = (await report.GetAttributeAsync("data-report-id"))!;

        // The LC page's development table has the report's row with its four levels.
        await coordinator.GotoAsync(requestUrl);
        var lcLink = coordinator.Locator("main a[href^='/learning-communities/']").First;
        await lcLink.ClickAsync();
        var developmentRow = coordinator.Locator($"table.development tr[data-report-id='{reportId}']");
        await Expect(developmentRow.Locator("td[data-dimension=vision-and-ambition]")).ToHaveTextAsync("2");
        await Expect(developmentRow.Locator("td[data-dimension=collaboration-and-governance]")).ToHaveTextAsync("3");
        await Expect(developmentRow.Locator("td[data-dimension=learning-working-innovating]")).ToHaveTextAsync("4");
        await Expect(developmentRow.Locator("td[data-dimension=continuity-and-embedding]")).ToHaveTextAsync("5");

        var phone = await PageInAsync(expertEmail, t, demoExpert: true, width: PhoneWidth);
        await AssertNoSidewaysScrollAsync(phone, reportUrl);
        var phoneCoordinator = await PageInAsync(WebFactory.CoordinatorWindOpZee, t, width: PhoneWidth);
        await AssertNoSidewaysScrollAsync(phoneCoordinator, requestUrl + "/engagement");
    }

    private async Task<IPage> PageInAsync(string email, Texts t, bool demoExpert = false, int width = 1280)
    {
        var page = await browser.NewPageAsync(width, 900);
        if (demoExpert)
        {
            await page.SignInAsDemoExpertAsync(email);
        }
        else
        {
            await page.SignInAsync(email);
        }

        await page.UseCultureAsync(t.Culture);

        return page;
    }

    /// <summary>
    /// The feedback request the service sends when an engagement ends: the coordinator follows its link to the
    /// feedback form and answers; the mail's unsubscribe link, opened without signing in, turns nudges off after one
    /// question; the settings page shows it and turns them back on. In Dutch, every page axe-checked.
    /// </summary>
    [Fact]
    public async Task FeedbackRequestMail_LeadsToTheForm_AndItsUnsubscribeLinkTurnsNudgesOff()
    {
        var (requestUrl, engagementId, _) = await EngagedAsync("advice");
        var coordinator = await PageInAsync(WebFactory.CoordinatorWindOpZee, Dutch);
        await coordinator.GotoAsync(requestUrl + "/engagement");
        await coordinator.Locator("#close-section a.button").ClickAsync();
        await coordinator.Locator("#close-section button[type=submit]").ClickAsync();
        await Expect(coordinator.Locator("#closed-note")).ToBeVisibleAsync();

        // The lifecycle job's sweep, as the scheduler runs it: the coordinator's request for feedback goes out.
        await using (var scope = browser.Factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ISender>().Send(new RunLifecycleJobsCommand(), Html.Ct);
        }

        var mail = await PickupMail.WaitForAsync(browser.Factory, m => m.Headers["X-LcPeers-Kind"] == "nudge.feedback-request" && (m.TextBody ?? "").Contains($"engagementId={engagementId}", StringComparison.Ordinal)
            && m.To.Mailboxes.Any(a => a.Address == WebFactory.CoordinatorWindOpZee));
        Assert.StartsWith("Hoe was de hulp van", mail.Subject, StringComparison.Ordinal);
        var feedbackLink = new Uri(System.Text.RegularExpressions.Regex.Match(mail.TextBody!, @"https?://\S+/engagement\?engagementId=[0-9a-f-]{36}").Value);
        var unsubscribeLink = new Uri(mail.Headers[MimeKit.HeaderId.ListUnsubscribe]!.Trim('<', '>'));

        await coordinator.GotoAsync(feedbackLink.PathAndQuery);
        await coordinator.AssertAccessibleAsync("feedback-from-mail");
        await GiveFeedbackAsync(coordinator, "5", "Precies de hulp die we zochten.");
        await Expect(coordinator.GetByRole(AriaRole.Status).First).ToContainTextAsync(Dutch.FeedbackThanks);
        await coordinator.ScreenshotAsync("nudge-01-feedback-from-mail");

        // The unsubscribe link asks once, then confirms; no sign-in.
        var visitor = await browser.NewPageAsync();
        await visitor.GotoAsync(unsubscribeLink.PathAndQuery);
        await Expect(visitor.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Herinneringen uitzetten");
        await Expect(visitor.Locator("main")).ToContainTextAsync(WebFactory.CoordinatorWindOpZee);
        await visitor.AssertAccessibleAsync("unsubscribe-ask");
        await visitor.GetByRole(AriaRole.Button, new() { Name = "Ja, zet ze uit" }).ClickAsync();
        await Expect(visitor.GetByRole(AriaRole.Status).First).ToContainTextAsync("krijgt geen herinneringen en verzoeken om feedback meer");
        await visitor.ScreenshotAsync("nudge-02-unsubscribed");

        // The settings page says so, and turns them back on.
        await coordinator.GetByRole(AriaRole.Link, new() { Name = "Meldingen" }).ClickAsync();
        var nudges = coordinator.GetByLabel("Stuur me herinneringen en verzoeken om feedback");
        await Expect(nudges).Not.ToBeCheckedAsync();
        await coordinator.AssertAccessibleAsync("notification-settings");
        await nudges.CheckAsync();
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Bewaar" }).ClickAsync();
        await Expect(coordinator.GetByRole(AriaRole.Status).First).ToContainTextAsync("Bewaard: je krijgt herinneringen");
        await Expect(nudges).ToBeCheckedAsync();
    }

    private static async Task FillSessionAsync(IPage page, string title, string start, string end)
    {
        await page.Locator("input[name='Form.Title']").FillAsync(title);
        await page.Locator("input[name='Form.Start']").FillAsync(start);
        await page.Locator("input[name='Form.End']").FillAsync(end);
    }

    private static async Task GiveFeedbackAsync(IPage page, string rating, string comment)
    {
        await page.Locator("select[name='Feedback.Rating']").SelectOptionAsync(rating);
        await page.Locator("textarea[name='Feedback.Comment']").FillAsync(comment);
        await page.Locator("form[action*='handler=Feedback'] button[type=submit]").ClickAsync();
    }

    private static async Task AssertNoSidewaysScrollAsync(IPage page, string url)
    {
        await page.GotoAsync(url);
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        Assert.True(widths[0] <= widths[1], $"{url}: {widths[0]} px in {widths[1]} px");
    }

    /// <summary>A cookie-keeping client of the running server that does not follow redirects.</summary>
    private static HttpClient Client(BrowserFixture browser) =>
        new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new System.Net.CookieContainer() }, disposeHandler: true)
        {
            BaseAddress = new Uri(browser.BaseUrl),
        };

    /// <summary>
    /// A request of this test's own (1 March to 30 April 2027) that staff matched and approved and the expert accepted,
    /// all through the pages without a browser.
    /// </summary>
    private Task<(string RequestUrl, string EngagementId, string ExpertEmail)> EngagedAsync(string kind) => EngagedAsync(browser, kind);

    /// <inheritdoc cref="EngagedAsync(string)"/>
    internal static async Task<(string RequestUrl, string EngagementId, string ExpertEmail)> EngagedAsync(BrowserFixture browser, string kind)
    {
        var factory = browser.Factory;
        using var coordinator = Client(browser);
        await coordinator.SignInAsync(WebFactory.CoordinatorWindOpZee);
        var form = await coordinator.GetPageAsync("/requests/new");
        var lcId = form.QuerySelector("select[name='Form.LearningCommunityId'] option[selected]")!.GetAttribute("value")!;
        var filed = await coordinator.PostFormAsync("/requests/new",
        [
            new("Form.LearningCommunityId", lcId), new("Form.Bottlenecks", "balance"), new("Form.Kind", kind),
            new("Form.Description", $"Browsertest van een traject ({Guid.NewGuid():N})."),
            new("Form.Start", "2027-03-01"), new("Form.End", "2027-04-30"), new("Form.Hours", "12"), new("Form.Format", "online"),
            new("Form.Languages", "nl"), new("Form.ExpertsWanted", "1"), new("intent", "submit"),
            new("__RequestVerificationToken", form.Token()),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, filed.StatusCode);
        var requestUrl = filed.Headers.Location!.OriginalString;

        using var staff = Client(browser);
        await staff.SignInAsync(WebFactory.Staff);
        var matchingUrl = "/staff" + requestUrl;
        var page = await staff.GetPageAsync(matchingUrl);
        Assert.Equal(HttpStatusCode.Redirect, (await staff.PostFormAsync(matchingUrl + "?handler=Propose", [new("__RequestVerificationToken", page.Token())])).StatusCode);
        page = await staff.GetPageAsync(matchingUrl);
        var proposalId = page.QuerySelectorAll("tr[data-proposal-id]").First(r => r.QuerySelector("[data-status='proposed']") is not null).GetAttribute("data-proposal-id")!;
        Assert.Equal(HttpStatusCode.Redirect, (await staff.PostFormAsync($"{matchingUrl}?handler=Approve&proposalId={proposalId}", [new("__RequestVerificationToken", page.Token())])).StatusCode);

        var expertEmail = await WorkflowPageTests.ExpertAccountOfProposalAsync(factory, Guid.Parse(proposalId));
        using var expert = Client(browser);
        await expert.SignInAsync(expertEmail);
        var invitations = await expert.GetPageAsync("/expert/invitations");
        Assert.Equal(HttpStatusCode.Redirect,
            (await expert.PostFormAsync($"/expert/invitations?handler=Accept&proposalId={proposalId}", [new("__RequestVerificationToken", invitations.Token())])).StatusCode);

        var engagement = await coordinator.GetPageAsync(requestUrl + "/engagement");
        var engagementId = engagement.QuerySelector("section[data-engagement-id]")!.GetAttribute("data-engagement-id")!;
        return (requestUrl, engagementId, expertEmail);
    }
}
