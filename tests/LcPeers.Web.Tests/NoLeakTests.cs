using System.Net;
using AngleSharp.Dom;
using LcPeers.Web.Tests.Infrastructure;

namespace LcPeers.Web.Tests;

/// <summary>Per role: no page shows another user's data; pages of another role are a 403 page, not a leak.</summary>
public sealed class NoLeakTests(WebFactory factory) : IClassFixture<WebFactory>
{
    private static CancellationToken Ct => Html.Ct;

    private async Task<HttpClient> SignedInAsync(string email)
    {
        var client = factory.Browserless();
        await client.SignInAsync(email);
        return client;
    }

    private static IReadOnlyList<string> Links(IDocument page, string prefix) =>
        [.. page.QuerySelectorAll("main a[href]").Select(a => a.GetAttribute("href")!).Where(h => h.StartsWith(prefix, StringComparison.Ordinal)).Distinct()];

    [Fact]
    public async Task Coordinator_OpeningAnotherLcsRequest_Gets403PageWithoutItsContent()
    {
        var windOpZee = await SignedInAsync(WebFactory.CoordinatorWindOpZee);
        var theirs = Links(await windOpZee.GetPageAsync("/requests"), "/requests/").Where(l => l != "/requests/new").ToList();
        Assert.NotEmpty(theirs);
        var request = theirs[0];
        var description = (await windOpZee.GetPageAsync(request)).QuerySelector("dl.facts")!.TextContent;

        var seece = await SignedInAsync(WebFactory.CoordinatorSeece);
        var details = await seece.GetAsync(request, Ct);
        var edit = await seece.GetAsync(request + "/edit", Ct);
        var token = (await seece.GetPageAsync("/requests")).Token();
        var withdraw = await seece.PostFormAsync(request + "?handler=Withdraw", [new("__RequestVerificationToken", token)]);

        Assert.Equal(HttpStatusCode.Forbidden, details.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, edit.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, withdraw.StatusCode);
        var body = await details.Content.ReadAsStringAsync(Ct);
        Assert.DoesNotContain("CIV Wind op Zee", body, StringComparison.Ordinal);
        Assert.Contains("Geen toegang", body, StringComparison.Ordinal);

        var seeceList = await seece.GetPageAsync("/requests");
        Assert.DoesNotContain(request, Links(seeceList, "/requests/"));
        var still = await windOpZee.GetPageAsync(request);
        Assert.Equal(description, still.QuerySelector("dl.facts")!.TextContent); // the forbidden withdraw changed nothing
        Assert.NotEqual("withdrawn", still.QuerySelector(".status-badge")!.GetAttribute("data-status"));
    }

    [Fact]
    public async Task Expert_SeesOnlyTheirOwnProfileAndData_AndNoOtherRolesPages()
    {
        var expert = await SignedInAsync(WebFactory.Expert01);
        var profile = await expert.GetPageAsync("/expert/profile");
        var export = await (await expert.GetAsync("/expert/my-data?handler=Export", Ct)).Content.ReadAsStringAsync(Ct);
        var myId = System.Text.Json.JsonDocument.Parse(export).RootElement.GetProperty("profile").GetProperty("id").GetGuid();

        var staff = await SignedInAsync(WebFactory.Staff);
        var anotherExpert = Links(await staff.GetPageAsync("/staff/experts"), "/staff/experts/").First(l => !l.Contains(myId.ToString(), StringComparison.Ordinal));

        Assert.Equal(WebFactory.Expert01, profile.QuerySelector("input[name='Form.Email']")!.GetAttribute("value"));
        Assert.Contains($"\"accountEmail\":\"{WebFactory.Expert01}\"", export, StringComparison.Ordinal);
        Assert.DoesNotContain("expert02@", export, StringComparison.Ordinal);
        foreach (var url in new[] { anotherExpert, "/staff/experts", "/staff/requests", "/requests", "/requests/new", "/coordinator/learning-communities" })
        {
            var response = await expert.GetAsync(url, Ct);
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{url}: {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task Coordinator_CannotOpenStaffOrExpertPages()
    {
        var coordinator = await SignedInAsync(WebFactory.CoordinatorSeece);
        var lc = Links(await coordinator.GetPageAsync("/coordinator/learning-communities"), "/learning-communities/")[0];
        foreach (var url in new[] { "/staff/requests", "/staff/experts", $"/staff{lc}/edit", $"/staff{lc}/coordinators", "/expert/profile", "/expert/my-data" })
        {
            var response = await coordinator.GetAsync(url, Ct);
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{url}: {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task Anonymous_IsSentToSignIn_ForPages_AndGets401FromTheApi()
    {
        var anonymous = factory.Browserless();

        var page = await anonymous.GetAsync("/expert/profile", Ct);
        var api = await anonymous.GetAsync("/api/experts/me", Ct);

        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/account/sign-in", page.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
        Assert.Null(api.Headers.Location);
    }

    [Fact]
    public async Task SignInCookie_IsNotAcceptedByTheApi()
    {
        var expert = await SignedInAsync(WebFactory.Expert01);

        var api = await expert.GetAsync("/api/experts/me", Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode); // the API takes bearer tokens only: no cross-site requests riding on the cookie
    }

    [Fact]
    public async Task Staff_MayOpenEveryRolesPages()
    {
        var staff = await SignedInAsync(WebFactory.Staff);
        var request = Links(await staff.GetPageAsync("/staff/requests"), "/requests/")[0];
        var lc = Links(await staff.GetPageAsync("/learning-communities"), "/learning-communities/")[0];

        foreach (var url in new[] { request, request + "/edit", $"/staff{lc}/edit", $"/staff{lc}/coordinators", "/staff/experts", "/requests" })
        {
            var response = await staff.GetAsync(url, Ct);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode}");
        }
    }
}
