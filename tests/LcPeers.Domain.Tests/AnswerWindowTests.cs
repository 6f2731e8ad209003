using LcPeers.Domain.Accounts;
using LcPeers.Domain.Common;
using LcPeers.Domain.Experts;
using LcPeers.Domain.Matching;
using LcPeers.Domain.Requests;

namespace LcPeers.Domain.Tests;

public sealed class AnswerWindowTests
{
    private static readonly DateTimeOffset Now = new(2027, 1, 10, 8, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Window = TimeSpan.FromDays(4);

    private static Proposal Invited()
    {
        var proposal = Proposal.Create(new SupportRequestId(Guid.NewGuid()), new ExpertId(Guid.NewGuid()), 1, 0.8, alternate: false, null, Now);
        proposal.Approve(Actors.Of("staff@tse"), requireSecondApprover: false, Now, Window);
        proposal.ClearDomainEvents();
        return proposal;
    }

    [Fact]
    public void Approve_WithAWindow_SetsTheAnswerByDate()
    {
        var proposal = Invited();
        Assert.Equal(Now, proposal.InvitedAt);
        Assert.Equal(Now + Window, proposal.AnswerBy);
    }

    [Fact]
    public void NeedsAnswerReminder_FromHalfway_UntilSent()
    {
        var proposal = Invited();
        Assert.False(proposal.NeedsAnswerReminder(Now.AddDays(2).AddMinutes(-1)));
        Assert.True(proposal.NeedsAnswerReminder(Now.AddDays(2)));
        proposal.MarkAnswerReminderSent(Now.AddDays(2));
        Assert.False(proposal.NeedsAnswerReminder(Now.AddDays(3)));
    }

    [Fact]
    public void Expire_WhenTheWindowClosed_RaisesProposalExpired_ByTheSystem()
    {
        var proposal = Invited();
        Assert.Throws<InvalidOperationException>(() => proposal.Expire(Now.AddDays(4).AddMinutes(-1)));

        proposal.Expire(Now.AddDays(4));

        Assert.Equal(ProposalStatus.Expired, proposal.Status);
        var e = Assert.IsType<ProposalExpired>(Assert.Single(proposal.DomainEvents));
        Assert.Equal(ProposalStatus.Approved, e.From);
        Assert.Equal(AccountId.System, e.By);
    }

    [Fact]
    public void Accept_AfterTheWindowClosed_IsRejectedAsExpired_EvenBeforeTheSweep()
    {
        var proposal = Invited();
        var error = Assert.Throws<BusinessRuleException>(() => proposal.Accept(Actors.Of("expert@x"), Now.AddDays(4)));
        Assert.Equal(RuleCodes.Proposal.Expired, error.Code);
        Assert.Equal(ProposalStatus.Approved, proposal.Status);

        proposal.Expire(Now.AddDays(4));
        Assert.Equal(RuleCodes.Proposal.Expired, Assert.Throws<BusinessRuleException>(() => proposal.Decline(Actors.Of("expert@x"), null, Now.AddDays(5))).Code);
    }

    [Fact]
    public void Accept_InsideTheWindow_Works()
    {
        var proposal = Invited();
        proposal.Accept(Actors.Of("expert@x"), Now.AddDays(4).AddMinutes(-1));
        Assert.Equal(ProposalStatus.Accepted, proposal.Status);
    }
}
