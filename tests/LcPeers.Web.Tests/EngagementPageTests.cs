using System.Net;
using LcPeers.Web.Tests.Infrastructure;

namespace LcPeers.Web.Tests;

/// <summary>The engagement page's own rules without a browser: the period beside the date, a cancellation's reason, and who may close.</summary>
public sealed class EngagementPageTests(WebFactory factory) : IClassFixture<WebFactory>
{
    private static CancellationToken Ct => Html.Ct;

    private async Task<HttpClient> SignedInAsync(string email)
    {
        var client = factory.Browserless();
        await client.SignInAsync(email);
        return client;
    }

    [Fact]
    public async Task SessionOutsideThePeriod_TooLongReason_AndClosing_AnswerInDutchBesideTheField()
    {
        var coordinator = await SignedInAsync(WebFactory.CoordinatorWindOpZee);
        var request = await WorkflowPageTests.SubmitOwnRequestAsync(coordinator); // 1 March to 30 April 2027
        var staff = await SignedInAsync(WebFactory.Staff);
        var matchingUrl = "/staff" + request;
        var page = await staff.GetPageAsync(matchingUrl);
        Assert.Equal(HttpStatusCode.Redirect, (await staff.PostFormAsync(matchingUrl + "?handler=Propose", [new("__RequestVerificationToken", page.Token())])).StatusCode);
        page = await staff.GetPageAsync(matchingUrl);
        var proposalId = page.QuerySelectorAll("tr[data-proposal-id]").First(r => r.QuerySelector("[data-status='proposed']") is not null).GetAttribute("data-proposal-id")!;
        Assert.Equal(HttpStatusCode.Redirect, (await staff.PostFormAsync($"{matchingUrl}?handler=Approve&proposalId={proposalId}", [new("__RequestVerificationToken", page.Token())])).StatusCode);
        var expertEmail = await WorkflowPageTests.ExpertAccountOfProposalAsync(factory, Guid.Parse(proposalId));
        var expert = await SignedInAsync(expertEmail);
        var invitations = await expert.GetPageAsync("/expert/invitations");
        Assert.Equal(HttpStatusCode.Redirect, (await expert.PostFormAsync($"/expert/invitations?handler=Accept&proposalId={proposalId}", [new("__RequestVerificationToken", invitations.Token())])).StatusCode);

        var engagementUrl = request + "/engagement";
        var engagement = await coordinator.GetPageAsync(engagementUrl);
        Assert.Equal("2027-03-01T00:00", engagement.QuerySelector("input[name='Form.Start']")!.GetAttribute("min"));
        Assert.Equal("2027-04-30T23:59", engagement.QuerySelector("input[name='Form.End']")!.GetAttribute("max"));
        Assert.Equal("Een sessie valt binnen de periode van het traject: 1 maart 2027 t/m 30 april 2027.", engagement.GetElementById("session-period-hint")!.TextContent.Trim());

        var outside = await (await coordinator.PostFormAsync(engagementUrl + "?handler=Schedule", [new("__RequestVerificationToken", engagement.Token()),
            new("Form.Title", "Te laat"), new("Form.Start", "2027-05-03T10:00"), new("Form.End", "2027-05-03T11:00")])).ReadDocumentAsync(HttpStatusCode.OK);
        Assert.Equal("Kies een datum binnen de periode van het traject.", outside.FieldError("Form.Start"));
        Assert.Equal("true", outside.QuerySelector("input[name='Form.Start']")!.GetAttribute("aria-invalid"));
        Assert.Equal("2027-05-03T10:00", outside.QuerySelector("input[name='Form.Start']")!.GetAttribute("value")); // what was typed stays

        Assert.Equal(HttpStatusCode.Redirect, (await coordinator.PostFormAsync(engagementUrl + "?handler=Schedule", [new("__RequestVerificationToken", engagement.Token()),
            new("Form.Title", "Op tijd"), new("Form.Start", "2027-04-30T15:00"), new("Form.End", "2027-04-30T16:00")])).StatusCode);
        engagement = await coordinator.GetPageAsync(engagementUrl);
        var sessionId = engagement.QuerySelectorAll("tr[data-session-id]").Single(r => r.TextContent.Contains("Op tijd", StringComparison.Ordinal)).GetAttribute("data-session-id")!;

        // Cancelling shows a confirmation first; a GET changes nothing.
        var confirm = await coordinator.GetPageAsync($"{engagementUrl}?cancelSessionId={sessionId}");
        Assert.NotNull(confirm.QuerySelector("#cancel-section textarea[name='Cancel.Reason']"));
        Assert.NotNull(confirm.QuerySelector($"tr[data-session-id='{sessionId}'] [data-status='scheduled']"));

        var tooLong = await (await coordinator.PostFormAsync($"{engagementUrl}?handler=CancelSession&sessionId={sessionId}",
            [new("__RequestVerificationToken", confirm.Token()), new("Cancel.Reason", new string('x', 501))])).ReadDocumentAsync(HttpStatusCode.OK);
        Assert.Equal("‘Reden’ mag hoogstens 500 tekens lang zijn (nu 501).", tooLong.FieldError("Cancel.Reason"));
        Assert.NotNull(tooLong.QuerySelector($"tr[data-session-id='{sessionId}'] [data-status='scheduled']"));
        var control = await (await coordinator.PostFormAsync($"{engagementUrl}?handler=CancelSession&sessionId={sessionId}",
            [new("__RequestVerificationToken", confirm.Token()), new("Cancel.Reason", "Zaal\u0007 bezet")])).ReadDocumentAsync(HttpStatusCode.OK);
        Assert.Equal("‘Reden’ mag geen onzichtbare stuurtekens bevatten.", control.FieldError("Cancel.Reason"));

        // The expert cannot close the engagement: the page offers nothing and the handler refuses.
        var expertPage = await expert.GetPageAsync("/expert/engagements");
        var engagementId = engagement.QuerySelector("section[data-engagement-id]")!.GetAttribute("data-engagement-id")!;
        Assert.NotNull(expertPage.QuerySelector($"a[href='/expert/engagements/{engagementId}']"));
        Assert.Equal(HttpStatusCode.Forbidden, (await expert.GetAsync(engagementUrl, Ct)).StatusCode);

        var close = await coordinator.GetPageAsync($"{engagementUrl}?confirmClose=true");
        Assert.NotNull(close.QuerySelector("#close-section form button[type=submit]"));
        Assert.Equal(HttpStatusCode.Redirect, (await coordinator.PostFormAsync($"{engagementUrl}?handler=Complete", [new("__RequestVerificationToken", close.Token())])).StatusCode);
        var closed = await coordinator.GetPageAsync(engagementUrl);
        Assert.NotNull(closed.QuerySelector("section[data-engagement-id] [data-status='completed']"));
        Assert.NotNull(closed.QuerySelector("select[name='Feedback.Rating']"));
        Assert.Null(closed.QuerySelector("#close-section"));
        Assert.NotNull(closed.QuerySelector($"tr[data-session-id='{sessionId}'] [data-status='cancelled']")); // the session ahead was called off
    }
}
