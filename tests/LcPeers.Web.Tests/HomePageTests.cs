using System.Net;
using AngleSharp.Dom;
using LcPeers.Web.Tests.Infrastructure;

namespace LcPeers.Web.Tests;

/// <summary>Each role's home page shows what waits for them, with the same counts in the navigation.</summary>
public sealed class HomePageTests(WebFactory factory) : IClassFixture<WebFactory>
{
    private async Task<HttpClient> SignedInAsync(string email)
    {
        var client = factory.Browserless();
        await client.SignInAsync(email);
        return client;
    }

    private static int Count(IDocument page, string selector) =>
        int.Parse(page.QuerySelector(selector)?.GetAttribute("data-count") ?? "0", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The count beside a navigation link; Razor writes <c>data-*</c> attributes even when empty.</summary>
    private static int NavCount(IDocument page, string href) =>
        page.QuerySelector($"#main-nav a[href='{href}']")!.GetAttribute("data-count") is { Length: > 0 } count
            ? int.Parse(count, System.Globalization.CultureInfo.InvariantCulture)
            : 0;

    [Fact]
    public async Task Staff_SeeASubmittedRequestWaitForMatching_ThenItsProposalsWaitForApproval_ThenTheUnansweredInvitation()
    {
        var staff = await SignedInAsync(WebFactory.Staff);
        var before = await staff.GetPageAsync("/");
        var (waiting, proposals, unanswered) = (Count(before, "#staff-waiting"), Count(before, "#staff-proposals"), Count(before, "#staff-unanswered"));
        Assert.Equal(waiting + proposals, NavCount(before, "/"));

        var coordinator = await SignedInAsync(WebFactory.CoordinatorWindOpZee);
        var request = await WorkflowPageTests.SubmitOwnRequestAsync(coordinator);
        var afterSubmit = await staff.GetPageAsync("/");
        Assert.Equal(waiting + 1, Count(afterSubmit, "#staff-waiting"));
        Assert.Equal(proposals, Count(afterSubmit, "#staff-proposals"));
        Assert.Equal(waiting + 1 + proposals, NavCount(afterSubmit, "/"));
        Assert.Contains("Wat wacht op mij (", afterSubmit.QuerySelector("#main-nav a[href='/']")!.TextContent, StringComparison.Ordinal);

        var matchingUrl = "/staff" + request;
        var matching = await staff.GetPageAsync(matchingUrl);
        Assert.Equal(HttpStatusCode.Redirect, (await staff.PostFormAsync(matchingUrl + "?handler=Propose", [new("__RequestVerificationToken", matching.Token())])).StatusCode);
        var afterPropose = await staff.GetPageAsync("/");
        Assert.Equal(waiting, Count(afterPropose, "#staff-waiting"));
        Assert.Equal(proposals + 1, Count(afterPropose, "#staff-proposals"));

        matching = await staff.GetPageAsync(matchingUrl);
        var proposalId = matching.QuerySelectorAll("tr[data-proposal-id]").First(r => r.QuerySelector("[data-status='proposed']") is not null).GetAttribute("data-proposal-id")!;
        Assert.Equal(HttpStatusCode.Redirect, (await staff.PostFormAsync($"{matchingUrl}?handler=Approve&proposalId={proposalId}", [new("__RequestVerificationToken", matching.Token())])).StatusCode);
        var afterApprove = await staff.GetPageAsync("/");
        Assert.Equal(unanswered + 1, Count(afterApprove, "#staff-unanswered"));

        var expert = await SignedInAsync(await WorkflowPageTests.ExpertAccountOfProposalAsync(factory, Guid.Parse(proposalId)));
        var expertHome = await expert.GetPageAsync("/");
        var invitations = Count(expertHome, "#expert-invitations");
        Assert.True(invitations >= 1);
        Assert.Equal(invitations, NavCount(expertHome, "/expert/invitations"));
        Assert.Equal($"Mijn uitnodigingen ({invitations})", expertHome.QuerySelector("#main-nav a[href='/expert/invitations']")!.TextContent.Trim());
        Assert.NotNull(expertHome.QuerySelector($"#expert-invitations a[href='/expert/invitations?proposalId={proposalId}']"));
    }

    [Fact]
    public async Task Coordinator_SeesTheirDraftsCounted_OnTheHomePageAndInTheNavigation()
    {
        var coordinator = await SignedInAsync(WebFactory.CoordinatorWindOpZee);
        var before = await coordinator.GetPageAsync("/");
        var drafts = Count(before, "#coordinator-requests li[data-status=draft]");
        Assert.Equal(drafts, NavCount(before, "/requests?status=draft"));

        var form = await coordinator.GetPageAsync("/requests/new");
        var lcId = form.QuerySelector("select[name='Form.LearningCommunityId'] option[selected]")!.GetAttribute("value")!;
        var saved = await coordinator.PostFormAsync("/requests/new",
        [
            new("Form.LearningCommunityId", lcId), new("Form.Bottlenecks", "balance"), new("Form.Kind", "advice"),
            new("Form.Description", "Een concept om de telling op de startpagina te zien."),
            new("Form.Start", "2027-03-01"), new("Form.End", "2027-04-30"), new("Form.Hours", "10"), new("Form.Format", "online"),
            new("Form.Languages", "nl"), new("Form.ExpertsWanted", "1"), new("intent", "draft"),
            new("__RequestVerificationToken", form.Token()),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var after = await coordinator.GetPageAsync("/");
        Assert.Equal(drafts + 1, Count(after, "#coordinator-requests li[data-status=draft]"));
        Assert.Equal(drafts + 1, NavCount(after, "/requests?status=draft"));
        Assert.Equal($"Mijn concepten ({drafts + 1})", after.QuerySelector("#main-nav a[href='/requests?status=draft']")!.TextContent.Trim());
    }

    [Fact]
    public async Task Anonymous_SeesThePublicHomePage_WithoutWorkOrCounts()
    {
        var page = await factory.Browserless().GetPageAsync("/");
        Assert.Equal("Ervaren mensen voor Learning Communities", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Empty(page.QuerySelectorAll(".work-list"));
        Assert.Empty(page.QuerySelectorAll("#main-nav a[data-count]:not([data-count=''])"));
        Assert.DoesNotContain("(", page.QuerySelector("#main-nav")!.TextContent, StringComparison.Ordinal);
    }
}
