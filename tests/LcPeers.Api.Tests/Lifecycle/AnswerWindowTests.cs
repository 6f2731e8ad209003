using System.Net;
using System.Text.Json;
using LcPeers.Api.Tests.Infrastructure;
using LcPeers.Domain.Common;
using MimeKit;

namespace LcPeers.Api.Tests.Lifecycle;

public sealed class AnswerWindowTests(AnswerWindowFixture factory) : IClassFixture<AnswerWindowFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static bool IsReminder(MimeMessage m) => (m.Subject ?? "").StartsWith("Reminder: invitation from", StringComparison.Ordinal);

    private static bool IsNoLongerNeeded(MimeMessage m) => (m.Subject ?? "").StartsWith("No longer needed:", StringComparison.Ordinal);

    private static JsonElement ProposalIn(JsonElement list, Guid id) => list.EnumerateArray().Single(p => p.GetProperty("id").GetGuid() == id);

    [Fact]
    public async Task UnansweredInvitation_IsRemindedOnceHalfway_ExpiresOnce_TellsTheExpertOnce_AndProposesTheNextAlternate()
    {
        var tag = Scenario.NewTag();
        var s = await new Scenario(factory, tag).WithRequestAsync();
        var first = await s.RegisterExpertAsync(1, ["en"]); // English only: the mails come in English
        var second = await s.RegisterExpertAsync(2);
        var ids = await s.ProposeAsync((first, false), (second, true));
        var approvedAt = factory.Time.GetUtcNow();
        var approved = await (await s.Staff.PostAsync($"/api/proposals/{ids[0]}/approve", null, Ct)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(approvedAt.AddDays(2), approved.GetProperty("answerBy").GetDateTimeOffset());

        // The expert sees the date on their invitation; staff see it in the request's proposals.
        var invitation = (await (await s.Expert(1).GetAsync("/api/experts/me/invitations", Ct)).ReadJsonAsync(HttpStatusCode.OK)).EnumerateArray().Single();
        Assert.Equal(approvedAt.AddDays(2), invitation.GetProperty("answerBy").GetDateTimeOffset());
        var listed = await (await s.Staff.GetAsync($"/api/requests/{s.RequestId}/proposals", Ct)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal("approved", ProposalIn(listed, ids[0]).GetProperty("status").GetString());
        Assert.Equal(approvedAt.AddDays(2), ProposalIn(listed, ids[0]).GetProperty("answerBy").GetDateTimeOffset());
        Assert.Equal(JsonValueKind.Null, ProposalIn(listed, ids[1]).GetProperty("answerBy").ValueKind);

        // Before halfway: no reminder.
        factory.Time.Advance(TimeSpan.FromHours(23));
        await factory.SweepAsync();
        await Task.Delay(300, Ct);
        Assert.DoesNotContain(s.Mine(factory.Smtp.Messages), IsReminder);

        // Past halfway: several sweeps at once (and the scheduled job) send one reminder, naming the answer-by date.
        factory.Time.Advance(TimeSpan.FromHours(2));
        await Task.WhenAll(factory.SweepAsync(), factory.SweepAsync(), factory.SweepAsync());
        var reminder = s.Mine(await factory.Smtp.WaitForAsync(m => s.Mine(m).Any(IsReminder), "the halfway reminder")).Single(IsReminder);
        Assert.True(reminder.IsTo(Scenario.ExpertContact(tag, 1)));
        Assert.Contains("Please answer by", reminder.TextBody ?? "", StringComparison.Ordinal);
        await factory.SweepAsync();
        await Task.Delay(300, Ct);
        Assert.Single(s.Mine(factory.Smtp.Messages), IsReminder);
        Assert.Equal("approved", ProposalIn(await (await s.Staff.GetAsync($"/api/requests/{s.RequestId}/proposals", Ct)).ReadJsonAsync(HttpStatusCode.OK), ids[0])
            .GetProperty("status").GetString());

        // The window closes: one kind "no longer needed", the invitation expired, the next alternate proposed to staff.
        factory.Time.Advance(TimeSpan.FromHours(24));
        await Task.WhenAll(factory.SweepAsync(), factory.SweepAsync());
        var gone = s.Mine(await factory.Smtp.WaitForAsync(m => s.Mine(m).Any(IsNoLongerNeeded), "the no-longer-needed mail")).Single(IsNoLongerNeeded);
        Assert.True(gone.IsTo(Scenario.ExpertContact(tag, 1)));
        await factory.SweepAsync();
        factory.Time.Advance(TimeSpan.FromHours(1));
        await factory.SweepAsync();
        await Task.Delay(300, Ct);
        Assert.Single(s.Mine(factory.Smtp.Messages), IsNoLongerNeeded);
        Assert.Single(s.Mine(factory.Smtp.Messages), IsReminder);

        var after = await (await s.Staff.GetAsync($"/api/requests/{s.RequestId}/proposals", Ct)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal("expired", ProposalIn(after, ids[0]).GetProperty("status").GetString());
        Assert.Equal("proposed", ProposalIn(after, ids[1]).GetProperty("status").GetString());
        Assert.Contains("approve", ProposalIn(after, ids[1]).GetProperty("actions").EnumerateArray().Select(a => a.GetString()));
        Assert.DoesNotContain(s.Mine(factory.Smtp.Messages), m => m.IsTo(Scenario.ExpertContact(tag, 2))); // not invited without staff
        var audit = await (await s.Staff.GetAsync($"/api/audit?entityId={ids[0]}", Ct)).ReadJsonAsync(HttpStatusCode.OK);
        var expiry = audit.EnumerateArray().Single(a => a.GetProperty("action").GetString() == "expire");
        Assert.Equal("approved", expiry.GetProperty("from").GetString());
        Assert.Equal("expired", expiry.GetProperty("to").GetString());

        // Answering now is refused with the rule's code, and the invitation is gone from the expert's list.
        await (await s.Expert(1).PostAsync($"/api/proposals/{ids[0]}/accept", null, Ct)).AssertProblemCodeAsync(HttpStatusCode.Conflict, RuleCodes.Proposal.Expired);
        Assert.Empty((await (await s.Expert(1).GetAsync("/api/experts/me/invitations", Ct)).ReadJsonAsync(HttpStatusCode.OK)).EnumerateArray());
    }

    [Fact]
    public async Task AcceptAfterTheWindowClosed_BeforeAnySweep_Is409Expired_AndNothingIsAccepted()
    {
        var tag = Scenario.NewTag();
        var s = await new Scenario(factory, tag).WithRequestAsync();
        var ids = await s.ProposeAsync((await s.RegisterExpertAsync(1), false));
        await (await s.Staff.PostAsync($"/api/proposals/{ids[0]}/approve", null, Ct)).ReadJsonAsync(HttpStatusCode.OK);

        factory.Time.Advance(TimeSpan.FromDays(2) + TimeSpan.FromMinutes(1));
        var detail = await (await s.Expert(1).PostAsync($"/api/proposals/{ids[0]}/accept", null, Ct)).AssertProblemCodeAsync(HttpStatusCode.Conflict, RuleCodes.Proposal.Expired);
        Assert.Contains("answer window", detail, StringComparison.Ordinal);
        Assert.Equal(0, await s.InDbAsync(db => Task.FromResult(db.Engagements.Count(e => e.RequestId == new Domain.Requests.SupportRequestId(s.RequestId)))));
    }
}

public sealed class AutoApproveAlternatesTests(AutoApproveFixture factory) : IClassFixture<AutoApproveFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ExpiredInvitation_WithAutoApprove_ApprovesAndInvitesTheNextAlternate_WithItsOwnWindow()
    {
        var tag = Scenario.NewTag();
        var s = await new Scenario(factory, tag).WithRequestAsync();
        var ids = await s.ProposeAsync((await s.RegisterExpertAsync(1), false), (await s.RegisterExpertAsync(2), true));
        await (await s.Staff.PostAsync($"/api/proposals/{ids[0]}/approve", null, Ct)).ReadJsonAsync(HttpStatusCode.OK);

        factory.Time.Advance(TimeSpan.FromDays(2));
        var expiredAt = factory.Time.GetUtcNow();
        await factory.SweepAsync();
        var mails = s.Mine(await factory.Smtp.WaitForAsync(
            m => s.Mine(m).Any(x => x.IsTo(Scenario.ExpertContact(tag, 2))) && s.Mine(m).Any(x => x.IsTo(Scenario.ExpertContact(tag, 1)) && (x.Subject ?? "").StartsWith("Niet meer nodig:", StringComparison.Ordinal)),
            "the no-longer-needed mail and the next alternate's invitation"));
        Assert.Contains(mails, m => m.IsTo(Scenario.ExpertContact(tag, 1)) && (m.Subject ?? "").StartsWith("Niet meer nodig:", StringComparison.Ordinal));
        Assert.StartsWith("Uitnodiging:", mails.Single(m => m.IsTo(Scenario.ExpertContact(tag, 2))).Subject, StringComparison.Ordinal);

        var list = await (await s.Staff.GetAsync($"/api/requests/{s.RequestId}/proposals", Ct)).ReadJsonAsync(HttpStatusCode.OK);
        var next = list.EnumerateArray().Single(p => p.GetProperty("id").GetGuid() == ids[1]);
        Assert.Equal("approved", next.GetProperty("status").GetString());
        Assert.Equal(["system"], next.GetProperty("approvedBy").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal(expiredAt.AddDays(2), next.GetProperty("answerBy").GetDateTimeOffset());
        var invitation = (await (await s.Expert(2).GetAsync("/api/experts/me/invitations", Ct)).ReadJsonAsync(HttpStatusCode.OK)).EnumerateArray().Single();
        Assert.Equal(ids[1], invitation.GetProperty("proposalId").GetGuid());
    }
}
