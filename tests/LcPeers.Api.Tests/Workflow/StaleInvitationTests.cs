using System.Net;
using LcPeers.Api.Tests.Infrastructure;
using LcPeers.Domain.Auditing;
using LcPeers.Domain.Common;
using LcPeers.Domain.Matching;
using Microsoft.EntityFrameworkCore;

namespace LcPeers.Api.Tests.Workflow;

/// <summary>Closing a request ends its open invitations, and the invited experts hear it.</summary>
public sealed class StaleInvitationTests(MailFixture factory) : IClassFixture<MailFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Withdraw_WithdrawsTheOpenInvitation_TellsTheExpert_AndSupersedesTheWaitingOnes()
    {
        var tag = Scenario.NewTag();
        var s = await new Scenario(factory, tag).WithRequestAsync(shape: b => b["expertsWanted"] = 2);
        var ids = await s.ProposeAsync((await s.RegisterExpertAsync(1), false), (await s.RegisterExpertAsync(2), false), (await s.RegisterExpertAsync(3), true));
        await (await s.Staff.PostAsync($"/api/proposals/{ids[0]}/approve", null, Ct)).ReadJsonAsync(HttpStatusCode.OK);
        await factory.Smtp.WaitForAsync(m => s.Mine(m).Count >= 1, "the invitation");

        await (await s.Coordinator.PostJsonAsync($"/api/requests/{s.RequestId}/withdraw", new { reason = "Solved it ourselves." })).ReadJsonAsync(HttpStatusCode.OK);

        Assert.Equal(["withdrawn", "superseded", "superseded"], await StatusesAsync(s, ids));
        var invitations = await (await s.Expert(1).GetAsync("/api/experts/me/invitations", Ct)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Empty(invitations.EnumerateArray());
        await (await s.Expert(1).PostAsync($"/api/proposals/{ids[0]}/accept", null, Ct)).AssertProblemCodeAsync(HttpStatusCode.Conflict, RuleCodes.Proposal.NotPending);

        var mail = s.Mine(await factory.Smtp.WaitForAsync(m => s.Mine(m).Count >= 2, "the withdrawal"));
        var told = Assert.Single(mail, m => (m.Subject ?? "").StartsWith("Uitnodiging vervallen", StringComparison.Ordinal));
        Assert.True(told.IsTo(Scenario.ExpertContact(tag, 1)));
        Assert.Contains("CIV Wind op Zee heeft de vraag ingetrokken", told.TextBody ?? "", StringComparison.Ordinal);
        Assert.DoesNotContain(s.CoordinatorEmail, told.AllText(), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(mail, m => m.IsTo(Scenario.ExpertContact(tag, 2)) || m.IsTo(Scenario.ExpertContact(tag, 3))); // never invited

        var audit = await (await s.Staff.GetAsync($"/api/audit?entityId={ids[0]}", Ct)).ReadJsonAsync(HttpStatusCode.OK);
        var withdrawn = Assert.Single(audit.EnumerateArray(), a => a.GetProperty("action").GetString() == AuditActions.Withdraw);
        Assert.Equal("approved", withdrawn.GetProperty("from").GetString());
        Assert.Equal("withdrawn", withdrawn.GetProperty("to").GetString());
    }

    [Fact]
    public async Task Cancel_WithdrawsTheOpenInvitation_AndTellsTheExpertInTheirLanguage_OnlyOnce()
    {
        var tag = Scenario.NewTag();
        var s = await new Scenario(factory, tag).WithRequestAsync();
        var ids = await s.ProposeAsync((await s.RegisterExpertAsync(1, ["en"]), false));
        await (await s.Staff.PostAsync($"/api/proposals/{ids[0]}/approve", null, Ct)).ReadJsonAsync(HttpStatusCode.OK);

        await (await s.Staff.PostJsonAsync($"/api/requests/{s.RequestId}/cancel", new { reason = "The LC stopped." })).ReadJsonAsync(HttpStatusCode.OK);

        Assert.Equal(["withdrawn"], await StatusesAsync(s, ids));
        var mail = s.Mine(await factory.Smtp.WaitForAsync(m => s.Mine(m).Count >= 2, "the withdrawal"));
        var told = Assert.Single(mail, m => (m.Subject ?? "").StartsWith("Invitation withdrawn", StringComparison.Ordinal));
        Assert.Contains("The LcPeers team stopped the request of CIV Wind op Zee", told.TextBody ?? "", StringComparison.Ordinal);
        var withdrawals = await s.InDbAsync(db => db.OutboxEmails.CountAsync(e => e.RelatedEntityId == ids[0] && e.Kind == "proposal.invitation-withdrawn", Ct));
        Assert.Equal(1, withdrawals);
    }

    [Fact]
    public async Task Withdraw_LeavesAnsweredProposalsAsTheyAre()
    {
        var s = await new Scenario(factory, Scenario.NewTag()).WithRequestAsync(shape: b => b["expertsWanted"] = 2);
        var ids = await s.ProposeAsync((await s.RegisterExpertAsync(1), false), (await s.RegisterExpertAsync(2), false));
        await (await s.Staff.PostAsync($"/api/proposals/{ids[0]}/approve", null, Ct)).ReadJsonAsync(HttpStatusCode.OK);
        await (await s.Expert(1).PostJsonAsync($"/api/proposals/{ids[0]}/decline", new { reason = "too busy" })).ReadJsonAsync(HttpStatusCode.OK);

        await (await s.Coordinator.PostJsonAsync($"/api/requests/{s.RequestId}/withdraw", new { reason = "Solved it ourselves." })).ReadJsonAsync(HttpStatusCode.OK);

        Assert.Equal(["declined", "superseded"], await StatusesAsync(s, ids));
    }

    private static async Task<List<string>> StatusesAsync(Scenario s, List<Guid> ids)
    {
        var statuses = new List<string>();
        foreach (var id in ids)
        {
            var status = await s.InDbAsync(db => db.Proposals.Where(p => p.Id == new ProposalId(id)).Select(p => p.Status).FirstAsync(Ct));
            statuses.Add(Codes<ProposalStatus>.Of(status));
        }

        return statuses;
    }
}
