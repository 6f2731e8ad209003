using LcPeers.Domain.Common;
using LcPeers.Domain.Engagements;
using LcPeers.Domain.Experts;
using LcPeers.Domain.LearningCommunities;
using LcPeers.Domain.Matching;
using LcPeers.Domain.Reference;
using LcPeers.Domain.Requests;

namespace LcPeers.Domain.Tests;

/// <summary>The actions each aggregate offers per state and viewer, and that they agree with what its methods allow.</summary>
public sealed class AllowedActionsTests
{
    private static readonly DateTimeOffset Now = new(2027, 1, 15, 9, 0, 0, TimeSpan.Zero);

    private static readonly Viewer Staff = new(Actors.Of("staff@tse.example"), IsStaff: true);
    private static readonly Viewer Coordinator = new(Actors.Of("c@lc.example"), IsCoordinatorOfLc: true);
    private static readonly Viewer Expert = new(Actors.Of("expert@x.example"), IsOwnExpert: true);
    private static readonly Viewer Stranger = new(Actors.Of("someone@else.example"));

    private static Viewer ViewerNamed(string name) => name switch
    {
        "staff" => Staff,
        "coordinator" => Coordinator,
        "expert" => Expert,
        _ => Stranger,
    };

    private static SupportRequest Request(RequestKind kind = RequestKind.TemporarySupport) => SupportRequest.Draft(
        new LearningCommunityId(Guid.NewGuid()),
        new RequestDetails(Phase.Startup, [Bottleneck.Continuity], kind, null, "Help", new DateOnly(2027, 2, 1), new DateOnly(2027, 5, 31), 24,
            WorkFormat.Online, null, null, [Language.Nl], 1, []),
        Actors.Of("c@lc.example"), Now);

    private static SupportRequest RequestIn(string status)
    {
        var r = Request();
        switch (status)
        {
            case "draft":
                break;
            case "submitted":
                r.Submit(Actors.Of("c"), Now);
                break;
            case "matching":
                r.Submit(Actors.Of("c"), Now);
                r.StartMatching(Actors.Of("staff"), Now);
                break;
            case "matched":
                r.Submit(Actors.Of("c"), Now);
                r.MarkMatched(Actors.Of("staff"), Now);
                break;
            case "in-progress":
                r.Submit(Actors.Of("c"), Now);
                r.MarkMatched(Actors.Of("staff"), Now);
                r.MarkInProgress(Actors.Of("system"), Now);
                break;
            case "completed":
                r.Submit(Actors.Of("c"), Now);
                r.MarkMatched(Actors.Of("staff"), Now);
                r.Complete(Actors.Of("c"), Now);
                break;
            case "withdrawn":
                r.Withdraw(Actors.Of("c"), null, Now);
                break;
            case "cancelled":
                r.Cancel(Actors.Of("staff"), "No longer needed", Now);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(status), status, null);
        }

