using System.Net;
using LcPeers.Api.Tests.Infrastructure;
using LcPeers.Domain.Common;
using MimeKit;

namespace LcPeers.Api.Tests.Lifecycle;

/// <summary>A host of its own with no experts at all, so every request finds nobody eligible.</summary>
public sealed class ConfirmationTests(AnswerWindowFixture factory) : IClassFixture<AnswerWindowFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static bool IsConfirmation(MimeMessage m) => (m.Subject ?? "").StartsWith("Ontvangen: hulpvraag van", StringComparison.Ordinal);

    private static bool IsNoCandidate(MimeMessage m) => (m.Subject ?? "").StartsWith("Nog geen expert gevonden", StringComparison.Ordinal);

    [Fact]
    public async Task SubmittingARequest_ConfirmsItToTheCoordinatorOnce()
    {
        var s = await new Scenario(factory, Scenario.NewTag()).WithRequestAsync();

        var confirmation = s.Mine(await factory.Smtp.WaitForAsync(m => s.Mine(m).Any(IsConfirmation), "the submit confirmation")).Single(IsConfirmation);
        Assert.True(confirmation.IsTo(s.CoordinatorEmail));
        Assert.Contains("CIV Wind op Zee", confirmation.TextBody ?? "", StringComparison.Ordinal);
        Assert.StartsWith("Beste coördinator,", confirmation.TextBody ?? "", StringComparison.Ordinal); // no name on record
        await Task.Delay(300, Ct);
        Assert.Single(s.Mine(factory.Smtp.Messages), IsConfirmation);
    }

    [Fact]
    public async Task Confirmation_GreetsACoordinatorWhoseNameIsKnown_ByName()
    {
        var s = await new Scenario(factory, Scenario.NewTag(), coordinatorName: "Noor de Vries").WithRequestAsync();

        var confirmation = s.Mine(await factory.Smtp.WaitForAsync(m => s.Mine(m).Any(IsConfirmation), "the submit confirmation")).Single(IsConfirmation);

        Assert.StartsWith("Beste Noor de Vries,", confirmation.TextBody ?? "", StringComparison.Ordinal);
        Assert.Equal("Noor de Vries", confirmation.To.Mailboxes.Single().Name);
    }

    [Fact]
    public async Task ProposalCallFindingNobody_TellsTheCoordinatorOnce_WhatStaffWillDo()
    {
        var s = await new Scenario(factory, Scenario.NewTag()).WithRequestAsync();

        await (await s.Staff.PostAsync($"/api/requests/{s.RequestId}/proposals", null, Ct)).AssertProblemCodeAsync(HttpStatusCode.Conflict, RuleCodes.Request.NoCandidates);
        await (await s.Staff.PostAsync($"/api/requests/{s.RequestId}/proposals", null, Ct)).AssertProblemCodeAsync(HttpStatusCode.Conflict, RuleCodes.Request.NoCandidates);

        var notice = s.Mine(await factory.Smtp.WaitForAsync(m => s.Mine(m).Any(IsNoCandidate), "the no-candidate notice")).Single(IsNoCandidate);
        Assert.True(notice.IsTo(s.CoordinatorEmail));
        Assert.Contains("nieuwe experts", notice.TextBody ?? "", StringComparison.Ordinal);
        await Task.Delay(300, Ct);
        Assert.Single(s.Mine(factory.Smtp.Messages), IsNoCandidate);
    }
}
