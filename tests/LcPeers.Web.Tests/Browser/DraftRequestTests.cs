using LcPeers.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace LcPeers.Web.Tests.Browser;

/// <summary>
/// A coordinator keeps a request as a draft with nothing but a description, comes back to it, is shown what is still
/// open when submitting, completes it and submits it: in Dutch and in English.
/// </summary>
[Collection(BrowserTests.Name)]
public sealed class DraftRequestTests(BrowserFixture browser)
{
    /// <summary>The texts the journey reads, in the language of the pass.</summary>
    private sealed record Texts(
        string Culture, string SaveDraft, string Saved, string Draft, string StillOpen, string Submit, string SaveAndSubmit,
        string MarkedFields, string BottleneckMissing, string Submitted);

    private static readonly Texts Dutch = new("nl", "Bewaar als concept", "als concept bewaard", "Concept", "Nog in te vullen voordat je de aanvraag indient",
        "Indienen", "Bewaar en dien in", "Vul de gemarkeerde velden in", "Kies minstens één optie bij ‘Knelpunten’ voordat je de aanvraag indient.", "Ingediend");

    private static readonly Texts English = new("en", "Save as draft", "saved as a draft", "Draft", "Still to fill in before you submit the request",
        "Submit", "Save and submit", "Fill in the marked fields", "Choose at least one option under ‘Bottlenecks’ before you submit the request.", "Submitted");

    public static TheoryData<string> Cultures => ["nl", "en"];

    [Theory]
    [MemberData(nameof(Cultures))]
    public async Task Coordinator_KeepsADraftWithOnlyADescription_CompletesIt_AndSubmitsIt(string culture)
    {
        var t = culture == "en" ? English : Dutch;
        var description = $"Concept {culture}: hulp bij partnerdiversiteit, nog uit te werken ({Guid.NewGuid():N})";
        var page = await browser.NewPageAsync();
        await page.SignInAsync(WebFactory.CoordinatorWindOpZee);
        await page.UseCultureAsync(culture);

        await page.GotoAsync("/requests/new");
        await page.Locator("select[name='Form.LearningCommunityId']").SelectOptionAsync(new SelectOptionValue { Label = "CIV Wind op Zee" });
        await page.Locator("#Form_Description").FillAsync(description);
        await page.GetByRole(AriaRole.Button, new() { Name = t.SaveDraft }).ClickAsync();

        await Expect(page.Locator("[role=status]").First).ToContainTextAsync(t.Saved);
        await Expect(page.Locator(".status-badge")).ToHaveTextAsync(t.Draft);
        await Expect(page.Locator("dl.facts")).ToContainTextAsync(description);
        await Expect(page.Locator("[data-missing]")).ToContainTextAsync(t.StillOpen);
        await page.AssertAccessibleAsync("draft");
        await page.ScreenshotAsync($"draft-{culture}-01-saved");

        // Submitting the unfinished draft opens its form with the open terms marked; nothing typed is lost.
        await page.GetByRole(AriaRole.Button, new() { Name = t.Submit, Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/edit\\?submit=true$"));
        await Expect(page.Locator("#form-error")).ToContainTextAsync(t.MarkedFields);
        await Expect(page.Locator("#Form_Bottlenecks-error")).ToHaveTextAsync(t.BottleneckMissing);
        await Expect(page.Locator("#Form_Description")).ToHaveValueAsync(description);
        await page.AssertAccessibleAsync("marked");
        await page.ScreenshotAsync($"draft-{culture}-02-marked");

        await page.Locator("input[name='Form.Bottlenecks'][value=diversity]").CheckAsync();
        await page.Locator("input[name='Form.Kind'][value=advice]").CheckAsync();
        await page.Locator("#Form_Start").FillAsync("2027-09-01");
        await page.Locator("#Form_End").FillAsync("2027-10-31");
        await page.Locator("#Form_Hours").FillAsync("12");
        await page.Locator("input[name='Form.Format'][value=online]").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = t.SaveAndSubmit }).ClickAsync();

        await Expect(page.Locator(".status-badge")).ToHaveTextAsync(t.Submitted);
        await Expect(page.Locator("[data-missing]")).ToHaveCountAsync(0);
        await Expect(page.Locator("dl.facts")).ToContainTextAsync("12");
        await page.ScreenshotAsync($"draft-{culture}-03-submitted");
    }
}
