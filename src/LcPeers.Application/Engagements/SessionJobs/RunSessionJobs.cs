using LcPeers.Application.Common;
using LcPeers.Application.Common.Auditing;
using LcPeers.Application.Common.Email;
using LcPeers.Application.Common.Exceptions;
using LcPeers.Application.Common.Security;
using LcPeers.Application.Notifications;
using LcPeers.Domain.Accounts;
using LcPeers.Domain.Auditing;
using LcPeers.Domain.Common;
using LcPeers.Domain.Engagements;
using LcPeers.Domain.Requests;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LcPeers.Application.Engagements.SessionJobs;

/// <summary>What one run of the session job did.</summary>
public sealed record SessionJobResult(int Reminders, int Started);

/// <summary>
/// The periodic session job: queues a reminder for each session that starts within the lead time (once per session
/// version), and marks a request in progress when its engagement's first session has begun. Idempotent: running it
/// twice, or on two instances, sends nothing twice (the session's reminder marker, the engagement's version and the
/// outbox's unique key all guard it).
/// </summary>
[SystemOnly]
public sealed record RunSessionJobsCommand : ICommand<SessionJobResult>;

internal sealed class RunSessionJobsHandler(ILcPeersDb db, Notifier notifier, IOptions<SessionOptions> options, TimeProvider time)
    : ICommandHandler<RunSessionJobsCommand, SessionJobResult>
{
    private static readonly AccountId Actor = AccountId.System;

    public async ValueTask<SessionJobResult> Handle(RunSessionJobsCommand command, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var horizon = now + options.Value.ReminderLeadTime;
        var due = await db.Engagements
            .Where(e => e.Status == EngagementStatus.Active && e.Sessions.Any(s => s.Status == SessionStatus.Scheduled && s.Start <= horizon
                && ((s.Start > now && (s.ReminderSentForSequence == null || s.ReminderSentForSequence != s.Sequence)) || (s.Start <= now && e.StartedAt == null))))
            .Select(e => e.Id)
            .ToListAsync(ct);

        int reminders = 0, started = 0;
        foreach (var id in due)
        {
            // One engagement per transaction, loaded afresh: a conflict on one does not hold up the others.
            var engagement = await db.Engagements.Include(e => e.Sessions).FirstAsync(e => e.Id == id, ct);
            try
            {
                var (r, s) = await ProcessAsync(engagement, now, ct);
                await db.SaveChangesAsync(ct);
                reminders += r;
                started += s;
            }
            catch (Exception ex) when (ex is ConcurrencyConflictException or DuplicateException)
            {
                // Another instance (or a user) changed it first; the next run sees the new state.
            }
            finally
            {
                db.ChangeTracker.Clear();
            }
        }

        return new SessionJobResult(reminders, started);
    }

    private async Task<(int Reminders, int Started)> ProcessAsync(Engagement engagement, DateTimeOffset now, CancellationToken ct)
    {
        var horizon = now + options.Value.ReminderLeadTime;
        var reminders = 0;
        foreach (var session in engagement.Sessions.Where(s => s.NeedsReminder && s.Start > now && s.Start <= horizon).ToList())
        {
            await notifier.RemindAsync(engagement, session, now, ct);
            engagement.MarkReminderSent(session.Id, now);
            reminders++;
        }

        var started = 0;
        if (engagement.StartedAt is null && engagement.Sessions.Any(s => s.Status == SessionStatus.Scheduled && s.Start <= now) && engagement.MarkStarted(now))
        {
            started = 1;
            var request = await db.SupportRequests.FirstAsync(r => r.Id == engagement.RequestId, ct);
            if (request.Status == RequestStatus.Matched)
            {
                request.MarkInProgress(Actor, now);
                db.Record(AuditEntityKinds.Request, request.Id.Value, AuditActions.InProgress, Codes<RequestStatus>.Of(RequestStatus.Matched), Codes<RequestStatus>.Of(request.Status), Actor, now);
            }
        }

        return (reminders, started);
    }
}
