using LcPeers.Domain.Common;
using LcPeers.Domain.Experts;
using LcPeers.Domain.Matching;
using LcPeers.Domain.Requests;

namespace LcPeers.Domain.Tests;

public sealed class ProposalTests
{
    private static readonly DateTimeOffset Now = new(2027, 1, 10, 8, 0, 0, TimeSpan.Zero);

    private static Proposal Proposed(bool alternate = false) =>
        Proposal.Create(new SupportRequestId(Guid.NewGuid()), new ExpertId(Guid.NewGuid()), 1, 0.8, alternate, null, Now);

    [Fact]
    public void Approve_SingleApprover_Approves()
    {
        var proposal = Proposed();
        Assert.True(proposal.Approve(Actors.Of("staff@tse"), requireSecondApprover: false, Now));
        Assert.Equal(ProposalStatus.Approved, proposal.Status);
    }

    [Fact]
    public void Approve_FourEyes_NeedsTwoDifferentPeople()
    {
        var proposal = Proposed();

        Assert.False(proposal.Approve(Actors.Of("a@tse"), requireSecondApprover: true, Now));
        Assert.Equal(ProposalStatus.Proposed, proposal.Status);
        Assert.Equal(RuleCodes.Proposal.SameApprover, Assert.Throws<BusinessRuleException>(() => proposal.Approve(Actors.Of("A@tse"), true, Now)).Code);
        Assert.True(proposal.Approve(Actors.Of("b@tse"), requireSecondApprover: true, Now));
        Assert.Equal([Actors.Of("a@tse"), Actors.Of("b@tse")], proposal.ApprovedBy);
    }

    [Fact]
    public void Approve_WhenAlreadyRejected_IsNotPending()
    {
        var proposal = Proposed();
        proposal.Reject(Actors.Of("staff"), "Not independent enough", Now);

        var error = Assert.Throws<BusinessRuleException>(() => proposal.Approve(Actors.Of("staff2"), false, Now));
        Assert.Equal(RuleCodes.Proposal.NotPending, error.Code);
    }

    [Fact]
    public void Accept_BeforeApproval_IsNotPending()
    {
        var error = Assert.Throws<BusinessRuleException>(() => Proposed().Accept(Actors.Of("expert"), Now));
        Assert.Equal(RuleCodes.Proposal.NotPending, error.Code);
    }

    [Fact]
    public void Decline_AfterApproval_KeepsTheReason()
    {
        var proposal = Proposed();
        proposal.Approve(Actors.Of("staff"), false, Now);

        proposal.Decline(Actors.Of("expert"), " too busy ", Now);

        Assert.Equal(ProposalStatus.Declined, proposal.Status);
        Assert.Equal("too busy", proposal.Reason);
    }

    [Fact]
    public void Promote_Alternate_BecomesProposed()
    {
        var alternate = Proposed(alternate: true);
        Assert.True(alternate.IsAlternate);

        alternate.Promote(Actors.Of("staff"), Now);

        Assert.Equal(ProposalStatus.Proposed, alternate.Status);
    }
}
