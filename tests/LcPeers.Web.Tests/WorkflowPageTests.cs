using System.Net;
using AngleSharp.Dom;
using LcPeers.Application.Common;
using LcPeers.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LcPeers.Web.Tests;

/// <summary>From proposal to engagement in the pages, without a browser: staff match, the expert answers, access holds.</summary>
public sealed class WorkflowPageTests(WebFactory factory) : IClassFixture<WebFactory>
{
    private static CancellationToken Ct => Html.Ct;

    private async Task<HttpClient> SignedInAsync(string email)
    {
        var client = factory.Browserless();
        await client.SignInAsync(email);
        return client;
    }

    private static string FirstRequestLink(IDocument queue) =>
        queue.QuerySelectorAll("main a[href^='/requests/']").Select(a => a.GetAttribute("href")!).First(h => h != "/requests/new");

    [Fact]
    public async Task Staff_SeeExplainedCandidates_Propose_RejectNeedsAReason_AndApprove()
    {
        var staff = await SignedInAsync(WebFactory.Staff);
        var request = FirstRequestLink(await staff.GetPageAsync("/staff/requests"));
        var details = await staff.GetPageAsync(request);
        var matchingUrl = "/staff" + request;
        Assert.NotNull(details.QuerySelector($"main a[href='{matchingUrl}']"));

        var page = await staff.GetPageAsync(matchingUrl);
        var candidates = page.QuerySelectorAll("li.candidate");
        Assert.NotEmpty(candidates);
        Assert.NotEmpty(candidates[0].QuerySelectorAll("ul.reasons li"));
        Assert.NotEmpty(candidates[0].QuerySelectorAll(".factor-bar"));
        Assert.Contains("%", candidates[0].QuerySelector(".factor-value")!.TextContent, StringComparison.Ordinal);

        var proposed = await staff.PostFormAsync(matchingUrl + "?handler=Propose", [new("__RequestVerificationToken", page.Token())]);
        Assert.Equal(HttpStatusCode.Redirect, proposed.StatusCode);
        page = await staff.GetPageAsync(matchingUrl);
        var rows = page.QuerySelectorAll("tr[data-proposal-id]").Where(r => r.QuerySelector("[data-status='proposed']") is not null).ToList();
        Assert.NotEmpty(rows);
        var proposalId = rows[0].GetAttribute("data-proposal-id")!;

        var rejected = await (await staff.PostFormAsync($"{matchingUrl}?handler=Reject&proposalId={proposalId}",
            [new("__RequestVerificationToken", page.Token()), new("Reason", "  ")])).ReadDocumentAsync(HttpStatusCode.OK);
        Assert.NotNull(rejected.QuerySelector($"#reason-{proposalId}-error"));
        Assert.Equal("true", rejected.QuerySelector($"#reason-{proposalId}")!.GetAttribute("aria-invalid"));

        var approved = await staff.PostFormAsync($"{matchingUrl}?handler=Approve&proposalId={proposalId}", [new("__RequestVerificationToken", page.Token())]);
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        page = await staff.GetPageAsync(matchingUrl);
        Assert.NotNull(page.QuerySelector($"tr[data-proposal-id='{proposalId}'] [data-status='approved']"));
    }

    [Fact]
    public async Task Expert_AndCoordinator_CannotOpenTheStaffMatchingPage()
    {
        var staff = await SignedInAsync(WebFactory.Staff);
        var request = FirstRequestLink(await staff.GetPageAsync("/staff/requests"));
        foreach (var email in new[] { WebFactory.Expert01, WebFactory.CoordinatorWindOpZee })
        {
            var other = await SignedInAsync(email);
            var response = await other.GetAsync("/staff" + request, Ct);
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{email}: {(int)response.StatusCode}");
        }
    }

    internal static async Task<string> AccountEmailOfAsync(WebFactory factory, Guid expertId)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ILcPeersDb>();
        return await db.Experts.Where(e => e.Id == new Domain.Experts.ExpertId(expertId)).Select(e => e.AccountEmail).SingleAsync(Ct);
    }
}
