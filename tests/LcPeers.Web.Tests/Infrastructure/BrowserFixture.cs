using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace LcPeers.Web.Tests.Infrastructure;

/// <summary>
/// One real host on a free port (Kestrel, Development, its own SQLite file) and one headless Debian Chromium driven by
/// Playwright, shared by the browser tests. Nothing is downloaded: Playwright's driver ships in its package, the
/// browser is the system's.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private readonly WebFactory _factory = new();
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>The host, for what a test reads behind the pages (the pickup folder, who was proposed).</summary>
    public WebFactory Factory => _factory;

    public string BaseUrl { get; private set; } = "";

    public async ValueTask InitializeAsync()
    {
        _factory.UseKestrel(0);
        _factory.StartServer();
        var addresses = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseUrl = addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/');

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    /// <summary>
    /// Browser profiles still open. Tests never close theirs, and over a whole run hundreds of live pages (some polling
    /// a run's status) slow the one Chromium down until a sign-in times out; only the newest few stay open. Tests in
    /// the collection run one at a time and none uses more than a handful of pages at once.
    /// </summary>
    private readonly Queue<IBrowserContext> _contexts = new();

    private const int OpenContexts = 12;

    /// <summary>A fresh browser profile (no cookies): one visitor.</summary>
    public async Task<IPage> NewPageAsync(int width = 1280, int height = 900)
    {
        while (_contexts.Count >= OpenContexts)
        {
            await _contexts.Dequeue().CloseAsync();
        }

        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            ViewportSize = new ViewportSize { Width = width, Height = height },
            AcceptDownloads = true,
            Locale = "nl-NL",
            TimezoneId = "Europe/Amsterdam",
        });
        context.SetDefaultTimeout(15_000);
        _contexts.Enqueue(context);
        return await context.NewPageAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        await _factory.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserTests : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}

internal static class PageExtensions
{
    /// <summary>A full-page screenshot under artifacts/screenshots/, named for the step.</summary>
    public static Task ScreenshotAsync(this IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(RepositoryPaths.Screenshots(), name + ".png"), FullPage = true });

    /// <summary>Signs in on the Development demo sign-in page by clicking the user's button.</summary>
    public static async Task SignInAsync(this IPage page, string email)
    {
        await page.GotoAsync("/account/dev-sign-in");
        await page.Locator("form").Filter(new LocatorFilterOptions { Has = page.Locator($"input[name=email][value='{email}']") })
            .GetByRole(AriaRole.Button).ClickAsync();
        // As for typed sign-in: the landing page of a fresh session may take a loaded machine more than the default 15 s.
        await page.WaitForURLAsync(url => !url.Contains("dev-sign-in", StringComparison.Ordinal), new PageWaitForURLOptions { Timeout = 45_000 });
        await page.WaitForLoadStateAsync(LoadState.Load, new PageWaitForLoadStateOptions { Timeout = 45_000 });
    }

    /// <summary>Signs in as any seeded demo expert (expert01..expert60) by typing the address: the page lists only a few.</summary>
    public static async Task SignInAsDemoExpertAsync(this IPage page, string email)
    {
        await page.GotoAsync("/account/dev-sign-in");
        var form = page.Locator("form.typed-sign-in");
        await form.Locator("input[type=email]").FillAsync(email);
        await form.GetByRole(AriaRole.Button).ClickAsync();
        // Signing in starts a fresh cookie session and renders the role's landing page: allow a loaded machine more than the default 15 s.
        await page.WaitForURLAsync(url => !url.Contains("dev-sign-in", StringComparison.Ordinal), new PageWaitForURLOptions { Timeout = 45_000 });
    }
}