        Assert.Equal(status, Codes<RequestStatus>.Of(r.Status));
        return r;
    }

    public static TheoryData<string, string, string[]> RequestCases => new()
    {
        { "draft", "coordinator", ["edit", "submit", "withdraw"] },
        { "draft", "staff", ["edit", "submit", "withdraw", "cancel"] },
        { "submitted", "coordinator", ["edit", "withdraw"] },
        { "submitted", "staff", ["edit", "withdraw", "cancel", "propose"] },
        { "matching", "coordinator", ["withdraw"] },
        { "matching", "staff", ["withdraw", "cancel", "propose"] },
        { "matched", "coordinator", ["withdraw"] },
        { "matched", "staff", ["withdraw", "cancel"] },
        { "in-progress", "coordinator", ["withdraw"] },
        { "in-progress", "staff", ["withdraw", "cancel"] },
        { "completed", "coordinator", [] },
        { "completed", "staff", [] },
        { "withdrawn", "coordinator", [] },
        { "withdrawn", "staff", [] },
        { "cancelled", "staff", [] },
        { "draft", "expert", [] },
        { "submitted", "stranger", [] },
    };

    [Theory]
    [MemberData(nameof(RequestCases))]
    public void Request_AllowedActions_PerStatusAndViewer(string status, string viewer, string[] expected) =>
        Assert.Equal(expected, RequestIn(status).AllowedActions(ViewerNamed(viewer)));

    [Theory]
    [InlineData("draft")]
    [InlineData("submitted")]
    [InlineData("matching")]
    [InlineData("matched")]
    [InlineData("in-progress")]
    [InlineData("completed")]
    [InlineData("withdrawn")]
    [InlineData("cancelled")]
    public void Request_AnOfferedAction_IsOneTheDomainCarriesOut_AndAnyOtherIsRefused(string status)
    {
        var offered = RequestIn(status).AllowedActions(Staff);
        var details = new RequestDetails(Phase.Startup, [Bottleneck.Financing], RequestKind.TemporarySupport, null, "Other help",
            new DateOnly(2027, 2, 1), new DateOnly(2027, 5, 31), 30, WorkFormat.Online, null, null, [Language.Nl], 1, []);
        var attempts = new Dictionary<string, Action<SupportRequest>>
        {
            [RequestActions.Edit] = r => r.Edit(details, Now),
            [RequestActions.Submit] = r => r.Submit(Actors.Of("c"), Now),
            [RequestActions.Withdraw] = r => r.Withdraw(Actors.Of("c"), null, Now),
            [RequestActions.Cancel] = r => r.Cancel(Actors.Of("staff"), "Stop", Now),
        };

        foreach (var (action, attempt) in attempts)
        {
            var request = RequestIn(status);
            if (offered.Contains(action))
            {
                attempt(request);
            }
            else
            {
                Assert.Throws<BusinessRuleException>(() => attempt(request));
            }
        }

        Assert.Equal(RequestIn(status).CanBeMatched, offered.Contains(RequestActions.Propose));
    }

    private static Proposal ProposalIn(string status)
    {
        var p = Proposal.Create(new SupportRequestId(Guid.NewGuid()), new ExpertId(Guid.NewGuid()), 1, 0.8, alternate: status == "alternate", null, Now);
        switch (status)
        {
            case "approved":
                p.Approve(Actors.Of("staff@tse.example"), false, Now);
                break;
            case "rejected":
                p.Reject(Actors.Of("staff@tse.example"), "Too close to a partner", Now);
                break;
            case "accepted":
                p.Approve(Actors.Of("staff@tse.example"), false, Now);
                p.Accept(Actors.Of("expert@x.example"), Now);
                break;
            case "declined":
                p.Approve(Actors.Of("staff@tse.example"), false, Now);
                p.Decline(Actors.Of("expert@x.example"), null, Now);
                break;
            case "superseded":
                p.Supersede(Actors.Of("staff@tse.example"), null, Now);
                break;
        }

        Assert.Equal(status, Codes<ProposalStatus>.Of(p.Status));
        return p;
    }

    public static TheoryData<string, string, string[]> ProposalCases => new()
    {
        { "alternate", "staff", [] },
        { "proposed", "staff", ["approve", "reject"] },
        { "proposed", "expert", [] },
        { "approved", "staff", [] },
        { "approved", "expert", ["accept", "decline"] },
        { "approved", "stranger", [] },
        { "rejected", "staff", [] },
        { "accepted", "expert", [] },
        { "declined", "expert", [] },
        { "superseded", "staff", [] },
    };

    [Theory]
    [MemberData(nameof(ProposalCases))]
    public void Proposal_AllowedActions_PerStatusAndViewer(string status, string viewer, string[] expected) =>
        Assert.Equal(expected, ProposalIn(status).AllowedActions(ViewerNamed(viewer)));

    [Fact]
    public void Proposal_FourEyes_TheFirstApproverMayOnlyReject_AnotherStaffMemberMayApprove()
    {
        var proposal = ProposalIn("proposed");
        proposal.Approve(Actors.Of("a@tse.example"), requireSecondApprover: true, Now);

        Assert.Equal(["reject"], proposal.AllowedActions(new Viewer(Actors.Of("A@tse.example"), IsStaff: true)));
        Assert.Equal(RuleCodes.Proposal.SameApprover, Assert.Throws<BusinessRuleException>(() => proposal.Approve(Actors.Of("A@tse.example"), true, Now)).Code);
        Assert.Equal(["approve", "reject"], proposal.AllowedActions(new Viewer(Actors.Of("b@tse.example"), IsStaff: true)));
        Assert.True(proposal.Approve(Actors.Of("b@tse.example"), true, Now));
        Assert.Empty(proposal.AllowedActions(new Viewer(Actors.Of("b@tse.example"), IsStaff: true)));
    }

    [Theory]
    [InlineData("alternate")]
    [InlineData("proposed")]
    [InlineData("approved")]
    [InlineData("rejected")]
    [InlineData("accepted")]
    [InlineData("declined")]
    [InlineData("superseded")]
    public void Proposal_AnOfferedAction_IsOneTheDomainCarriesOut_AndAnyOtherIsRefused(string status)
    {
        var offered = ProposalIn(status).AllowedActions(Staff).Concat(ProposalIn(status).AllowedActions(Expert)).ToList();
        var attempts = new Dictionary<string, Action<Proposal>>
        {
            [ProposalActions.Approve] = p => p.Approve(Actors.Of("other@tse.example"), false, Now),
            [ProposalActions.Reject] = p => p.Reject(Actors.Of("other@tse.example"), "No", Now),
            [ProposalActions.Accept] = p => p.Accept(Actors.Of("expert@x.example"), Now),
            [ProposalActions.Decline] = p => p.Decline(Actors.Of("expert@x.example"), null, Now),
        };

        foreach (var (action, attempt) in attempts)
        {
            var proposal = ProposalIn(status);
            if (offered.Contains(action))
            {
                attempt(proposal);
            }
            else
            {
                Assert.Equal(RuleCodes.Proposal.NotPending, Assert.Throws<BusinessRuleException>(() => attempt(proposal)).Code);
            }
        }
    }

    private static Engagement Begin(RequestKind kind = RequestKind.TemporarySupport)
    {
        var request = Request(kind);
        var proposal = Proposal.Create(request.Id, new ExpertId(Guid.NewGuid()), 1, 0.9, false, null, Now);
        proposal.Approve(Actors.Of("staff@tse.example"), false, Now);
        proposal.Accept(Actors.Of("expert@x.example"), Now);
        return Engagement.Begin(proposal, request, Now);
    }

    private static SessionDetails InMarch(int day) =>
        new("Sessie", new DateTimeOffset(2027, 3, day, 9, 0, 0, TimeSpan.Zero), new DateTimeOffset(2027, 3, day, 11, 0, 0, TimeSpan.Zero), "Europe/Amsterdam", null, null, null, null);

    [Theory]
    [InlineData("staff", new[] { "complete", "schedule-session" })]
    [InlineData("coordinator", new[] { "complete", "schedule-session" })]
    [InlineData("expert", new[] { "schedule-session" })]
    [InlineData("stranger", new string[0])]
    public void Engagement_Active_DuringItsPeriod(string viewer, string[] expected) =>
        Assert.Equal(expected, Begin().AllowedActions(ViewerNamed(viewer), Now, [], reportFiled: false));

    [Theory]
    [InlineData("staff", new string[0])]
    [InlineData("coordinator", new[] { "give-feedback" })]
    [InlineData("expert", new[] { "give-feedback" })]
    [InlineData("stranger", new string[0])]
    public void Engagement_Completed_OffersFeedbackToTheTwoSides(string viewer, string[] expected)
    {
        var engagement = Begin();
        engagement.Complete(Actors.Of("c@lc.example"), Now);
        Assert.Equal(expected, engagement.AllowedActions(ViewerNamed(viewer), Now, [], reportFiled: false));
    }

    [Fact]
    public void Engagement_Feedback_IsOfferedOncePerSide()
    {
        var engagement = Begin();
        engagement.Complete(Actors.Of("c@lc.example"), Now);

        Assert.Empty(engagement.AllowedActions(Coordinator, Now, [FeedbackRole.Coordinator], reportFiled: false));
        Assert.Equal(["give-feedback"], engagement.AllowedActions(Expert, Now, [FeedbackRole.Coordinator], reportFiled: false));
    }

    [Fact]
    public void Engagement_ActiveButPeriodOver_OffersFeedbackBesideClosing_AsFeedbackAccepts()
    {
        var engagement = Begin();
        var afterEnd = new DateTimeOffset(2027, 6, 2, 9, 0, 0, TimeSpan.Zero);

        Assert.Equal(["complete", "schedule-session", "give-feedback"], engagement.AllowedActions(Coordinator, afterEnd, [], reportFiled: false));
        Assert.Equal(FeedbackRole.Coordinator, EngagementFeedback.Give(engagement, FeedbackRole.Coordinator, Actors.Of("c@lc.example"), 4, null, afterEnd).Role);
        Assert.Equal(RuleCodes.Feedback.TooEarly,
            Assert.Throws<BusinessRuleException>(() => EngagementFeedback.Give(engagement, FeedbackRole.Coordinator, Actors.Of("c@lc.example"), 4, null, Now)).Code);
    }

    [Fact]
    public void Engagement_PeerReview_TheReviewerFilesOneReport()
    {
        var review = Begin(RequestKind.PeerReview);

        Assert.Equal(["schedule-session", "file-report"], review.AllowedActions(Expert, Now, [], reportFiled: false));
        Assert.Equal(["schedule-session"], review.AllowedActions(Expert, Now, [], reportFiled: true));
        Assert.DoesNotContain("file-report", review.AllowedActions(Coordinator, Now, [], reportFiled: false));
        Assert.DoesNotContain("file-report", Begin().AllowedActions(Expert, Now, [], reportFiled: false));
    }

    [Fact]
    public void Session_PlannedScheduledCancelled_OfferPlanRescheduleNothing()
    {
        var review = Begin(RequestKind.PeerReview);
        var intake = review.Sessions[0];
        Assert.Equal(["plan", "cancel"], review.AllowedActions(intake, Coordinator));

        review.RescheduleSession(intake.Id, InMarch(3), Actors.Of("c@lc.example"), Now);
        Assert.Equal(["reschedule", "cancel"], review.AllowedActions(intake, Expert));

        review.CancelSession(intake.Id, Actors.Of("c@lc.example"), Now);
        Assert.Empty(review.AllowedActions(intake, Staff));
        Assert.Equal(RuleCodes.Session.Cancelled, Assert.Throws<BusinessRuleException>(() => review.CancelSession(intake.Id, Actors.Of("c@lc.example"), Now)).Code);
        Assert.Equal(RuleCodes.Session.Cancelled, Assert.Throws<BusinessRuleException>(() => review.RescheduleSession(intake.Id, InMarch(4), Actors.Of("c@lc.example"), Now)).Code);
    }

    [Fact]
    public void Session_OfACompletedEngagement_OrForAStranger_OffersNothing()
    {
        var engagement = Begin();
        var session = engagement.ScheduleSession(SessionKind.Meeting, InMarch(5), Actors.Of("c@lc.example"), Now);
        Assert.Empty(engagement.AllowedActions(session, Stranger));
        Assert.Empty(Begin().AllowedActions(session, Staff));

        engagement.Complete(Actors.Of("c@lc.example"), Now);
        Assert.Empty(engagement.AllowedActions(session, Coordinator));
        Assert.DoesNotContain("schedule-session", engagement.AllowedActions(Coordinator, Now, [], reportFiled: false));
        Assert.Equal(RuleCodes.Engagement.Completed, Assert.Throws<BusinessRuleException>(() => engagement.ScheduleSession(SessionKind.Meeting, InMarch(6), Actors.Of("c@lc.example"), Now)).Code);
    }
}
