using LcPeers.Domain.Accounts;
using LcPeers.Domain.Common;
using LcPeers.Domain.Experts;
using LcPeers.Domain.LearningCommunities;
using LcPeers.Domain.Matching;
using LcPeers.Domain.Requests;

namespace LcPeers.Domain.Engagements;

/// <summary>
/// An expert working with an LC for a limited time: the period and hours budget come from the request, so the LC does
/// not come to depend on one person. Created when the expert accepts an approved proposal. Owns its sessions.
/// </summary>
public sealed partial class Engagement : AggregateRoot
{
    private List<Session> _sessions = [];

    private Engagement() { } // for EF

    public EngagementId Id { get; private set; }
    public SupportRequestId RequestId { get; private set; }
    public ProposalId ProposalId { get; private set; }
    public LearningCommunityId LearningCommunityId { get; private set; }
    public ExpertId ExpertId { get; private set; }
    public RequestKind Kind { get; private set; }
    public DateOnly Start { get; private set; }
    public DateOnly End { get; private set; }
    public int HoursBudget { get; private set; }
    public EngagementStatus Status { get; private set; }
    public IReadOnlyList<Session> Sessions => _sessions;
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>When the first session began; the request is in progress from then on.</summary>
    public DateTimeOffset? StartedAt { get; private set; }

