using System.Net;
using System.Text;
using LcPeers.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace LcPeers.Api.Tests.Hosting;

public sealed class HardeningTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private sealed class Factory(string environment = "Testing", params (string Key, string Value)[] settings) : LcPeersApiFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseEnvironment(environment);
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }
        }
    }

    private static readonly (string, string)[] ProductionAuth =
        [("Auth:Mode", "AzureAd"), ("AzureAd:TenantId", "contoso.onmicrosoft.com"), ("AzureAd:ClientId", "00000000-0000-0000-0000-000000000001")];

    [Fact]
    public async Task Responses_CarrySecurityHeaders()
    {
        using var factory = new Factory();
        var response = await factory.CreateClient().GetAsync("/api/tools", Ct);

        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("default-src 'self'", csp, StringComparison.Ordinal);
        Assert.False(response.Headers.Contains("Server"));
    }

    [Fact]
    public async Task Production_RedirectsToHttps_AndSendsHsts_ButNotForHealthProbes()
    {
        using var factory = new Factory("Production", ProductionAuth);
        var http = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("http://lcpeers.example") });
        var https = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("https://lcpeers.example") });

        var redirected = await http.GetAsync("/api/tools", Ct);
        Assert.Equal(HttpStatusCode.TemporaryRedirect, redirected.StatusCode);
        Assert.Equal("https", redirected.Headers.Location?.Scheme);

        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/health/live", Ct)).StatusCode);

        var secure = await https.GetAsync("/api/tools", Ct);
        Assert.Equal(HttpStatusCode.OK, secure.StatusCode);
        Assert.Contains("max-age=31536000", secure.Headers.GetValues("Strict-Transport-Security").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Browser_OverTheLimit_GetsAnHtmlPageInItsLanguage_TheApiKeepsProblemDetails()
    {
        using var factory = new Factory(settings: [(AddressRateLimiterKey, "2")]);
        var browser = factory.CreateClient();
        browser.DefaultRequestHeaders.Add("Accept", "text/html,application/xhtml+xml");
        HttpResponseMessage last = null!;
        for (var i = 0; i < 3; i++)
        {
            last = await browser.GetAsync("/", Ct);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, last.StatusCode);
        Assert.Equal("text/html", last.Content.Headers.ContentType?.MediaType);
        Assert.True(last.Headers.Contains("Retry-After"));
        var dutch = await last.Content.ReadAsStringAsync(Ct);
        Assert.Contains("<html lang=\"nl\">", dutch, StringComparison.Ordinal);
        Assert.Contains("Probeer het over", dutch, StringComparison.Ordinal);

        using var englishFactory = new Factory(settings: [(AddressRateLimiterKey, "1")]);
        var english = englishFactory.CreateClient();
        english.DefaultRequestHeaders.Add("Accept", "text/html");
        english.DefaultRequestHeaders.Add("Cookie", ".AspNetCore.Culture=c%3Den%7Cuic%3Den");
        await english.GetAsync("/", Ct);
        var englishPage = await (await english.GetAsync("/", Ct)).Content.ReadAsStringAsync(Ct);
        Assert.Contains("Try again in", englishPage, StringComparison.Ordinal);

        var api = englishFactory.CreateClient();
        api.DefaultRequestHeaders.Add("Accept", "application/json");
        await api.GetAsync("/api/tools", Ct);
        var apiAnswer = await api.GetAsync("/api/tools", Ct);
        await apiAnswer.AssertProblemCodeAsync(HttpStatusCode.TooManyRequests, "rate-limited");
    }

    private const string AddressRateLimiterKey = "RateLimiting:RequestsPerMinutePerAddress";

    [Fact]
    public async Task Writes_OverTheLimit_Get429WithRetryAfter()
    {
        using var factory = new Factory(settings: [("RateLimiting:WritesPerMinute", "3")]);
        var staff = factory.StaffClient();
        var statuses = new List<HttpResponseMessage>();
        for (var i = 0; i < 5; i++)
        {
            statuses.Add(await staff.PostJsonAsync("/api/learning-communities", new { name = $"Rate LC {i}" }));
        }

        Assert.Equal(3, statuses.Count(r => r.StatusCode == HttpStatusCode.Created));
        var limited = statuses.Last();
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.True(int.Parse(limited.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture) > 0);
        await limited.AssertProblemCodeAsync(HttpStatusCode.TooManyRequests, "rate-limited");

        Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync("/api/tools", Ct)).StatusCode); // reads are not limited
    }

    [Fact]
    public async Task AnonymousFlood_Gets429ProblemDetails_BeforeAuthentication()
    {
        using var factory = new Factory(settings: [("RateLimiting:RequestsPerMinutePerAddress", "4")]);
        var anonymous = factory.CreateClient();

        var responses = new List<HttpResponseMessage>();
        for (var i = 0; i < 6; i++)
        {
            responses.Add(await anonymous.GetAsync("/api/experts", Ct));
        }

        Assert.Equal(
            [HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests],
            responses.Select(r => r.StatusCode));
        var limited = responses.Last();
        Assert.Equal("application/problem+json", limited.Content.Headers.ContentType?.MediaType);
        Assert.True(int.Parse(limited.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture) > 0);
        await limited.AssertProblemCodeAsync(HttpStatusCode.TooManyRequests, "rate-limited");

        // The address's budget covers every route and token; the platform's health probes are never limited.
        Assert.Equal(HttpStatusCode.TooManyRequests, (await factory.StaffClient().GetAsync("/api/tools", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/health/live", Ct)).StatusCode);
    }

    [Fact]
    public async Task ForbiddenFlood_Gets429()
    {
        using var factory = new Factory(settings: [("RateLimiting:RequestsPerMinutePerAddress", "3")]);
        var expert = factory.ClientAs("flood@expert.example", "Expert");

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            statuses.Add((await expert.PostAsync("/api/matching/runs", null, Ct)).StatusCode);
        }

        Assert.Equal([HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.TooManyRequests], statuses);
    }

    [Theory]
    [InlineData("203.0.113.7", "203.0.113.7")]
    [InlineData("::ffff:203.0.113.7", "203.0.113.7")]
    [InlineData("2001:db8:1:2:aaaa:bbbb:cccc:dddd", "2001:db8:1:2::/64")]
    [InlineData("2001:db8:1:2::1", "2001:db8:1:2::/64")]
    public void AddressPartition_CountsIpv6PerSlash64(string address, string partition) =>
        Assert.Equal(partition, LcPeers.Api.Hosting.AddressRateLimiter.PartitionKey(System.Net.IPAddress.Parse(address)));

    [Fact]
    public async Task Production_HidesTheApiDocument_UnlessConfigured()
    {
        using var hidden = new Factory("Production", ProductionAuth);
        var https = new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://lcpeers.example") };
        var client = hidden.CreateClient(https);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/openapi/v1.json", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/scalar/v1", Ct)).StatusCode);

        using var shown = new Factory("Production", [.. ProductionAuth, ("OpenApi:Enabled", "true")]);
        var open = shown.CreateClient(https);
        Assert.Equal(HttpStatusCode.OK, (await open.GetAsync("/openapi/v1.json", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await open.GetAsync("/scalar/v1", Ct)).StatusCode);
    }

    [Fact]
    public async Task Production_AntiforgeryAndCultureCookies_AreSecure_AndTheCultureCookieHttpOnly()
    {
        using var factory = new Factory("Production", ProductionAuth);
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions
        {
            BaseAddress = new Uri("https://lcpeers.example"),
            AllowAutoRedirect = false,
            HandleCookies = true,
        });

        var page = await client.GetAsync("/tools", Ct);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var antiforgery = Assert.Single(page.Headers.GetValues("Set-Cookie"), c => c.StartsWith("lcpeers.af=", StringComparison.Ordinal));
        Assert.Contains("; secure", antiforgery, StringComparison.OrdinalIgnoreCase);

        var html = await page.Content.ReadAsStringAsync(Ct);
        var token = System.Text.RegularExpressions.Regex.Match(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        Assert.NotEmpty(token);
        using var form = new FormUrlEncodedContent([new("culture", "en"), new("returnUrl", "/tools"), new("__RequestVerificationToken", token)]);
        var switched = await client.PostAsync("/culture", form, Ct);

        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        var culture = Assert.Single(switched.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".AspNetCore.Culture=", StringComparison.Ordinal));
        Assert.Contains("; secure", culture, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("; httponly", culture, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task SignIn_OverTheLimit_Gets429()
    {
        using var factory = new Factory("Development", ("RateLimiting:SignInsPerMinute", "2"), ("DemoData:Enabled", "false"));
        var client = factory.CreateClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            statuses.Add((await client.GetAsync("/account/dev-sign-in", Ct)).StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task OversizedBody_Gets413_AndStoresNothing()
    {
        using var factory = new Factory(settings: [("Limits:MaxRequestBodyBytes", "2048")]);
        factory.UseKestrel(0);
        factory.StartServer();
        var staff = factory.StaffClient();

        using var content = new StringContent($$"""{ "name": "Big LC", "description": "{{new string('x', 10_000)}}" }""", Encoding.UTF8, "application/json");
        var response = await staff.PostAsync("/api/learning-communities", content, Ct);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var list = await (await staff.GetAsync("/api/learning-communities?q=Big LC", Ct)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(0, list.GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Cors_IsOffUnlessConfigured()
    {
        using var closed = new Factory();
        var preflight = await SendPreflightAsync(closed.CreateClient());
        Assert.False(preflight.Headers.Contains("Access-Control-Allow-Origin"));

        using var open = new Factory(settings: [("Cors:AllowedOrigins:0", "https://portal.example")]);
        var allowed = await SendPreflightAsync(open.CreateClient());
        Assert.Equal("https://portal.example", allowed.Headers.GetValues("Access-Control-Allow-Origin").Single());
    }

    private static async Task<HttpResponseMessage> SendPreflightAsync(HttpClient client)
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, "/api/tools");
        request.Headers.Add("Origin", "https://portal.example");
        request.Headers.Add("Access-Control-Request-Method", "GET");
        return await client.SendAsync(request, Ct);
    }
}
