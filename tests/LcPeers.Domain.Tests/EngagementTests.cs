using LcPeers.Domain.Common;
using LcPeers.Domain.Engagements;
using LcPeers.Domain.Experts;
using LcPeers.Domain.LearningCommunities;
using LcPeers.Domain.Matching;
using LcPeers.Domain.Messaging;
using LcPeers.Domain.Reference;
using LcPeers.Domain.Requests;

namespace LcPeers.Domain.Tests;

public sealed class EngagementTests
{
    private static readonly DateTimeOffset Now = new(2027, 1, 15, 9, 0, 0, TimeSpan.Zero);

    private static SupportRequest Request(RequestKind kind = RequestKind.TemporarySupport) => SupportRequest.Draft(
        new LearningCommunityId(Guid.NewGuid()),
        new RequestDetails(Phase.Startup, [Bottleneck.Continuity], kind, null, "Help", new DateOnly(2027, 2, 1), new DateOnly(2027, 5, 31), 24,
            WorkFormat.Online, null, null, [Language.Nl], 1, []),
        Actors.Of("c@lc.example"), Now);

    private static Engagement Begin(RequestKind kind = RequestKind.TemporarySupport)
    {
        var request = Request(kind);
        var proposal = Proposal.Create(request.Id, new ExpertId(Guid.NewGuid()), 1, 0.9, false, null, Now);
        proposal.Approve(Actors.Of("staff@tse"), false, Now);
        proposal.Accept(Actors.Of("expert@x"), Now);
        return Engagement.Begin(proposal, request, Now);
    }

    private static SessionDetails At(int day, int hour = 10) =>
        new("Sessie", new DateTimeOffset(2027, 3, day, hour - 1, 0, 0, TimeSpan.Zero), new DateTimeOffset(2027, 3, day, hour + 1, 0, 0, TimeSpan.Zero), "Europe/Amsterdam", null, null, null, null);

    [Fact]
    public void Begin_TakesPeriodAndHoursFromTheRequest()
    {
        var engagement = Begin();
        Assert.Equal(new DateOnly(2027, 2, 1), engagement.Start);
        Assert.Equal(new DateOnly(2027, 5, 31), engagement.End);
        Assert.Equal(24, engagement.HoursBudget);
        Assert.Equal(EngagementStatus.Active, engagement.Status);
        Assert.Empty(engagement.Sessions);
    }

    [Fact]
    public void Begin_FromAProposalNotAccepted_IsRefused()
    {
        var request = Request();
        var proposal = Proposal.Create(request.Id, new ExpertId(Guid.NewGuid()), 1, 0.9, false, null, Now);
        Assert.Equal(RuleCodes.Engagement.NotAccepted, Assert.Throws<BusinessRuleException>(() => Engagement.Begin(proposal, request, Now)).Code);
    }

    [Fact]
    public void Begin_PeerReview_PlansIntakeVisitAndFeedbackWithoutDates()
    {
        var engagement = Begin(RequestKind.PeerReview);
        Assert.Equal([SessionKind.Intake, SessionKind.Visit, SessionKind.Feedback], engagement.Sessions.Select(s => s.Kind));
        Assert.All(engagement.Sessions, s =>
        {
            Assert.Equal(SessionStatus.Planned, s.Status);
            Assert.Null(s.Start);
            Assert.False(s.NeedsReminder);
        });
    }

    [Fact]
    public void Reschedule_KeepsUid_AndRaisesSequence_CancelRaisesItAgain()
    {
        var engagement = Begin();
        var session = engagement.ScheduleSession(SessionKind.Meeting, At(10), Actors.Of("c@lc.example"), Now);
        var uid = session.Uid;
        Assert.Equal(0, session.Sequence);

        engagement.RescheduleSession(session.Id, At(11), Actors.Of("c@lc.example"), Now);
        Assert.Equal(uid, session.Uid);
        Assert.Equal(1, session.Sequence);

        Assert.True(engagement.CancelSession(session.Id, Actors.Of("c@lc.example"), Now));
        Assert.Equal(2, session.Sequence);
        Assert.Equal(SessionStatus.Cancelled, session.Status);
        Assert.Equal(RuleCodes.Session.Cancelled, Assert.Throws<BusinessRuleException>(() => engagement.RescheduleSession(session.Id, At(12), Actors.Of("c@lc.example"), Now)).Code);
    }