    public DateTimeOffset? CompletedAt { get; private set; }
    public AccountId? CompletedBy { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public int Version { get; private set; }

    /// <summary>
    /// Starts the engagement for an accepted proposal. A peer review gets a default plan (intake, visit, feedback) as
    /// planned sessions without dates: nobody is invited until a coordinator, the expert or staff give each a date.
    /// </summary>
    public static Engagement Begin(Proposal proposal, SupportRequest request, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(proposal);
        ArgumentNullException.ThrowIfNull(request);
        if (proposal.Status != ProposalStatus.Accepted || proposal.RequestId != request.Id)
        {
            throw new BusinessRuleException(RuleCodes.Engagement.NotAccepted, "An engagement starts only from a proposal the expert accepted.");
        }

        var terms = request.Terms;
        var engagement = new Engagement
        {
            Id = EngagementId.New(now),
            RequestId = request.Id,
            ProposalId = proposal.Id,
            LearningCommunityId = request.LearningCommunityId,
            ExpertId = proposal.ExpertId,
            Kind = terms.Kind,
            Start = terms.Start,
            End = terms.End,
            HoursBudget = terms.Hours,
            Status = EngagementStatus.Active,
            CreatedAt = now,
            UpdatedAt = now,
            Version = 1,
        };

        if (terms.Kind == RequestKind.PeerReview)
        {
            engagement._sessions.Add(Session.Plan(engagement.Id, SessionKind.Intake, "Intake", now));
            engagement._sessions.Add(Session.Plan(engagement.Id, SessionKind.Visit, "Visitatie", now));
            engagement._sessions.Add(Session.Plan(engagement.Id, SessionKind.Feedback, "Terugkoppeling", now));
        }

        engagement.Raise(new EngagementBegun(engagement, proposal.DecidedBy ?? AccountId.System, now));
        return engagement;
    }

    public Session ScheduleSession(SessionKind kind, SessionDetails details, AccountId by, DateTimeOffset now)
    {
        EnsureActive();
        EnsureWithinPeriod(details, now);
        var session = Session.Scheduled(Id, kind, details, now);
        _sessions.Add(session);
        Touch(now);
        Raise(new SessionScheduled(this, session, by, now));
        return session;
    }

    /// <summary>Moves a scheduled session, or gives a planned one its first date.</summary>
    public Session RescheduleSession(SessionId id, SessionDetails details, AccountId by, DateTimeOffset now)
    {
        EnsureActive();
        var session = FindSession(id);
        EnsureWithinPeriod(details, now);
        var (from, start, end) = (session.Status, session.Start, session.End);
        session.Reschedule(details, now);
        Touch(now);
        Raise(new SessionRescheduled(this, session, from, start, end, by, now));
        return session;
    }

    /// <summary>Cancels a session; the optional <paramref name="reason"/> is told to those invited.</summary>
    /// <returns>True when invitations had gone out, so a cancellation must follow.</returns>
    public bool CancelSession(SessionId id, AccountId by, DateTimeOffset now, string? reason = null)
    {
        EnsureActive();
        return Cancel(FindSession(id), SessionCancellationCause.Cancelled, by, now, string.IsNullOrWhiteSpace(reason) ? null : reason.Trim());
    }

    public void MarkReminderSent(SessionId id, DateTimeOffset now)
    {
        FindSession(id).MarkReminderSent(now);
        Touch(now);
    }

    /// <returns>True when this was the first session to begin.</returns>
    public bool MarkStarted(DateTimeOffset now)
    {
        if (StartedAt is not null)
        {
            return false;
        }

        StartedAt = now;
        Touch(now);
        return true;
    }

    /// <summary>
    /// Closes the engagement. Sessions still ahead come off everyone's calendar (one <see cref="SessionCancelled"/>
    /// each); planned ones simply lapse; sessions already begun stay as they are.
    /// </summary>
    public void Complete(AccountId by, DateTimeOffset now)
    {
        EnsureActive();
        foreach (var session in _sessions.Where(s => s.Status is SessionStatus.Planned || (s.Status is SessionStatus.Scheduled && s.Start > now)).ToList())
        {
            Cancel(session, SessionCancellationCause.EngagementCompleted, by, now);
        }

        Status = EngagementStatus.Completed;
        CompletedAt = now;
        CompletedBy = by;
        Touch(now);
        Raise(new EngagementCompleted(this, by, now));
    }

    /// <summary>Feedback is given once the work is done: the engagement was closed or its period is over.</summary>
    public bool HasEnded(DateTimeOffset now) =>
        Status == EngagementStatus.Completed || DateOnly.FromDateTime(now.UtcDateTime) > End;

    public Session FindSession(SessionId id) =>
        _sessions.FirstOrDefault(s => s.Id == id)
        ?? throw new BusinessRuleException(RuleCodes.Session.Unknown, $"Session '{id}' is not part of this engagement.");

    private bool Cancel(Session session, SessionCancellationCause cause, AccountId by, DateTimeOffset now, string? reason = null)
    {
        var from = session.Status;
        var participantsInvited = session.Cancel(now);
        Touch(now);
        Raise(new SessionCancelled(this, session, from, participantsInvited, cause, by, now) { Reason = reason });
        return participantsInvited;
    }

    /// <summary>
    /// Sessions fall within the engagement's period (first to last day, in the session's own time zone), so the work
    /// keeps to the time the LC asked for.
    /// </summary>
    public bool IsWithinPeriod(DateTimeOffset start, DateTimeOffset end, string timeZone)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(timeZone);
        var first = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(start, zone).DateTime);
        var last = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(end, zone).DateTime);
        return first >= Start && last <= End;
    }

    /// <remarks>A reversed or past session is left to the session's own rules, which say more precisely what is wrong.</remarks>
    private void EnsureWithinPeriod(SessionDetails details, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(details);
        if (details.End > details.Start && details.Start >= now && !IsWithinPeriod(details.Start, details.End, details.TimeZone))
        {
            throw new BusinessRuleException(RuleCodes.Session.OutsidePeriod, $"A session falls within the engagement's period, {Start:yyyy-MM-dd} to {End:yyyy-MM-dd}.");
        }
    }

    private void EnsureActive()
    {
        if (!IsActive)
        {
            throw new BusinessRuleException(RuleCodes.Engagement.Completed, "The engagement is completed; its sessions can no longer change.");
        }
    }

    private void Touch(DateTimeOffset now)
    {
        UpdatedAt = now;
        Version++;
    }

    /// <summary>An erased person no longer observes any of this engagement's sessions.</summary>
    public void ForgetObserver(string email, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(email);
        var changed = false;
        foreach (var session in _sessions)
        {
            changed |= session.ForgetObserver(email, now);
        }

        if (changed)
        {
            Touch(now);
        }
    }
}
