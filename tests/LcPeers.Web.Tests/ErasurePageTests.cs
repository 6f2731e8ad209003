using System.Net;
using LcPeers.Web.Tests.Infrastructure;

namespace LcPeers.Web.Tests;

/// <summary>
/// After an expert erases their profile, every page that showed them shows "verwijderde gebruiker" / "deleted user"
/// and never their address or name. Own factory: the erased expert must not disappear from other tests.
/// </summary>
public sealed class ErasurePageTests(WebFactory factory) : IClassFixture<WebFactory>
{
    private static CancellationToken Ct => Html.Ct;

    private async Task<HttpClient> SignedInAsync(string email, string? culture = null)
    {
        var client = factory.Browserless();
        if (culture is not null)
        {
            client.DefaultRequestHeaders.Add("Cookie", $".AspNetCore.Culture=c%3D{culture}%7Cuic%3D{culture}");
        }

        await client.SignInAsync(email);
        return client;
    }

    [Fact]
    public async Task ErasedExpert_IsShownAsDeletedUser_OnRequestEngagementAndAuditPages()
    {
        var coordinator = await SignedInAsync(WebFactory.CoordinatorWindOpZee);
        var request = await WorkflowPageTests.SubmitOwnRequestAsync(coordinator);

        var staff = await SignedInAsync(WebFactory.Staff);
        var matchingUrl = "/staff" + request;
        var page = await staff.GetPageAsync(matchingUrl);
        Assert.Equal(HttpStatusCode.Redirect, (await staff.PostFormAsync(matchingUrl + "?handler=Propose", [new("__RequestVerificationToken", page.Token())])).StatusCode);
        page = await staff.GetPageAsync(matchingUrl);
        var proposalId = page.QuerySelectorAll("tr[data-proposal-id]").First(r => r.QuerySelector("[data-status='proposed']") is not null).GetAttribute("data-proposal-id")!;
        Assert.Equal(HttpStatusCode.Redirect, (await staff.PostFormAsync($"{matchingUrl}?handler=Approve&proposalId={proposalId}", [new("__RequestVerificationToken", page.Token())])).StatusCode);

        var expertEmail = await WorkflowPageTests.ExpertAccountOfProposalAsync(factory, Guid.Parse(proposalId));
        var expert = await SignedInAsync(expertEmail);
        var invitations = await expert.GetPageAsync("/expert/invitations");
        Assert.Equal(HttpStatusCode.Redirect, (await expert.PostFormAsync($"/expert/invitations?handler=Accept&proposalId={proposalId}", [new("__RequestVerificationToken", invitations.Token())])).StatusCode);

        var engagementUrl = request + "/engagement";
        var auditUrl = $"/staff/audit?EntityId={proposalId}";
        var before = await coordinator.GetPageAsync(engagementUrl);
        var expertName = before.QuerySelector(".expert-name")!.TextContent.Trim();
        Assert.False(string.IsNullOrEmpty(expertName));
        Assert.Contains(expertEmail, (await staff.GetPageAsync(auditUrl)).Body!.TextContent, StringComparison.OrdinalIgnoreCase);

        var myData = await expert.GetPageAsync("/expert/my-data");
        var erased = await expert.PostFormAsync("/expert/my-data?handler=Erase", [new("__RequestVerificationToken", myData.Token()), new("Confirm", "true")]);
        Assert.Equal(HttpStatusCode.Redirect, erased.StatusCode);

        var pages = new[]
        {
            (coordinator, request), (coordinator, engagementUrl), (staff, request), (staff, engagementUrl), (staff, auditUrl),
        };
        foreach (var (client, url) in pages)
        {
            var text = (await client.GetPageAsync(url)).Body!.TextContent;
            Assert.DoesNotContain(expertEmail, text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(expertName, text, StringComparison.Ordinal);
        }

        var details = await coordinator.GetPageAsync(request);
        Assert.Equal("verwijderde gebruiker", details.QuerySelector(".expert-name")!.TextContent.Trim());
        Assert.Contains(details.QuerySelectorAll("table.history td:nth-child(3)"), cell => cell.TextContent.Trim() == "verwijderde gebruiker");
        Assert.Equal("verwijderde gebruiker", (await coordinator.GetPageAsync(engagementUrl)).QuerySelector(".expert-name")!.TextContent.Trim());
        Assert.Contains("verwijderde gebruiker", (await staff.GetPageAsync(auditUrl)).Body!.TextContent, StringComparison.Ordinal);

        var english = await SignedInAsync(WebFactory.Staff, "en");
        Assert.Contains("deleted user", (await english.GetPageAsync(auditUrl)).Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal("deleted user", (await english.GetPageAsync(engagementUrl)).QuerySelector(".expert-name")!.TextContent.Trim());
    }
}