    [Fact]
    public void PlannedSession_FirstDate_IsSequenceZero_CancellingItNeedsNoMessage()
    {
        var engagement = Begin(RequestKind.PeerReview);
        var intake = engagement.Sessions[0];
        engagement.RescheduleSession(intake.Id, At(10), Actors.Of("c@lc.example"), Now);
        Assert.Equal(SessionStatus.Scheduled, intake.Status);
        Assert.Equal(0, intake.Sequence);

        Assert.False(engagement.CancelSession(engagement.Sessions[1].Id, Actors.Of("c@lc.example"), Now));
        Assert.Equal(0, engagement.Sessions[1].Sequence);
    }

    [Fact]
    public void SessionChanges_RaiseScheduledRescheduledCancelled_WithWhatWasBefore()
    {
        var engagement = Begin();
        engagement.ClearDomainEvents();

        var session = engagement.ScheduleSession(SessionKind.Meeting, At(10), Actors.Of("c@lc.example"), Now);
        engagement.RescheduleSession(session.Id, At(11), Actors.Of("x@expert"), Now.AddMinutes(1));
        Assert.True(engagement.CancelSession(session.Id, Actors.Of("staff@tse"), Now.AddMinutes(2)));

        Assert.Collection(engagement.DomainEvents,
            e => Assert.Equal(new SessionScheduled(engagement, session, Actors.Of("c@lc.example"), Now), e),
            e => Assert.Equal(new SessionRescheduled(engagement, session, SessionStatus.Scheduled, At(10).Start, At(10).End, Actors.Of("x@expert"), Now.AddMinutes(1)), e),
            e => Assert.Equal(new SessionCancelled(engagement, session, SessionStatus.Scheduled, true, SessionCancellationCause.Cancelled, Actors.Of("staff@tse"), Now.AddMinutes(2)), e));
        Assert.True(((SessionRescheduled)engagement.DomainEvents[1]).WasScheduled);
    }

    [Fact]
    public void PlannedSession_FirstDate_IsARescheduleFromPlanned_ThatWasNotScheduled()
    {
        var engagement = Begin(RequestKind.PeerReview);
        engagement.ClearDomainEvents();
        var intake = engagement.Sessions[0];

        engagement.RescheduleSession(intake.Id, At(10), Actors.Of("c@lc.example"), Now);

        var e = Assert.IsType<SessionRescheduled>(Assert.Single(engagement.DomainEvents));
        Assert.Equal(SessionStatus.Planned, e.From);
        Assert.Null(e.PreviousStart);
        Assert.False(e.WasScheduled);
    }

    [Fact]
    public void Complete_CancelsEachSessionAheadOnce_AndLeavesBegunAndCancelledOnesAlone()
    {
        var engagement = Begin(RequestKind.PeerReview);
        var ahead = engagement.ScheduleSession(SessionKind.Meeting, At(10), Actors.Of("c@lc.example"), Now);
        var begun = engagement.ScheduleSession(SessionKind.Meeting, At(2), Actors.Of("c@lc.example"), Now);
        var cancelled = engagement.ScheduleSession(SessionKind.Meeting, At(12), Actors.Of("c@lc.example"), Now);
        engagement.CancelSession(cancelled.Id, Actors.Of("c@lc.example"), Now);
        engagement.ClearDomainEvents();
        var planned = engagement.Sessions.Where(s => s.Status == SessionStatus.Planned).ToList();

        var later = new DateTimeOffset(2027, 3, 5, 12, 0, 0, TimeSpan.Zero);
        engagement.Complete(Actors.Of("staff@tse"), later);

        var cancellations = engagement.DomainEvents.OfType<SessionCancelled>().ToList();
        Assert.Equal(planned.Select(s => s.Id.Value).Append(ahead.Id.Value).Order(), cancellations.Select(c => c.Session.Id.Value).Order());
        Assert.All(cancellations, c => Assert.Equal(SessionCancellationCause.EngagementCompleted, c.Cause));
        Assert.Equal([ahead.Id], cancellations.Where(c => c.ParticipantsInvited).Select(c => c.Session.Id));
        Assert.Equal(SessionStatus.Scheduled, begun.Status);
        Assert.IsType<EngagementCompleted>(engagement.DomainEvents[^1]);
        Assert.Equal(planned.Count + 2, engagement.DomainEvents.Count);
    }

