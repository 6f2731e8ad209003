using System.Text.RegularExpressions;
using LcPeers.Application.Common;
using LcPeers.Application.Lifecycle.RunLifecycleJobs;
using LcPeers.Web.Tests.Infrastructure;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using MimeKit;
using static Microsoft.Playwright.Assertions;

namespace LcPeers.Web.Tests.Browser;

/// <summary>
/// The quarterly "does your availability still hold?" mail, in the browser: an expert whose availability was last
/// confirmed a season ago gets the mail from the lifecycle job, follows its link, signs in and confirms with one click;
/// the public directory shows when each LC's entry was last brought up to date. In Dutch, axe-checked.
/// </summary>
[Collection(BrowserTests.Name)]
public sealed partial class FreshnessPageTests(BrowserFixture browser)
{
    private const string ExpertEmail = "expert23@" + WebFactory.DemoDomain;

    [Fact]
    public async Task ConfirmationMailLink_ConfirmsTheAvailabilityInOneClick_AndTheDirectoryShowsWhenUpdated()
    {
        string contact;
        await using (var scope = browser.Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ILcPeersDb>();
            var longAgo = DateTimeOffset.UtcNow.AddDays(-100);
            Assert.Equal(1, await db.Experts.Where(e => e.AccountEmail == ExpertEmail)
                .ExecuteUpdateAsync(s => s.SetProperty(e => e.AvailabilityConfirmedAt, longAgo).SetProperty(e => e.ConfirmationRequestsSent, 0), Html.Ct));
            contact = await db.Experts.Where(e => e.AccountEmail == ExpertEmail).Select(e => e.Email ?? e.AccountEmail).SingleAsync(Html.Ct);
            await scope.ServiceProvider.GetRequiredService<ISender>().Send(new RunLifecycleJobsCommand(), Html.Ct);
        }

        var mail = await PickupMail.WaitForAsync(browser.Factory, m => m.Headers["X-LcPeers-Kind"] == "nudge.confirm-availability" && m.To.Mailboxes.Any(a => a.Address == contact));
        Assert.NotNull(mail.Headers[HeaderId.ListUnsubscribe]);
        var link = new Uri(ConfirmLink().Match(mail.TextBody ?? "").Value);

        var page = await browser.NewPageAsync();
        await page.SignInAsDemoExpertAsync(ExpertEmail);
        await page.GotoAsync(link.PathAndQuery);
        await Expect(page.Locator("#confirm-title")).ToHaveTextAsync("Klopt je beschikbaarheid nog?");
        await page.AssertAccessibleAsync("confirm-availability");
        await page.ScreenshotAsync("freshness-01-confirm-availability");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ja, klopt nog" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).First).ToContainTextAsync("Bedankt, je beschikbaarheid is bevestigd.");

        await using (var scope = browser.Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ILcPeersDb>();
            var confirmed = await db.Experts.Where(e => e.AccountEmail == ExpertEmail).Select(e => e.AvailabilityConfirmedAt).SingleAsync(Html.Ct);
            Assert.True(confirmed > DateTimeOffset.UtcNow.AddMinutes(-5), $"confirmed at {confirmed}");
        }

        var visitor = await browser.NewPageAsync();
        await visitor.GotoAsync("/learning-communities");
        await Expect(visitor.Locator("main")).ToContainTextAsync("Bijgewerkt op");
        await visitor.AssertAccessibleAsync("directory-updated-on");
    }

    [GeneratedRegex(@"https?://\S+/expert/availability\?confirm=true")]
    private static partial Regex ConfirmLink();
}
