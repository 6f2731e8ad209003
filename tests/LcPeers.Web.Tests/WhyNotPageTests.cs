using LcPeers.Web.Tests.Infrastructure;

namespace LcPeers.Web.Tests;

/// <summary>
/// "Waarom (niet) deze expert?" on staff's matching page: looked up by name, an expert's verdict agrees with the
/// ranking and the excluded list beside it, in Dutch; a lookup that finds nobody says so, and one that is too long is
/// named at the field.
/// </summary>
public sealed class WhyNotPageTests(WebFactory factory) : IClassFixture<WebFactory>
{
    [Fact]
    public async Task Staff_LookUpTheBestCandidate_AndAnExcludedExpert_TheVerdictsAgreeWithTheLists()
    {
        var coordinator = factory.Browserless();
        await coordinator.SignInAsync(WebFactory.CoordinatorWindOpZee);
        var requestUrl = await WorkflowPageTests.SubmitOwnRequestAsync(coordinator);
        var staff = factory.Browserless();
        await staff.SignInAsync(WebFactory.Staff);
        var matchingUrl = "/staff" + requestUrl;
        var page = await staff.GetPageAsync(matchingUrl);
        Assert.NotNull(page.QuerySelector("#why-section input[name=q]"));

        // The best-ranked candidate: place 1 of as many as the page counts as eligible.
        var best = page.QuerySelector("li.candidate")!;
        var bestName = best.QuerySelector("h3 a")!.TextContent.Trim();
        var eligibleCount = int.Parse(new string(page.QuerySelector("#candidates-section > p")!.TextContent.TakeWhile(char.IsDigit).ToArray()), System.Globalization.CultureInfo.InvariantCulture);
        var verdictPage = await staff.GetPageAsync($"{matchingUrl}?q={Uri.EscapeDataString(bestName)}");
        var verdict = verdictPage.QuerySelectorAll("article.verdict").Single(v => v.GetAttribute("data-expert-id") == best.GetAttribute("data-expert-id"));
        Assert.Equal("true", verdict.GetAttribute("data-eligible"));
        Assert.StartsWith($"Komt in aanmerking: plaats 1 van {eligibleCount}, score ", verdict.QuerySelector(".verdict-line")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal(10, verdict.QuerySelectorAll("dl.factors dt").Length);

        // The first excluded expert: not a candidate, for the reasons the excluded list gives.
        var excluded = page.QuerySelector("ul.excluded li")!.TextContent.Trim();
        var (excludedName, reasons) = (excluded[..excluded.IndexOf(':', StringComparison.Ordinal)], excluded[(excluded.IndexOf(':', StringComparison.Ordinal) + 2)..]);
        var excludedPage = await staff.GetPageAsync($"{matchingUrl}?q={Uri.EscapeDataString(excludedName)}");
        var excludedVerdict = excludedPage.QuerySelectorAll("article.verdict").First(v => v.QuerySelector("h3")!.TextContent.Trim() == excludedName);
        Assert.Equal("false", excludedVerdict.GetAttribute("data-eligible"));
        Assert.Equal($"Komt niet in aanmerking: {reasons}.", excludedVerdict.QuerySelector(".verdict-line")!.TextContent.Trim());

        var nobody = await staff.GetPageAsync($"{matchingUrl}?q=niemand-met-deze-naam");
        Assert.Equal("Geen expert gevonden voor ‘niemand-met-deze-naam’.", nobody.QuerySelector("[data-why-none]")!.TextContent.Trim());
        Assert.Empty(nobody.QuerySelectorAll("article.verdict"));

        var tooLong = await staff.GetPageAsync($"{matchingUrl}?q={new string('a', 101)}");
        Assert.Contains("Naam of e-mailadres van de expert", tooLong.FieldError("q"), StringComparison.Ordinal);
        Assert.Empty(tooLong.QuerySelectorAll("article.verdict"));
    }
}