    [Fact]
    public void Reminder_IsOncePerSequence()
    {
        var engagement = Begin();
        var session = engagement.ScheduleSession(SessionKind.Meeting, At(10), Actors.Of("c@lc.example"), Now);
        Assert.True(session.NeedsReminder);
        engagement.MarkReminderSent(session.Id, Now);
        Assert.False(session.NeedsReminder);
        engagement.RescheduleSession(session.Id, At(11), Actors.Of("c@lc.example"), Now);
        Assert.True(session.NeedsReminder);
    }

    [Fact]
    public void Schedule_InThePast_OrReversed_IsRefused()
    {
        var engagement = Begin();
        var past = At(10) with { Start = Now.AddDays(-1), End = Now.AddDays(-1).AddHours(1) };
        Assert.Equal(RuleCodes.Session.InPast, Assert.Throws<BusinessRuleException>(() => engagement.ScheduleSession(SessionKind.Meeting, past, Actors.Of("c@lc.example"), Now)).Code);
        var reversed = At(10) with { End = At(10).Start };
        Assert.Equal(RuleCodes.Session.PeriodReversed, Assert.Throws<BusinessRuleException>(() => engagement.ScheduleSession(SessionKind.Meeting, reversed, Actors.Of("c@lc.example"), Now)).Code);
    }

    [Fact]
    public void Completed_NoMoreSessions_FeedbackAllowed()
    {
        var engagement = Begin();
        Assert.Equal(RuleCodes.Feedback.TooEarly, Assert.Throws<BusinessRuleException>(() => EngagementFeedback.Give(engagement, FeedbackRole.Coordinator, Actors.Of("c"), 4, null, Now)).Code);
        engagement.Complete(Actors.Of("c@lc.example"), Now);
        Assert.Equal(RuleCodes.Engagement.Completed, Assert.Throws<BusinessRuleException>(() => engagement.ScheduleSession(SessionKind.Meeting, At(10), Actors.Of("c@lc.example"), Now)).Code);
        var feedback = EngagementFeedback.Give(engagement, FeedbackRole.Coordinator, Actors.Of("c"), 4, " Goed ", Now);
        Assert.Equal("Goed", feedback.Comment);
        Assert.Equal(engagement.ExpertId, feedback.ExpertId);
    }

    [Fact]
    public void Feedback_AfterThePeriod_IsAllowedWithoutClosing()
    {
        var engagement = Begin();
        var feedback = EngagementFeedback.Give(engagement, FeedbackRole.Expert, Actors.Of("e"), 5, null, new DateTimeOffset(2027, 6, 1, 8, 0, 0, TimeSpan.Zero));
        Assert.Equal(5, feedback.Rating);
    }

    [Fact]
    public void Report_NeedsEachDimensionOnce_AndOnlyForPeerReviews()
    {
        var dims = ReviewDimensions.Ordered.Select(d => new DimensionAssessment(d, 3, "f", "a")).ToList();
        Assert.Equal(RuleCodes.Report.NotPeerReview, Assert.Throws<BusinessRuleException>(() => PeerReviewReport.Submit(Begin(), null, dims, Actors.Of("e"), Now)).Code);

        var review = Begin(RequestKind.PeerReview);
        Assert.Equal(RuleCodes.Report.Dimensions, Assert.Throws<BusinessRuleException>(() => PeerReviewReport.Submit(review, null, [.. dims.Take(3), dims[0]], Actors.Of("e"), Now)).Code);
        Assert.Equal(RuleCodes.Report.Level, Assert.Throws<BusinessRuleException>(() => PeerReviewReport.Submit(review, null, [.. dims.Take(3), dims[3] with { Level = 6 }], Actors.Of("e"), Now)).Code);
        var report = PeerReviewReport.Submit(review, "Samenvatting", [.. dims.AsEnumerable().Reverse()], Actors.Of("e"), Now);
        Assert.Equal(ReviewDimensions.Ordered, report.Dimensions.Select(d => d.Dimension));
    }

    [Fact]
    public void OutboxEmail_RetryOnlyWhenDead()
    {
        var email = OutboxEmail.Create("k", "key", null, "a@b.nl", null, "nl", "Onderwerp", "t", "<p>t</p>", null, null, Now);
        Assert.Equal(OutboxStatus.Pending, email.Status);
        Assert.Equal($"{email.Id:N}@lcpeers", email.MessageId);
        Assert.Equal(RuleCodes.Outbox.NotDead, Assert.Throws<BusinessRuleException>(() => email.Retry(Now)).Code);
    }
}
