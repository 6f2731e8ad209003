using System.Net;
using LcPeers.Infrastructure.Persistence.Seeding;
using LcPeers.Web.Tests.Infrastructure;

namespace LcPeers.Web.Tests;

/// <summary>The demo sign-in exists in Development only; elsewhere the route is not there at all.</summary>
public sealed class DevSignInTests
{
    [Fact]
    public async Task DevSignIn_InDevelopment_ListsEveryDemoUserByRole()
    {
        using var factory = new WebFactory();
        var page = await factory.Browserless().GetPageAsync("/account/dev-sign-in");

        foreach (var (email, _, _) in DemoDataSeeder.DemoUsers)
        {
            Assert.NotNull(page.QuerySelector($"input[name=email][value='{email}']"));
        }

        Assert.Equal(DemoDataSeeder.DemoUsers.Select(u => u.Role).Distinct().Count() + 1, page.QuerySelectorAll("main h2").Length); // + the typed account
        Assert.NotNull(page.QuerySelector("input#Email[type=email][name=Email]"));
    }

    [Fact]
    public async Task DevSignIn_InDevelopment_SignsInWithACookieThePagesAccept()
    {
        using var factory = new WebFactory();
        var client = factory.Browserless();

        await client.SignInAsync(WebFactory.CoordinatorWindOpZee);

        var page = await client.GetPageAsync("/coordinator/learning-communities");
        Assert.Contains("CIV Wind op Zee", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    public static TheoryData<string, string[]> OtherEnvironments => new()
    {
        { "Production", ["Auth:Mode=AzureAd", "AzureAd:Instance=https://login.microsoftonline.com/", "AzureAd:TenantId=contoso.onmicrosoft.com", "AzureAd:ClientId=00000000-0000-0000-0000-000000000001"] },
        { "Staging", ["Auth:Mode=AzureAd", "AzureAd:Instance=https://login.microsoftonline.com/", "AzureAd:TenantId=contoso.onmicrosoft.com", "AzureAd:ClientId=00000000-0000-0000-0000-000000000001"] },
        { "Testing", ["Auth:Mode=Local"] },
    };

    [Theory]
    [MemberData(nameof(OtherEnvironments))]
    public async Task DevSignIn_OutsideDevelopment_Is404AndSignsNobodyIn(string environment, string[] settings)
    {
        using var factory = new OtherEnvironmentFactory(environment, [.. settings.Select(s => (s.Split('=', 2)[0], s.Split('=', 2)[1]))]);
        var client = factory.Browserless();

        var get = await client.GetAsync("/account/dev-sign-in", Html.Ct);
        var post = await client.PostFormAsync("/account/dev-sign-in", [new("email", WebFactory.Staff)]);

        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.False(post.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("lcpeers.auth", StringComparison.Ordinal)));

        // The public pages are there all the same, and the API still answers 401 (not a redirect) without a token.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/learning-communities", Html.Ct)).StatusCode);
        var api = await client.GetAsync("/api/experts/me", Html.Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
        Assert.Null(api.Headers.Location);
    }

    private sealed class OtherEnvironmentFactory(string environment, (string Key, string Value)[] settings) : WebFactory
    {
        protected override string EnvironmentName => environment;

        protected override IEnumerable<(string Key, string Value)> Settings => settings;
    }
}
