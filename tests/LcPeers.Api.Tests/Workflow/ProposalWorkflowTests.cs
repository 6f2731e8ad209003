using System.Net;
using System.Text.Json;
using LcPeers.Api.Tests.Infrastructure;
using LcPeers.Domain.Common;
using LcPeers.Domain.Matching;
using Microsoft.EntityFrameworkCore;

namespace LcPeers.Api.Tests.Workflow;

public sealed class ProposalWorkflowTests(MailFixture factory) : IClassFixture<MailFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Approve_InvitesTheExpertByEmail_WithRequestDetailsButNoContactDetails()
    {
        var tag = Scenario.NewTag();
        var s = await new Scenario(factory, tag).WithRequestAsync();
        var expert = await s.RegisterExpertAsync(1);
        var proposal = (await s.ProposeAsync((expert, false)))[0];

        Assert.Equal(HttpStatusCode.NotFound, (await s.Expert(1).GetAsync($"/api/proposals/{proposal}", Ct)).StatusCode);
        var approved = await (await s.Staff.PostAsync($"/api/proposals/{proposal}/approve", null, Ct)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal("approved", approved.GetProperty("status").GetString());

        var mail = s.Mine(await factory.Smtp.WaitForAsync(m => s.Mine(m).Count >= 1, "the invitation"));
        var invitation = Assert.Single(mail);
        Assert.True(invitation.IsTo(Scenario.ExpertContact(tag, 1)));
        Assert.StartsWith("Uitnodiging: CIV Wind op Zee", invitation.Subject, StringComparison.Ordinal);
        Assert.Contains("self-sustaining business model", invitation.TextBody ?? "", StringComparison.Ordinal);
        Assert.Contains("business model", invitation.HtmlBody ?? "", StringComparison.Ordinal);
        Assert.DoesNotContain(s.CoordinatorEmail, invitation.AllText(), StringComparison.OrdinalIgnoreCase);
        var outboxId = await s.InDbAsync(db => db.OutboxEmails.Where(e => e.RelatedEntityId == proposal).Select(e => e.Id).SingleAsync(Ct));
        Assert.Equal($"{outboxId:N}@lcpeers", invitation.MessageId);

        var asExpert = await (await s.Expert(1).GetAsync($"/api/proposals/{proposal}", Ct)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal("approved", asExpert.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, asExpert.GetProperty("score").ValueKind);
        Assert.Equal(JsonValueKind.Null, asExpert.GetProperty("approvedBy").ValueKind);

        var invitations = await (await s.Expert(1).GetAsync("/api/experts/me/invitations", Ct)).ReadJsonAsync(HttpStatusCode.OK);
        var item = Assert.Single(invitations.EnumerateArray());
        Assert.Equal(proposal, item.GetProperty("proposalId").GetGuid());
        Assert.Equal("CIV Wind op Zee", item.GetProperty("learningCommunityName").GetString());
        Assert.False(item.TryGetProperty("createdBy", out _));
        Assert.DoesNotContain(s.CoordinatorEmail, item.GetRawText(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Accept_StartsEngagement_IntroducesBothSides_AndSharesContactDetailsFromThenOn()
    {
        var tag = Scenario.NewTag();
        var s = await new Scenario(factory, tag).WithRequestAsync();
        var expert = await s.RegisterExpertAsync(1);
        var alternate = await s.RegisterExpertAsync(2);
        var ids = await s.ProposeAsync((expert, false), (alternate, true));
        await (await s.Staff.PostAsync($"/api/proposals/{ids[0]}/approve", null, Ct)).ReadJsonAsync(HttpStatusCode.OK);

        Assert.Equal(HttpStatusCode.Forbidden, (await s.Coordinator.GetAsync($"/api/experts/{expert}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await s.Expert(2).PostAsync($"/api/proposals/{ids[0]}/accept", null, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await s.Staff.PostAsync($"/api/proposals/{ids[0]}/accept", null, Ct)).StatusCode);

        factory.Time.Advance(TimeSpan.FromMinutes(1)); // audit entries are listed in time order
        var accepted = await (await s.Expert(1).PostAsync($"/api/proposals/{ids[0]}/accept", null, Ct)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal("accepted", accepted.GetProperty("status").GetString());
        var engagementId = accepted.GetProperty("engagementId").GetGuid();

        var request = await (await s.Coordinator.GetAsync($"/api/requests/{s.RequestId}", Ct)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal("matched", request.GetProperty("status").GetString());
        Assert.Equal(engagementId, request.GetProperty("engagementId").GetGuid());
        var proposalAsStaff = await (await s.Staff.GetAsync($"/api/proposals/{ids[0]}", Ct)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(engagementId, proposalAsStaff.GetProperty("engagementId").GetGuid());
        var superseded = await (await s.Staff.GetAsync($"/api/proposals/{ids[1]}", Ct)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal("superseded", superseded.GetProperty("status").GetString());

        var profile = await (await s.Coordinator.GetAsync($"/api/experts/{expert}", Ct)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(Scenario.ExpertContact(tag, 1), profile.GetProperty("email").GetString());

        var mail = s.Mine(await factory.Smtp.WaitForAsync(m => s.Mine(m).Count >= 3, "invitation and two introductions"));
        Assert.Equal(3, mail.Count);
        var toExpert = Assert.Single(mail, m => m.IsTo(Scenario.ExpertContact(tag, 1)) && (m.Subject ?? "").StartsWith("Kennismaking", StringComparison.Ordinal));
        Assert.Contains(s.CoordinatorEmail, toExpert.AllText(), StringComparison.Ordinal);
        var toCoordinator = Assert.Single(mail, m => m.IsTo(s.CoordinatorEmail));
        Assert.Contains(Scenario.ExpertContact(tag, 1), toCoordinator.AllText(), StringComparison.Ordinal);

        var engagement = await (await s.Expert(1).GetAsync($"/api/engagements/{engagementId}", Ct)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(24, engagement.GetProperty("hoursBudget").GetInt32());
        Assert.Equal("2027-02-01", engagement.GetProperty("start").GetString());
        Assert.Equal("2027-05-31", engagement.GetProperty("end").GetString());
        var mine = await (await s.Expert(1).GetAsync("/api/experts/me/engagements", Ct)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(engagementId, Assert.Single(mine.EnumerateArray()).GetProperty("id").GetGuid());
        Assert.Empty((await (await s.Expert(1).GetAsync("/api/experts/me/invitations", Ct)).ReadJsonAsync(HttpStatusCode.OK)).EnumerateArray());
        Assert.Equal(HttpStatusCode.Forbidden, (await s.Expert(2).GetAsync($"/api/engagements/{engagementId}", Ct)).StatusCode);

        var audit = await (await s.Staff.GetAsync($"/api/audit?entityId={ids[0]}", Ct)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(["approve", "accept"], audit.EnumerateArray().Select(a => a.GetProperty("action").GetString()));
        var accept = audit.EnumerateArray().Last();
        Assert.Equal("approved", accept.GetProperty("from").GetString());
        Assert.Equal("accepted", accept.GetProperty("to").GetString());
        Assert.Equal(Scenario.ExpertAccount(tag, 1), accept.GetProperty("actor").GetString());
        var requestAudit = await (await s.Staff.GetAsync($"/api/audit?entityId={s.RequestId}", Ct)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Contains(requestAudit.EnumerateArray(), a => a.GetProperty("action").GetString() == "matched");
        Assert.Equal(HttpStatusCode.Forbidden, (await s.Coordinator.GetAsync($"/api/audit?entityId={ids[0]}", Ct)).StatusCode);
    }

    [Fact]
    public async Task Reject_NeedsAReason_AndPromotesTheBestRankedAlternate()
    {
        var s = await new Scenario(factory, Scenario.NewTag()).WithRequestAsync();
        var ids = await s.ProposeAsync((await s.RegisterExpertAsync(1), false), (await s.RegisterExpertAsync(2), true), (await s.RegisterExpertAsync(3), true));

        await (await s.Staff.PostJsonAsync($"/api/proposals/{ids[0]}/reject", new { reason = " " })).AssertValidationProblemAsync("reason");
        var rejected = await (await s.Staff.PostJsonAsync($"/api/proposals/{ids[0]}/reject", new { reason = "Works for a partner of this LC." })).ReadJsonAsync(HttpStatusCode.OK);

        Assert.Equal("rejected", rejected.GetProperty("status").GetString());
        Assert.Equal("proposed", (await (await s.Staff.GetAsync($"/api/proposals/{ids[1]}", Ct)).ReadJsonAsync(HttpStatusCode.OK)).GetProperty("status").GetString());
        Assert.Equal("alternate", (await (await s.Staff.GetAsync($"/api/proposals/{ids[2]}", Ct)).ReadJsonAsync(HttpStatusCode.OK)).GetProperty("status").GetString());
        var audit = await (await s.Staff.GetAsync($"/api/audit?entityId={ids[0]}", Ct)).ReadJsonAsync(HttpStatusCode.OK);
        var entry = Assert.Single(audit.EnumerateArray());
        Assert.Equal("Works for a partner of this LC.", entry.GetProperty("reason").GetString());
        Assert.Equal("staff@tse.example", entry.GetProperty("actor").GetString());
        var promote = await (await s.Staff.GetAsync($"/api/audit?entityId={ids[1]}", Ct)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal("promote", Assert.Single(promote.EnumerateArray()).GetProperty("action").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, (await s.Coordinator.PostAsync($"/api/proposals/{ids[1]}/approve", null, Ct)).StatusCode);
    }

    [Fact]
    public async Task Decline_WithReason_PromotesTheNextAlternate_AndCannotBeAnsweredAgain()
    {
        var s = await new Scenario(factory, Scenario.NewTag()).WithRequestAsync();
        var ids = await s.ProposeAsync((await s.RegisterExpertAsync(1), false), (await s.RegisterExpertAsync(2), true));
        await (await s.Staff.PostAsync($"/api/proposals/{ids[0]}/approve", null, Ct)).ReadJsonAsync(HttpStatusCode.OK);

        var declined = await (await s.Expert(1).PostJsonAsync($"/api/proposals/{ids[0]}/decline", new { reason = "No time this spring." })).ReadJsonAsync(HttpStatusCode.OK);

        Assert.Equal("declined", declined.GetProperty("status").GetString());
        Assert.Equal("No time this spring.", declined.GetProperty("reason").GetString());
        Assert.Equal("proposed", (await (await s.Staff.GetAsync($"/api/proposals/{ids[1]}", Ct)).ReadJsonAsync(HttpStatusCode.OK)).GetProperty("status").GetString());
        await (await s.Expert(1).PostAsync($"/api/proposals/{ids[0]}/accept", null, Ct)).AssertProblemCodeAsync(HttpStatusCode.Conflict, RuleCodes.Proposal.NotPending);
    }

    [Fact]
    public async Task TwoStaffApprovingAtOnce_ExactlyOneWins_TheOtherGets409NotPending()
    {
        var s = await new Scenario(factory, Scenario.NewTag()).WithRequestAsync();
        var ids = await s.ProposeAsync((await s.RegisterExpertAsync(1), false), (await s.RegisterExpertAsync(2), false), (await s.RegisterExpertAsync(3), false));
        var staffA = factory.ClientAs("a@tse.example", "Staff");
        var staffB = factory.ClientAs("b@tse.example", "Staff");

        foreach (var id in ids)
        {
            var responses = await Task.WhenAll(
                staffA.PostAsync($"/api/proposals/{id}/approve", null, Ct),
                staffB.PostAsync($"/api/proposals/{id}/approve", null, Ct));

            Assert.Single(responses, r => r.StatusCode == HttpStatusCode.OK);
            await Assert.Single(responses, r => r.StatusCode != HttpStatusCode.OK).AssertProblemCodeAsync(HttpStatusCode.Conflict, RuleCodes.Proposal.NotPending);
            var outbox = await s.InDbAsync(db => db.OutboxEmails.CountAsync(e => e.Kind == "proposal.invitation" && e.RelatedEntityId == id, Ct));
            Assert.Equal(1, outbox);
            var audit = await (await s.Staff.GetAsync($"/api/audit?entityId={id}", Ct)).ReadJsonAsync(HttpStatusCode.OK);
            Assert.Single(audit.EnumerateArray());
        }
    }

    [Fact]
    public async Task TwoExpertsAcceptingAtOnce_ForARequestWantingTwo_BothEngage_AndTheRequestIsMatched()
    {
        var s = await new Scenario(factory, Scenario.NewTag()).WithRequestAsync(shape: b => b["expertsWanted"] = 2);
        var ids = await s.ProposeAsync((await s.RegisterExpertAsync(1), false), (await s.RegisterExpertAsync(2), false), (await s.RegisterExpertAsync(3), true));
        await (await s.Staff.PostAsync($"/api/proposals/{ids[0]}/approve", null, Ct)).ReadJsonAsync(HttpStatusCode.OK);
        await (await s.Staff.PostAsync($"/api/proposals/{ids[1]}/approve", null, Ct)).ReadJsonAsync(HttpStatusCode.OK);

        var responses = await Task.WhenAll(
            s.Expert(1).PostAsync($"/api/proposals/{ids[0]}/accept", null, Ct),
            s.Expert(2).PostAsync($"/api/proposals/{ids[1]}/accept", null, Ct));

        foreach (var response in responses)
        {
            await response.ReadJsonAsync(HttpStatusCode.OK); // names the problem in the failure message
        }

        var request = await (await s.Coordinator.GetAsync($"/api/requests/{s.RequestId}", Ct)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal("matched", request.GetProperty("status").GetString());
        Assert.Equal(2, request.GetProperty("engagementIds").GetArrayLength());
        Assert.Equal("superseded", (await (await s.Staff.GetAsync($"/api/proposals/{ids[2]}", Ct)).ReadJsonAsync(HttpStatusCode.OK)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Approve_ForAWithdrawnRequest_Is409RequestClosed()
    {
        var s = await new Scenario(factory, Scenario.NewTag()).WithRequestAsync();
        var ids = await s.ProposeAsync((await s.RegisterExpertAsync(1), false));
        await (await s.Coordinator.PostJsonAsync($"/api/requests/{s.RequestId}/withdraw", new { reason = "Solved it ourselves." })).ReadJsonAsync(HttpStatusCode.OK);

        await (await s.Staff.PostAsync($"/api/proposals/{ids[0]}/approve", null, Ct)).AssertProblemCodeAsync(HttpStatusCode.Conflict, RuleCodes.Request.Closed);
    }

    [Fact]
    public async Task ExpertAnsweringTwiceAtOnce_ExactlyOneWins_OneEngagement()
    {
        var s = await new Scenario(factory, Scenario.NewTag()).WithRequestAsync();
        var ids = await s.ProposeAsync((await s.RegisterExpertAsync(1), false));
        await (await s.Staff.PostAsync($"/api/proposals/{ids[0]}/approve", null, Ct)).ReadJsonAsync(HttpStatusCode.OK);
        var first = s.Expert(1);
        var second = s.Expert(1);

        var responses = await Task.WhenAll(
            first.PostAsync($"/api/proposals/{ids[0]}/accept", null, Ct),
            second.PostJsonAsync($"/api/proposals/{ids[0]}/decline", new { reason = "changed my mind" }));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.OK);
        await Assert.Single(responses, r => r.StatusCode != HttpStatusCode.OK).AssertProblemCodeAsync(HttpStatusCode.Conflict, RuleCodes.Proposal.NotPending);
        var requestId = new Domain.Requests.SupportRequestId(s.RequestId);
        var engagements = await s.InDbAsync(db => db.Engagements.CountAsync(e => e.RequestId == requestId, Ct));
        var status = await s.InDbAsync(db => db.Proposals.Where(p => p.Id == new ProposalId(ids[0])).Select(p => p.Status).FirstAsync(Ct));
        Assert.Equal(status == ProposalStatus.Accepted ? 1 : 0, engagements);
    }
}
