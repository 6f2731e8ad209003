using System.Net;
using AngleSharp.Dom;
using LcPeers.Application.Common;
using LcPeers.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LcPeers.Web.Tests;

/// <summary>From proposal to engagement in the pages, without a browser: staff match, the expert answers, access holds.</summary>
public sealed class WorkflowPageTests(WebFactory factory) : IClassFixture<WebFactory>
{
    private static CancellationToken Ct => Html.Ct;

    private async Task<HttpClient> SignedInAsync(string email)
    {
        var client = factory.Browserless();
        await client.SignInAsync(email);
        return client;
    }

    /// <summary>Files and submits a request of this test's own, so tests sharing the demo database cannot take it first.</summary>
    internal static async Task<string> SubmitOwnRequestAsync(HttpClient coordinator)
    {
        var form = await coordinator.GetPageAsync("/requests/new");
        var lcId = form.QuerySelector("select[name='Form.LearningCommunityId'] option[selected]")!.GetAttribute("value")!;
        var response = await coordinator.PostFormAsync("/requests/new",
        [
            new("Form.LearningCommunityId", lcId), new("Form.Bottlenecks", "balance"), new("Form.Kind", "advice"),
            new("Form.Description", "Advies over de balans tussen leren en werken in de uitvoeringsfase."),
            new("Form.Start", "2027-03-01"), new("Form.End", "2027-04-30"), new("Form.Hours", "10"), new("Form.Format", "online"),
            new("Form.Languages", "nl"), new("Form.ExpertsWanted", "1"), new("intent", "submit"),
            new("__RequestVerificationToken", form.Token()),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        var details = await coordinator.GetPageAsync(location);
        Assert.NotNull(details.QuerySelector("[data-status='submitted']"));
        return location;
    }

    private static string FirstRequestLink(IDocument queue) =>
        queue.QuerySelectorAll("main a[href^='/requests/']").Select(a => a.GetAttribute("href")!).First(h => h != "/requests/new");

    [Fact]
    public async Task Staff_SeeExplainedCandidates_Propose_RejectNeedsAReason_AndApprove()
    {
        var staff = await SignedInAsync(WebFactory.Staff);
        var request = FirstRequestLink(await staff.GetPageAsync("/staff/requests"));
        var details = await staff.GetPageAsync(request);
        var matchingUrl = "/staff" + request;
        Assert.NotNull(details.QuerySelector($"main a[href='{matchingUrl}']"));

        var page = await staff.GetPageAsync(matchingUrl);
        var candidates = page.QuerySelectorAll("li.candidate");
        Assert.NotEmpty(candidates);
        Assert.NotEmpty(candidates[0].QuerySelectorAll("ul.reasons li"));
        Assert.NotEmpty(candidates[0].QuerySelectorAll("meter.factor-bar"));
        Assert.Contains("%", candidates[0].QuerySelector(".factor-value")!.TextContent, StringComparison.Ordinal);
        var excludedByReason = page.QuerySelectorAll("ul.excluded-summary li").Select(li => li.TextContent.Trim()).ToList();
        Assert.NotEmpty(excludedByReason);
        Assert.All(excludedByReason, line => Assert.Matches(@"^\p{L}[^:]*: \d+$", line));
        Assert.DoesNotContain(excludedByReason, line => line.StartsWith("unavailable:", StringComparison.Ordinal));
        Assert.NotEmpty(page.QuerySelectorAll("ul.excluded li"));

        var dutchReason = candidates[0].QuerySelector("ul.reasons li")!.TextContent;
        var english = factory.Browserless();
        english.DefaultRequestHeaders.Add("Cookie", ".AspNetCore.Culture=c%3Den%7Cuic%3Den");
        await english.SignInAsync(WebFactory.Staff);
        var englishPage = await english.GetPageAsync(matchingUrl);
        Assert.NotEqual(dutchReason, englishPage.QuerySelector("li.candidate ul.reasons li")!.TextContent);
        Assert.NotNull(englishPage.QuerySelector("h2#candidates"));
        Assert.Equal("Candidates", englishPage.QuerySelector("h2#candidates")!.TextContent);

        var proposed = await staff.PostFormAsync(matchingUrl + "?handler=Propose", [new("__RequestVerificationToken", page.Token())]);
        Assert.Equal(HttpStatusCode.Redirect, proposed.StatusCode);
        page = await staff.GetPageAsync(matchingUrl);
        var rows = page.QuerySelectorAll("tr[data-proposal-id]").Where(r => r.QuerySelector("[data-status='proposed']") is not null).ToList();
        Assert.NotEmpty(rows);
        var proposalId = rows[0].GetAttribute("data-proposal-id")!;

        var rejected = await (await staff.PostFormAsync($"{matchingUrl}?handler=Reject&proposalId={proposalId}",
            [new("__RequestVerificationToken", page.Token()), new("Reason", "  ")])).ReadDocumentAsync(HttpStatusCode.OK);
        Assert.NotNull(rejected.QuerySelector($"#reason-{proposalId}-error"));
        Assert.Equal("true", rejected.QuerySelector($"#reason-{proposalId}")!.GetAttribute("aria-invalid"));

        var approved = await staff.PostFormAsync($"{matchingUrl}?handler=Approve&proposalId={proposalId}", [new("__RequestVerificationToken", page.Token())]);
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        page = await staff.GetPageAsync(matchingUrl);
        Assert.NotNull(page.QuerySelector($"tr[data-proposal-id='{proposalId}'] [data-status='approved']"));

        // The invited expert declines, with a reason; staff see it.
        var expert = await SignedInAsync(await ExpertAccountOfProposalAsync(factory, Guid.Parse(proposalId)));
        var invitations = await expert.GetPageAsync("/expert/invitations");
        var answerBy = invitations.QuerySelector($"[data-proposal-id='{proposalId}'] [data-answer-by]"); // the answer window's end, beside its label
        Assert.NotNull(answerBy);
        Assert.Equal("Antwoord graag vóór", answerBy.PreviousElementSibling?.TextContent.Trim());
        var declined = await expert.PostFormAsync($"/expert/invitations?handler=Decline&proposalId={proposalId}",
            [new("__RequestVerificationToken", invitations.Token()), new("Reason", "Geen tijd dit najaar")]);
        Assert.Equal(HttpStatusCode.Redirect, declined.StatusCode);
        Assert.Null((await expert.GetPageAsync("/expert/invitations")).QuerySelector($"[data-proposal-id='{proposalId}']"));
        var row = (await staff.GetPageAsync(matchingUrl)).QuerySelector($"tr[data-proposal-id='{proposalId}']")!;
        Assert.NotNull(row.QuerySelector("[data-status='declined']"));
        Assert.Contains("Geen tijd dit najaar", row.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DemoSignIn_AcceptsEverySeededExpert_ButNoOtherAddress()
    {
        var seeded = factory.Browserless();
        await seeded.SignInAsync("expert17@" + WebFactory.DemoDomain);
        Assert.Equal(HttpStatusCode.OK, (await seeded.GetAsync("/expert/invitations", Ct)).StatusCode);

        foreach (var email in new[] { "expert61@" + WebFactory.DemoDomain, "expert17@example.org", "expert1x@" + WebFactory.DemoDomain })
        {
            var client = factory.Browserless();
            var page = await client.GetPageAsync("/account/dev-sign-in");
            var response = await client.PostFormAsync("/account/dev-sign-in", [new("email", email), new("__RequestVerificationToken", page.Token())]);
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{email}: {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task Expert_AndCoordinator_CannotOpenTheStaffMatchingPage()
    {
        var staff = await SignedInAsync(WebFactory.Staff);
        var request = FirstRequestLink(await staff.GetPageAsync("/staff/requests"));
        foreach (var email in new[] { WebFactory.Expert01, WebFactory.CoordinatorWindOpZee })
        {
            var other = await SignedInAsync(email);
            var response = await other.GetAsync("/staff" + request, Ct);
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{email}: {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task ProposalToSession_ExpertAccepts_CoordinatorSeesContactsAndSchedules_InviteIsMailed_OtherLcCannotSee()
    {
        var coordinator = await SignedInAsync(WebFactory.CoordinatorWindOpZee);
        var request = await SubmitOwnRequestAsync(coordinator);

        var staff = await SignedInAsync(WebFactory.Staff);
        var matchingUrl = "/staff" + request;
        var page = await staff.GetPageAsync(matchingUrl);
        Assert.Equal(HttpStatusCode.Redirect, (await staff.PostFormAsync(matchingUrl + "?handler=Propose", [new("__RequestVerificationToken", page.Token())])).StatusCode);
        page = await staff.GetPageAsync(matchingUrl);
        var proposalId = page.QuerySelectorAll("tr[data-proposal-id]").First(r => r.QuerySelector("[data-status='proposed']") is not null).GetAttribute("data-proposal-id")!;
        Assert.Equal(HttpStatusCode.Redirect, (await staff.PostFormAsync($"{matchingUrl}?handler=Approve&proposalId={proposalId}", [new("__RequestVerificationToken", page.Token())])).StatusCode);

        var expertEmail = await ExpertAccountOfProposalAsync(factory, Guid.Parse(proposalId));
        var expert = await SignedInAsync(expertEmail);
        var invitations = await expert.GetPageAsync("/expert/invitations");
        Assert.NotNull(invitations.QuerySelector($"[data-proposal-id='{proposalId}']"));
        Assert.Equal(HttpStatusCode.Redirect, (await expert.PostFormAsync($"/expert/invitations?handler=Accept&proposalId={proposalId}", [new("__RequestVerificationToken", invitations.Token())])).StatusCode);
        var engagements = await expert.GetPageAsync("/expert/engagements");
        Assert.NotEmpty(engagements.QuerySelectorAll("[data-engagement-id]"));

        var details = await coordinator.GetPageAsync(request);
        Assert.False(string.IsNullOrWhiteSpace(details.QuerySelector(".engagement .expert-name")?.TextContent));
        var engagementUrl = request + "/engagement";
        var engagementPage = await coordinator.GetPageAsync(engagementUrl);
        Assert.NotNull(engagementPage.QuerySelector(".expert-email a"));

        var invalid = await (await coordinator.PostFormAsync(engagementUrl + "?handler=Schedule", [new("__RequestVerificationToken", engagementPage.Token()),
            new("Form.Title", "Kick-off"), new("Form.Start", "2027-03-10T12:00"), new("Form.End", "2027-03-10T10:00")])).ReadDocumentAsync(HttpStatusCode.OK);
        Assert.False(string.IsNullOrEmpty(invalid.FieldError("Form.End")));

        // The first moment a datetime-local field can hold: Amsterdam's offset would underflow it; the message sits at the field.
        var extreme = await (await coordinator.PostFormAsync(engagementUrl + "?handler=Schedule", [new("__RequestVerificationToken", engagementPage.Token()),
            new("Form.Title", "Kick-off"), new("Form.Start", "0001-01-01T00:00"), new("Form.End", "0001-01-01T02:00")])).ReadDocumentAsync(HttpStatusCode.OK);
        Assert.False(string.IsNullOrEmpty(extreme.FieldError("Form.Start")));
        Assert.False(string.IsNullOrEmpty(extreme.FieldError("Form.End")));

        var scheduled = await coordinator.PostFormAsync(engagementUrl + "?handler=Schedule", [new("__RequestVerificationToken", engagementPage.Token()),
            new("Form.Title", "Kick-off"), new("Form.Start", "2027-03-10T10:00"), new("Form.End", "2027-03-10T12:00"), new("Form.OnlineUrl", "https://meet.example/kick-off"), new("Form.Agenda", "Kennismaken")]);
        Assert.Equal(HttpStatusCode.Redirect, scheduled.StatusCode);
        engagementPage = await coordinator.GetPageAsync(engagementUrl);
        Assert.Contains("Kick-off", engagementPage.QuerySelector("table.sessions")!.TextContent, StringComparison.Ordinal);

        var invite = await WaitForMailAsync(factory, "METHOD:REQUEST");
        Assert.Contains("Kick-off", invite, StringComparison.Ordinal);

        var sessionId = engagementPage.QuerySelector("tr[data-session-id]")!.GetAttribute("data-session-id")!;
        var move = await coordinator.GetPageAsync($"{engagementUrl}?moveSessionId={sessionId}");
        Assert.Equal("2027-03-10T10:00", move.QuerySelector("input[name='Form.Start']")!.GetAttribute("value"));
        var moved = await coordinator.PostFormAsync($"{engagementUrl}?handler=Schedule&moveSessionId={sessionId}", [new("__RequestVerificationToken", move.Token()),
            new("Form.Title", "Kick-off"), new("Form.Start", "2027-03-11T10:00"), new("Form.End", "2027-03-11T12:00"), new("Form.OnlineUrl", "https://meet.example/kick-off")]);
        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        engagementPage = await coordinator.GetPageAsync(engagementUrl);
        Assert.Contains("11 maart 2027 10:00", engagementPage.QuerySelector($"tr[data-session-id='{sessionId}']")!.TextContent, StringComparison.Ordinal);
        var cancelled = await coordinator.PostFormAsync($"{engagementUrl}?handler=CancelSession&sessionId={sessionId}", [new("__RequestVerificationToken", engagementPage.Token())]);
        Assert.Equal(HttpStatusCode.Redirect, cancelled.StatusCode);
        engagementPage = await coordinator.GetPageAsync(engagementUrl);
        Assert.NotNull(engagementPage.QuerySelector($"tr[data-session-id='{sessionId}'] [data-status='cancelled']"));
        await WaitForMailAsync(factory, "METHOD:CANCEL");

        var other = await SignedInAsync(WebFactory.CoordinatorSeece);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync(engagementUrl, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync(request, Ct)).StatusCode);
    }

    internal static async Task<string> WaitForMailAsync(WebFactory factory, string contains)
    {
        var directory = factory.Services.GetRequiredService<Microsoft.Extensions.Configuration.IConfiguration>()["Email:PickupDirectory"]!;
        for (var i = 0; i < 60; i++)
        {
            if (Directory.Exists(directory))
            {
                foreach (var file in Directory.GetFiles(directory, "*.eml"))
                {
                    var text = await File.ReadAllTextAsync(file, Ct);
                    if (text.Contains(contains, StringComparison.Ordinal))
                    {
                        return text;
                    }
                }
            }

            await Task.Delay(500, Ct);
        }

        throw new TimeoutException($"No mail containing {contains} in {directory}.");
    }

    internal static async Task<string> ExpertAccountOfProposalAsync(WebFactory factory, Guid proposalId)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ILcPeersDb>();
        var id = new Domain.Matching.ProposalId(proposalId);
        var expertId = await db.Proposals.Where(p => p.Id == id).Select(p => p.ExpertId).SingleAsync(Ct);
        return await db.Experts.Where(e => e.Id == expertId).Select(e => e.AccountEmail).SingleAsync(Ct);
    }

    internal static async Task<string> AccountEmailOfAsync(WebFactory factory, Guid expertId)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ILcPeersDb>();
        return await db.Experts.Where(e => e.Id == new Domain.Experts.ExpertId(expertId)).Select(e => e.AccountEmail).SingleAsync(Ct);
    }
}
