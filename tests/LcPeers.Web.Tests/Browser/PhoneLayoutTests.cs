using LcPeers.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace LcPeers.Web.Tests.Browser;

/// <summary>On a phone (390 px wide) no page scrolls sideways, and the menu folds behind a keyboard-operable button.</summary>
[Collection(BrowserTests.Name)]
public sealed class PhoneLayoutTests(BrowserFixture browser)
{
    private const int PhoneWidth = 390;

    [Fact]
    public async Task MainPages_AtPhoneWidth_DoNotScrollSideways()
    {
        var wide = new List<string>();
        var visitor = await browser.NewPageAsync(PhoneWidth, 844);
        await CheckAsync(visitor, wide, "/", "/learning-communities", "/tools", "/reference", "/goede-praktijken", "/verhalen");

        var staff = await browser.NewPageAsync(PhoneWidth, 844);
        await staff.SignInAsync(WebFactory.Staff);
        await CheckAsync(staff, wide, "/staff/requests", "/staff/experts", "/staff/monitor", "/staff/runs", "/staff/weights", "/staff/outbox", "/staff/audit", "/tools",
            "/staff/tools/new", "/staff/good-practices", "/staff/stories", "/staff/monitor?Sector=biobased-economy");

        var coordinator = await browser.NewPageAsync(PhoneWidth, 844);
        await coordinator.SignInAsync(WebFactory.CoordinatorWindOpZee);
        await CheckAsync(coordinator, wide, "/requests", "/requests/new", "/coordinator/learning-communities");
        var impact = await coordinator.Locator("a[href$='/impact']").First.GetAttributeAsync("href");
        await CheckAsync(coordinator, wide, impact!);

        var expert = await browser.NewPageAsync(PhoneWidth, 844);
        await expert.SignInAsync(WebFactory.Expert01);
        await CheckAsync(expert, wide, "/expert/profile", "/expert/availability", "/expert/invitations", "/expert/engagements");

        // The tools cards and the monitor's tables once overflowed at desktop width too.
        var desktop = await browser.NewPageAsync();
        await desktop.SignInAsync(WebFactory.Staff);
        await CheckAsync(desktop, wide, "/tools", "/staff/monitor");

        Assert.True(wide.Count == 0, "pages wider than the window:\n" + string.Join('\n', wide));
    }

    [Fact]
    public async Task Menu_AtPhoneWidth_FoldsBehindAButton_ThatTheKeyboardOpens()
    {
        var page = await browser.NewPageAsync(PhoneWidth, 844);
        await page.SignInAsync(WebFactory.Staff);
        await page.GotoAsync("/staff/requests");
        var toggle = page.Locator("button.menu-toggle");
        var nav = page.Locator("#main-nav");

        await Expect(toggle).ToBeVisibleAsync();
        await Expect(toggle).ToHaveAttributeAsync("aria-expanded", "false");
        await Expect(nav).ToBeHiddenAsync();
        await toggle.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(toggle).ToHaveAttributeAsync("aria-expanded", "true");
        await Expect(nav).ToBeVisibleAsync();
        await page.ScreenshotAsync("phone-01-menu-open");

        var desktop = await browser.NewPageAsync();
        await desktop.SignInAsync(WebFactory.Staff);
        await desktop.GotoAsync("/staff/requests");
        await Expect(desktop.Locator("button.menu-toggle")).ToBeHiddenAsync();
        await Expect(desktop.Locator("#main-nav")).ToBeVisibleAsync();
    }

    private static async Task CheckAsync(IPage page, List<string> wide, params string[] urls)
    {
        foreach (var url in urls)
        {
            await page.GotoAsync(url);
            var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
            var (scroll, inner) = (widths[0], widths[1]);
            if (scroll > inner)
            {
                wide.Add($"{url}: {scroll} px in {inner} px");
                await page.ScreenshotAsync("phone-wide-" + url.Trim('/').Replace('/', '-'));
            }
        }
    }
}
