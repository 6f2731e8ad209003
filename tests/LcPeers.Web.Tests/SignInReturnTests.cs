using System.Net;
using LcPeers.Web.Tests.Infrastructure;

namespace LcPeers.Web.Tests;

/// <summary>
/// A link from an email that needs sign-in comes back to its page after signing in; only local return addresses are
/// followed, so the sign-in cannot be used to send someone to another site.
/// </summary>
public sealed class SignInReturnTests(WebFactory factory) : IClassFixture<WebFactory>
{
    private static CancellationToken Ct => Html.Ct;

    [Fact]
    public async Task LinkNeedingSignIn_ReturnsToItsPage_AfterSigningIn()
    {
        var client = factory.Browserless();
        var target = $"/expert/invitations?proposalId={Guid.NewGuid()}";

        var challenge = await client.GetAsync(target, Ct);
        Assert.Equal(HttpStatusCode.Redirect, challenge.StatusCode);
        var signIn = challenge.Headers.Location!;
        Assert.Equal("/account/sign-in", signIn.AbsolutePath);

        var toDemo = await client.GetAsync(signIn, Ct);
        Assert.Equal(HttpStatusCode.Redirect, toDemo.StatusCode);
        Assert.Equal($"/account/dev-sign-in?returnUrl={Uri.EscapeDataString(target)}", toDemo.Headers.Location!.OriginalString);

        var page = await client.GetPageAsync(toDemo.Headers.Location.OriginalString);
        Assert.Equal(target, page.QuerySelector("main input[name=returnUrl]")!.GetAttribute("value"));
        var signedIn = await client.PostFormAsync("/account/dev-sign-in",
            [new("email", WebFactory.Expert01), new("returnUrl", target), new("__RequestVerificationToken", page.Token())]);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal(target, signedIn.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(target, Ct)).StatusCode);
    }

    [Theory]
    [InlineData("https://evil.example/expert/invitations")]
    [InlineData("//evil.example/expert/invitations")]
    [InlineData("/\\evil.example/expert/invitations")]
    [InlineData("javascript:alert(1)")]
    public async Task ReturnUrlToAnotherSite_IsRefused_AndLandsOnTheHomePage(string returnUrl)
    {
        var client = factory.Browserless();

        var toDemo = await client.GetAsync($"/account/sign-in?returnUrl={Uri.EscapeDataString(returnUrl)}", Ct);
        Assert.Equal(HttpStatusCode.Redirect, toDemo.StatusCode);
        Assert.Equal("/account/dev-sign-in?returnUrl=%2F", toDemo.Headers.Location!.OriginalString);

        var page = await client.GetPageAsync("/account/dev-sign-in?returnUrl=" + Uri.EscapeDataString(returnUrl));
        Assert.Equal("", page.QuerySelector("main input[name=returnUrl]")!.GetAttribute("value") ?? "");
        var signedIn = await client.PostFormAsync("/account/dev-sign-in",
            [new("email", WebFactory.Staff), new("returnUrl", returnUrl), new("__RequestVerificationToken", page.Token())]);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal("/", signedIn.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task SignIn_WithoutReturnUrl_LandsOnTheRoleHomePage()
    {
        var client = factory.Browserless();
        var page = await client.GetPageAsync("/account/dev-sign-in");
        var signedIn = await client.PostFormAsync("/account/dev-sign-in", [new("email", WebFactory.CoordinatorWindOpZee), new("__RequestVerificationToken", page.Token())]);
        Assert.Equal("/", signedIn.Headers.Location!.OriginalString);

        var home = await client.GetPageAsync("/");
        Assert.Equal("Wat wacht op mij", home.QuerySelector("h1")!.TextContent.Trim());
        Assert.NotNull(home.QuerySelector("[data-role=coordinator] #coordinator-requests"));
    }
}
