using LcPeers.Application.Common;
using LcPeers.Domain.Accounts;
using LcPeers.Domain.Matching;
using LcPeers.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace LcPeers.Web.Tests.Browser;

/// <summary>
/// A re-planning run's page lists exactly its changes against the previous proposals, in Dutch, and the run form offers
/// "Alleen aanvullen". The run is written straight into the database (the API tests run real ones), so the demo
/// requests other browser tests rely on keep their proposals.
/// </summary>
[Collection(BrowserTests.Name)]
public sealed class ReplanRunPageTests(BrowserFixture browser)
{
    [Fact]
    public async Task ReplanRun_Page_ListsEveryChangeInDutch_AndTheFormOffersOnlyFillingIn()
    {
        var (runId, kept, removed, added, request, lc) = await ReplanRunAsync();
        var staff = await browser.NewPageAsync();
        await staff.SignInAsync(WebFactory.Staff);

        await staff.GotoAsync("/staff/runs");
        await Expect(staff.GetByLabel("Alleen aanvullen (minimale wijziging)")).ToBeVisibleAsync();

        await staff.GotoAsync($"/staff/runs/{runId}");
        await Expect(staff.GetByRole(AriaRole.Heading, new() { Name = "Wijzigingen ten opzichte van de vorige voorstellen" })).ToBeVisibleAsync();
        var rows = staff.Locator("table.run-changes tbody tr");
        await Expect(rows).ToHaveCountAsync(3);
        await Expect(rows.Nth(0)).ToContainTextAsync("Aanvaard: blijft staan");
        await Expect(rows.Nth(0)).ToContainTextAsync($"{kept} blijft");
        await Expect(rows.Nth(1)).ToContainTextAsync("Vervangen: de nieuwe expert past duidelijk beter");
        await Expect(rows.Nth(1).Locator("td").Nth(1)).ToHaveTextAsync(removed);
        await Expect(rows.Nth(1).Locator("td").Nth(2)).ToHaveTextAsync(added);
        await Expect(rows.Nth(2)).ToContainTextAsync("Open plaats gevuld");
        await Expect(rows.Nth(0).GetByRole(AriaRole.Link)).ToHaveAttributeAsync("href", $"/staff/requests/{request}");
        await Expect(rows.Nth(0).GetByRole(AriaRole.Link)).ToHaveTextAsync(lc); // the request named by its LC
        await staff.ScreenshotAsync("staff-replan-run-nl");
    }

    /// <summary>A completed re-planning run on a demo request: one accepted pair kept, one proposal replaced, one open place filled.</summary>
    private async Task<(Guid Run, string Kept, string Removed, string Added, Guid Request, string Lc)> ReplanRunAsync()
    {
        using var scope = browser.Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ILcPeersDb>();
        var experts = await db.Experts.AsNoTracking().OrderBy(e => e.DisplayName).Take(4).ToListAsync(Html.Ct);
        var first = await (from r in db.SupportRequests.AsNoTracking()
                           join l in db.LearningCommunities.AsNoTracking() on r.LearningCommunityId equals l.Id
                           select new { r.Id, l.Name }).FirstAsync(Html.Ct);
        var (request, lc) = (first.Id, first.Name);
        var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow();
        var run = MatchingRun.Queue(AccountId.System, now, MatchingRunObjective.Total, replan: true);
        run.Start(1, now);
        run.RecordChanges(
        [
            new RunChange(request.Value, "kept-accepted", null, null, experts[0].Id.Value),
            new RunChange(request.Value, "replaced-improvement", experts[1].Id.Value, experts[2].Id.Value, null),
            new RunChange(request.Value, "filled-open-place", null, experts[3].Id.Value, null),
        ]);
        run.Complete(2, 0, [], new MatchingRunFigures(null, null, null, WorkConcentration.Of([1, 1], 4)), now);
        db.MatchingRuns.Add(run);
        await db.SaveChangesAsync(Html.Ct);
        return (run.Id.Value, experts[0].DisplayName, experts[1].DisplayName, experts[2].DisplayName, request.Value, lc);
    }
}
