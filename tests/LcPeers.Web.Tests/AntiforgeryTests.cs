using System.Net;
using LcPeers.Web.Tests.Infrastructure;

namespace LcPeers.Web.Tests;

/// <summary>Every form carries an anti-forgery token; a POST without a valid one is refused and changes nothing.</summary>
public sealed class AntiforgeryTests(WebFactory factory) : IClassFixture<WebFactory>
{
    private static List<KeyValuePair<string, string>> RequestFields(string lcId, string description) =>
    [
        new("Form.LearningCommunityId", lcId),
        new("Form.Bottlenecks", "balance"),
        new("Form.Kind", "advice"),
        new("Form.Description", description),
        new("Form.Start", "2027-03-01"),
        new("Form.End", "2027-04-30"),
        new("Form.Hours", "10"),
        new("Form.Format", "online"),
        new("Form.Languages", "nl"),
        new("Form.ExpertsWanted", "1"),
        new("intent", "draft"),
    ];

    [Fact]
    public async Task ForgedPost_WithoutOrWithAnotherSessionsToken_Is400AndStoresNothing()
    {
        var coordinator = factory.Browserless();
        await coordinator.SignInAsync(WebFactory.CoordinatorWindOpZee);
        var form = await coordinator.GetPageAsync("/requests/new");
        var lcId = form.QuerySelector("select[name='Form.LearningCommunityId'] option[selected]")!.GetAttribute("value")!;

        var attacker = factory.Browserless();
        var attackerToken = (await attacker.GetPageAsync("/learning-communities")).Token();

        var withoutToken = await coordinator.PostFormAsync("/requests/new", RequestFields(lcId, "Vervalst verzoek zonder token"));
        var withForeignToken = await coordinator.PostFormAsync("/requests/new",
            [.. RequestFields(lcId, "Vervalst verzoek met vreemd token"), new("__RequestVerificationToken", attackerToken)]);

        Assert.Equal(HttpStatusCode.BadRequest, withoutToken.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, withForeignToken.StatusCode);
        var mine = await coordinator.GetPageAsync("/requests?status=draft");
        Assert.DoesNotContain("Vervalst", mine.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ForgedPost_ToSignOutAndLanguageSwitch_IsRefused()
    {
        var client = factory.Browserless();
        await client.SignInAsync(WebFactory.Staff);

        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostFormAsync("/account/sign-out", [])).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostFormAsync("/culture", [new("culture", "en")])).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/staff/requests", Html.Ct)).StatusCode); // still signed in
    }

    [Fact]
    public async Task EveryPostForm_OnTheMainPages_CarriesAToken()
    {
        var client = factory.Browserless();
        await client.SignInAsync(WebFactory.CoordinatorWindOpZee);
        foreach (var url in new[] { "/", "/learning-communities", "/requests/new", "/coordinator/learning-communities", "/requests" })
        {
            var page = await client.GetPageAsync(url);
            Assert.All(page.QuerySelectorAll("form[method=post]"), f => Assert.NotNull(f.QuerySelector("input[name=__RequestVerificationToken]")));
        }
    }
}
