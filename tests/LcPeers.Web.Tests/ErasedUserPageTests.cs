using System.Net;
using LcPeers.Domain.Matching;
using LcPeers.Domain.Reference;
using LcPeers.Domain.Requests;
using LcPeers.Infrastructure.Persistence;
using LcPeers.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LcPeers.Web.Tests;

/// <summary>A page that named a person who erased their profile names them "verwijderde gebruiker" / "deleted user".</summary>
public sealed class ErasedUserPageTests(WebFactory factory) : IClassFixture<WebFactory>
{
    private const string Expert = "expert07@" + WebFactory.DemoDomain;

    private static CancellationToken Ct => Html.Ct;

    [Fact]
    public async Task RequestHistory_AfterTheExpertErasedTheirProfile_ShowsDeletedUser_InDutchAndEnglish()
    {
        var expert = factory.Browserless();
        await expert.SignInAsync(Expert);
        await expert.GetPageAsync("/expert/my-data"); // first sight: the expert's account is created
        var request = await AcceptedByTheExpertAsync();

        var dutch = factory.Browserless();
        await dutch.SignInAsync(WebFactory.CoordinatorWindOpZee);
        Assert.Contains(Expert, HistoryBy(await dutch.GetPageAsync($"/requests/{request}"))); // shown before, so the check below can fail

        var myData = await expert.GetPageAsync("/expert/my-data");
        var erased = await expert.PostFormAsync("/expert/my-data?handler=Erase", [new("__RequestVerificationToken", myData.Token()), new("Confirm", "true")]);
        Assert.Equal(HttpStatusCode.Redirect, erased.StatusCode);

        var page = await dutch.GetPageAsync($"/requests/{request}");
        var by = HistoryBy(page);
        Assert.Contains("verwijderde gebruiker", by);
        Assert.Contains(WebFactory.CoordinatorWindOpZee, by); // the others keep their names
        Assert.DoesNotContain(Expert, page.Body!.OuterHtml, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("deleted-user", page.Body!.TextContent, StringComparison.Ordinal); // the API's marker is not shown raw

        var english = factory.Browserless();
        english.DefaultRequestHeaders.Add("Cookie", ".AspNetCore.Culture=c%3Den%7Cuic%3Den");
        await english.SignInAsync(WebFactory.CoordinatorWindOpZee);
        Assert.Contains("deleted user", HistoryBy(await english.GetPageAsync($"/requests/{request}")));
    }

    private static List<string> HistoryBy(AngleSharp.Dom.IDocument page) =>
        [.. page.QuerySelectorAll("section td[data-label]").Where(td => td.GetAttribute("data-label") is "Door" or "By").Select(td => td.TextContent.Trim())];

    /// <summary>A request of CIV Wind op Zee that the expert accepted an invitation for, so its history names them.</summary>
    private async Task<Guid> AcceptedByTheExpertAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LcPeersDbContext>();
        var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow();
        var lc = await db.LearningCommunities.Where(l => l.Name == "CIV Wind op Zee").Select(l => l.Id).SingleAsync(Ct);
        var accounts = await db.Accounts.Where(a => a.Email == Expert || a.Email == WebFactory.CoordinatorWindOpZee || a.Email == WebFactory.Staff)
            .ToDictionaryAsync(a => a.Email, a => a.Id, Ct);
        var expertId = await db.Experts.Where(e => e.AccountEmail == Expert).Select(e => e.Id).SingleAsync(Ct);

        var request = SupportRequest.Draft(lc, new RequestDetails(Phase.Execution, [Bottleneck.Balance], RequestKind.Advice, null,
            "Hoe houden we het mkb aan boord?", new DateOnly(2027, 9, 1), new DateOnly(2027, 10, 31), 8, WorkFormat.Online, null, null,
            [Language.Nl], 1, []), accounts[WebFactory.CoordinatorWindOpZee], now);
        request.Submit(accounts[WebFactory.CoordinatorWindOpZee], now);
        db.SupportRequests.Add(request);
        var proposal = Proposal.Create(request.Id, expertId, 1, 0.9, alternate: false, null, now);
        proposal.Approve(accounts[WebFactory.Staff], requireSecondApprover: false, now);
        proposal.Accept(accounts[Expert], now);
        request.TakeOnExpert(0, accounts[Expert], now);
        db.Proposals.Add(proposal);
        await db.SaveChangesAsync(Ct);
        return request.Id.Value;
    }
}
