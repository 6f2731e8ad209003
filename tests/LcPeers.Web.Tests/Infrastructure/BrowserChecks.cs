using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace LcPeers.Web.Tests.Infrastructure;

/// <summary>Checks and steps the browser journeys share.</summary>
internal static class BrowserChecks
{
    /// <summary>axe-core finds no WCAG 2.1 A/AA violation on the page; <paramref name="step"/> names it in the failure.</summary>
    public static async Task AssertAccessibleAsync(this IPage page, string? step = null)
    {
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        });
        Assert.True(result.Violations.Length == 0, $"{step ?? page.Url}: " + string.Join("; ", result.Violations.Select(v =>
            $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Html))}")));
    }

    /// <summary>Switches the page to English with the header's language button, when <paramref name="culture"/> is <c>en</c>.</summary>
    public static async Task UseCultureAsync(this IPage page, string culture)
    {
        if (culture == "en")
        {
            await page.GetByRole(AriaRole.Button, new() { Name = "English" }).ClickAsync();
            await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        }
    }
}
