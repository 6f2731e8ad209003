using LcPeers.Domain.Common;
using LcPeers.Domain.Engagements;
using LcPeers.Domain.Experts;
using LcPeers.Domain.LearningCommunities;
using LcPeers.Domain.Matching;
using LcPeers.Domain.Reference;
using LcPeers.Domain.Requests;

namespace LcPeers.Domain.Tests;

/// <summary>The aggregates say what happened; the unit of work dispatches it. These tests read the raised events only.</summary>
public sealed class DomainEventTests
{
    private static readonly DateTimeOffset Now = new(2027, 1, 10, 8, 0, 0, TimeSpan.Zero);

    private static SupportRequest Submitted(int expertsWanted = 1)
    {
        var request = SupportRequest.Draft(new LearningCommunityId(Guid.NewGuid()), new RequestDetails(
            Phase.Execution, [Bottleneck.Financing], RequestKind.TemporarySupport, null, "Help", new DateOnly(2027, 2, 1), new DateOnly(2027, 5, 31),
            24, WorkFormat.Online, null, null, [], expertsWanted, []), Actors.Of("c@lc.example"), Now);
        request.Submit(Actors.Of("c@lc.example"), Now);
        request.ClearDomainEvents();
        return request;
    }

    private static Proposal Approved(SupportRequest request)
    {
        var proposal = Proposal.Create(request.Id, new ExpertId(Guid.NewGuid()), 1, 0.8, alternate: false, null, Now);
        proposal.Approve(Actors.Of("staff@tse"), requireSecondApprover: false, Now);
        proposal.ClearDomainEvents();
        return proposal;
    }

    [Fact]
    public void Approve_WithFourEyes_RaisesFirstApprovalThenApproved()
    {
        var proposal = Proposal.Create(new SupportRequestId(Guid.NewGuid()), new ExpertId(Guid.NewGuid()), 1, 0.8, false, null, Now);

        proposal.Approve(Actors.Of("a@tse"), requireSecondApprover: true, Now);
        proposal.Approve(Actors.Of("b@tse"), requireSecondApprover: true, Now.AddMinutes(1));

        Assert.Collection(proposal.DomainEvents,
            e => Assert.Equal(new ProposalFirstApprovalGiven(proposal, ProposalStatus.Proposed, Actors.Of("a@tse"), Now), e),
            e => Assert.Equal(new ProposalApproved(proposal, ProposalStatus.Proposed, Actors.Of("b@tse"), Now.AddMinutes(1)), e));
    }

    [Fact]
    public void Withdraw_AnOpenInvitation_BecomesWithdrawn_AndRaisesProposalWithdrawn()
    {
        var proposal = Approved(Submitted());

        proposal.Withdraw(Actors.Of("c@lc.example"), Now);

        Assert.Equal(ProposalStatus.Withdrawn, proposal.Status);
        Assert.Equal(new ProposalWithdrawn(proposal, ProposalStatus.Approved, Actors.Of("c@lc.example"), Now), Assert.Single(proposal.DomainEvents));
        Assert.Equal(RuleCodes.Proposal.NotPending, Assert.Throws<BusinessRuleException>(() => proposal.Accept(Actors.Of("expert"), Now)).Code);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Withdraw_WhatTheExpertNeverSawOrAnswered_StaysAsItIs(bool alternate)
    {
        var proposal = Proposal.Create(new SupportRequestId(Guid.NewGuid()), new ExpertId(Guid.NewGuid()), 1, 0.8, alternate, null, Now);
        var before = proposal.Status;

        proposal.Withdraw(Actors.Of("c@lc.example"), Now);

        Assert.Equal(before, proposal.Status);
        Assert.Empty(proposal.DomainEvents);
    }

    [Fact]
    public void Supersede_OnlyChangesWaitingProposals_AndSaysWhy()
    {
        var waiting = Proposal.Create(new SupportRequestId(Guid.NewGuid()), new ExpertId(Guid.NewGuid()), 2, 0.7, alternate: true, null, Now);
        var approved = Approved(Submitted());

        waiting.Supersede(Actors.Of("staff"), "full", Now);
        approved.Supersede(Actors.Of("staff"), "full", Now);

        Assert.Equal(new ProposalSuperseded(waiting, ProposalStatus.Alternate, Actors.Of("staff"), "full", Now), Assert.Single(waiting.DomainEvents));
        Assert.Equal(ProposalStatus.Approved, approved.Status);
        Assert.Empty(approved.DomainEvents);
    }

    [Fact]
    public void Withdraw_Request_RaisesRequestWithdrawn_WithItsReason()
    {
        var request = Submitted();

        request.Withdraw(Actors.Of("c@lc.example"), " no longer needed ", Now);

        Assert.Equal(new RequestWithdrawn(request, RequestStatus.Submitted, Actors.Of("c@lc.example"), "no longer needed", Now), Assert.Single(request.DomainEvents));
    }

    [Fact]
    public void TakeOnExpert_LastPlace_MarksMatched_AndRaisesFullyStaffed()
    {
        var request = Submitted(expertsWanted: 2);
        var version = request.Version;

        request.TakeOnExpert(engagementsSoFar: 0, Actors.Of("e1"), Now);
        Assert.Equal(RequestStatus.Submitted, request.Status);
        Assert.Empty(request.DomainEvents);
        Assert.Equal(version + 1, request.Version); // concurrent acceptances clash on the request

        request.TakeOnExpert(engagementsSoFar: 1, Actors.Of("e2"), Now);
        Assert.Equal(RequestStatus.Matched, request.Status);
        Assert.Equal(new RequestFullyStaffed(request, RequestStatus.Submitted, Actors.Of("e2"), Now), Assert.Single(request.DomainEvents));
    }

    [Fact]
    public void TakeOnExpert_WhenFullOrClosed_IsRefused()
    {
        var full = Submitted();
        Assert.Equal(RuleCodes.Request.FullyStaffed, Assert.Throws<BusinessRuleException>(() => full.TakeOnExpert(1, Actors.Of("e"), Now)).Code);

        var closed = Submitted();
        closed.Cancel(Actors.Of("staff"), "stop", Now);
        Assert.Equal(RuleCodes.Request.Closed, Assert.Throws<BusinessRuleException>(() => closed.TakeOnExpert(0, Actors.Of("e"), Now)).Code);
    }

    [Fact]
    public void Begin_RaisesEngagementBegun_ByTheAcceptingExpert()
    {
        var request = Submitted();
        var proposal = Approved(request);
        proposal.Accept(Actors.Of("expert@x"), Now);

        var engagement = Engagement.Begin(proposal, request, Now);

        Assert.Equal(new ProposalAccepted(proposal, ProposalStatus.Approved, Actors.Of("expert@x"), Now), Assert.Single(proposal.DomainEvents));
        Assert.Equal(new EngagementBegun(engagement, Actors.Of("expert@x"), Now), Assert.Single(engagement.DomainEvents));
    }

    [Fact]
    public void ClearDomainEvents_EmptiesTheList()
    {
        var proposal = Approved(Submitted());
        proposal.Decline(Actors.Of("expert"), null, Now);
        Assert.Single(proposal.DomainEvents);

        proposal.ClearDomainEvents();

        Assert.Empty(proposal.DomainEvents);
    }
}
