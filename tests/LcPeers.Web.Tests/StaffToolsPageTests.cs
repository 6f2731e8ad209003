using System.Net;
using LcPeers.Web.Tests.Infrastructure;

namespace LcPeers.Web.Tests;

/// <summary>Staff's tools: batch run, weights (with a stale edit), dead letters, audit trail; and nobody else's.</summary>
public sealed class StaffToolsPageTests(WebFactory factory) : IClassFixture<WebFactory>
{
    private static CancellationToken Ct => Html.Ct;

    private async Task<HttpClient> SignedInAsync(string email)
    {
        var client = factory.Browserless();
        await client.SignInAsync(email);
        return client;
    }

    [Fact]
    public async Task Weights_SaveWithTheVersionRead_AndAStaleEditShowsTheConflict()
    {
        var staff = await SignedInAsync(WebFactory.Staff);
        var page = await staff.GetPageAsync("/staff/weights");
        var version = page.QuerySelector("input[name='Form.Version']")!.GetAttribute("value")!;
        List<KeyValuePair<string, string>> Fields(string competence) =>
        [
            new("__RequestVerificationToken", page.Token()), new("Form.Version", version), new("Form.Competence", competence), new("Form.Phase", "20"),
            new("Form.KindFit", "12"), new("Form.Tools", "8"), new("Form.Sector", "6"), new("Form.Region", "12"), new("Form.TrackRecord", "6"),
            new("Form.Load", "4"), new("Form.OutsidePerspective", "2"), new("Form.RecentLoad", "4"),
        ];

        var invalid = await (await staff.PostFormAsync("/staff/weights", Fields("veel"))).ReadDocumentAsync(HttpStatusCode.OK);
        Assert.False(string.IsNullOrEmpty(invalid.FieldError("Form.Competence")));

        Assert.Equal(HttpStatusCode.Redirect, (await staff.PostFormAsync("/staff/weights", Fields("30,5"))).StatusCode);
        var saved = await staff.GetPageAsync("/staff/weights");
        Assert.Equal("30,5", saved.QuerySelector("input[name='Form.Competence']")!.GetAttribute("value"));

        var stale = await (await staff.PostFormAsync("/staff/weights", Fields("31"))).ReadDocumentAsync(HttpStatusCode.OK);
        Assert.NotNull(stale.QuerySelector("#form-error"));
    }

    [Fact]
    public async Task Run_StartsAndShowsItsStatus_OutboxAndAuditPagesRender()
    {
        var staff = await SignedInAsync(WebFactory.Staff);
        var runs = await staff.GetPageAsync("/staff/runs");
        Assert.Equal(["total", "fair"], runs.QuerySelectorAll("input[name='Objective']").Select(i => i.GetAttribute("value")!));
        Assert.NotNull(runs.QuerySelector("input[name='Objective'][value='total'][checked]"));
        var bad = await (await staff.PostFormAsync("/staff/runs", [new("__RequestVerificationToken", runs.Token()), new("Objective", "fastest")])).ReadDocumentAsync(HttpStatusCode.OK);
        Assert.Contains("Doel van de verdeling", bad.FieldError("Objective"), StringComparison.Ordinal);
        var started = await staff.PostFormAsync("/staff/runs", [new("__RequestVerificationToken", runs.Token()), new("Objective", "fair")]);
        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        var runUrl = started.Headers.Location!.OriginalString;
        var run = await staff.GetPageAsync(runUrl);
        Assert.NotNull(run.QuerySelector("[data-run-status]"));
        for (var i = 0; i < 60 && run.QuerySelector("[data-run-status='queued'], [data-run-status='running']") is not null; i++)
        {
            // No meta refresh (axe: critical); a script polls the status, a visible link refreshes without script.
            Assert.Null(run.QuerySelector("meta[http-equiv=refresh]"));
            Assert.NotNull(run.QuerySelector("script[src^='/js/run-status.js']"));
            Assert.Equal(runUrl, run.QuerySelector("a[data-refresh]")!.GetAttribute("href"));
            var status = await staff.GetAsync(runUrl + "?handler=Status", Ct);
            Assert.Equal("application/json", status.Content.Headers.ContentType?.MediaType);
            Assert.Contains("\"status\":", await status.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
            await Task.Delay(500, Ct);
            run = await staff.GetPageAsync(runUrl);
        }

        Assert.Equal("completed", run.QuerySelector("[data-run-status]")!.GetAttribute("data-run-status"));
        Assert.NotNull(run.QuerySelector("#unstaffable"));
        Assert.Equal("Eerlijk: eerst de zwakste aanvraag", run.QuerySelector("[data-objective='fair']")!.TextContent.Trim());
        Assert.Contains("Gini", run.QuerySelector(".concentration")!.TextContent, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(run.QuerySelector(".gap")?.TextContent));
        Assert.Null(run.QuerySelector("meta[http-equiv=refresh]"));
        Assert.Null(run.QuerySelector("a[data-refresh]"));
        var finished = await staff.GetAsync(runUrl + "?handler=Status", Ct);
        Assert.Contains("\"status\":\"completed\"", await finished.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);

        await staff.GetPageAsync("/staff/outbox");
        var request = (await staff.GetPageAsync("/staff/requests?status=any")).QuerySelector("main a[href^='/requests/']")!.GetAttribute("href")!;
        var audit = await staff.GetPageAsync("/staff/audit?entityId=" + request["/requests/".Length..]);
        Assert.NotNull(audit.QuerySelector("table.audit, [role=status]"));
    }

    [Fact]
    public async Task Expert_AndCoordinator_CannotOpenStaffTools()
    {
        foreach (var email in new[] { WebFactory.Expert01, WebFactory.CoordinatorSeece })
        {
            var other = await SignedInAsync(email);
            foreach (var url in new[] { "/staff/runs", "/staff/weights", "/staff/outbox", "/staff/audit" })
            {
                var response = await other.GetAsync(url, Ct);
                Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{email} {url}: {(int)response.StatusCode}");
            }
        }
    }
}
