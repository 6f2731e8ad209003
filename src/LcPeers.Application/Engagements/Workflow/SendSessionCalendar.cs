using LcPeers.Application.Common;
using LcPeers.Application.Common.Auditing;
using LcPeers.Application.Common.Events;
using LcPeers.Application.Notifications;
using LcPeers.Domain.Accounts;
using LcPeers.Domain.Auditing;
using LcPeers.Domain.Common;
using LcPeers.Domain.Engagements;

namespace LcPeers.Application.Engagements.Workflow;

/// <summary>
/// A session changed: it is audited and its participants get the calendar message that keeps their calendars in step
/// (REQUEST with SEQUENCE 0 for a first date, REQUEST with SEQUENCE + 1 for a move, CANCEL with SEQUENCE + 1 when
/// invitations had gone out). One event per session change, so one message per participant and one audit entry.
/// </summary>
internal sealed class SendSessionCalendar(ILcPeersDb db, Notifier notifier)
    : IDomainEventHandler<SessionScheduled>, IDomainEventHandler<SessionRescheduled>, IDomainEventHandler<SessionCancelled>
{
    public const string CompletedReason = "The engagement was completed.";

    public async Task Handle(SessionScheduled e, CancellationToken ct)
    {
        Audit(e.Session, AuditActions.Schedule, null, e.By, e.At);
        await notifier.SessionChangedAsync(e.Engagement, e.Session, update: false, cancel: false, e.At, ct);
    }

    public async Task Handle(SessionRescheduled e, CancellationToken ct)
    {
        Audit(e.Session, e.WasScheduled ? AuditActions.Reschedule : AuditActions.Schedule, e.From, e.By, e.At);
        await notifier.SessionChangedAsync(e.Engagement, e.Session, update: e.WasScheduled, cancel: false, e.At, ct);
    }

    public async Task Handle(SessionCancelled e, CancellationToken ct)
    {
        if (e.Cause == SessionCancellationCause.EngagementCompleted)
        {
            db.Record(AuditEntityKinds.Session, e.Session.Id.Value, AuditActions.Cancel, Codes<SessionStatus>.Of(e.From), Codes<SessionStatus>.Of(e.Session.Status),
                e.By, e.At, CompletedReason);
        }
        else
        {
            Audit(e.Session, AuditActions.Cancel, e.From, e.By, e.At, e.Reason);
        }

        if (e.ParticipantsInvited)
        {
            await notifier.SessionChangedAsync(e.Engagement, e.Session, update: true, cancel: true, e.At, ct, e.Reason);
        }
    }

    private void Audit(Session session, string action, SessionStatus? from, AccountId by, DateTimeOffset at, string? reason = null) =>
        db.Record(AuditEntityKinds.Session, session.Id.Value, action, from is { } f ? Codes<SessionStatus>.Of(f) : null, Codes<SessionStatus>.Of(session.Status),
            by, at, reason, details: $"{{\"engagementId\":\"{session.EngagementId}\",\"sequence\":{session.Sequence},\"start\":\"{session.Start:O}\"}}");
}
