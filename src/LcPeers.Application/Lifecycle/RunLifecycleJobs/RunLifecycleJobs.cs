using LcPeers.Application.Common;
using LcPeers.Application.Common.Exceptions;
using LcPeers.Application.Common.Security;
using LcPeers.Application.Notifications;
using LcPeers.Domain.Matching;
using LcPeers.Domain.Messaging;
using LcPeers.Domain.Requests;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LcPeers.Application.Lifecycle.RunLifecycleJobs;

/// <summary>
/// What one run of the lifecycle job did; <paramref name="ConfirmationRequests"/> and <paramref name="MarkedStale"/>
/// count experts and LCs together (the freshness sweep).
/// </summary>
public sealed record LifecycleJobResult(int Reminders, int Expired, int Digests, int FeedbackNudges = 0, int ConfirmationRequests = 0, int MarkedStale = 0);

/// <summary>
/// The periodic lifecycle job: the halfway reminder of each open invitation, the expiry of invitations whose answer
/// window closed (the expert is told and the next alternate takes the place), the staff digest on working days, and
/// the requests for feedback (and reports) after engagements end, and the freshness sweep (<see cref="FreshnessSweep"/>:
/// experts and LC coordinators asked to confirm their data).
/// Idempotent: running it twice, or on two instances, sends nothing twice (the proposal's reminder marker and status,
/// its version, and the outbox's unique key per what, whom and day all guard it).
/// </summary>
[SystemOnly]
public sealed record RunLifecycleJobsCommand : ICommand<LifecycleJobResult>;

internal sealed class RunLifecycleJobsHandler(ILcPeersDb db, Notifier notifier, StaffDigest digest, FeedbackRequests feedback, FreshnessSweep freshness, TimeProvider time)
    : ICommandHandler<RunLifecycleJobsCommand, LifecycleJobResult>
{
    public async ValueTask<LifecycleJobResult> Handle(RunLifecycleJobsCommand command, CancellationToken ct)
    {
        var now = time.GetUtcNow();

        // Open invitations with a window are few; the halfway point is computed here rather than in SQL (SQLite
        // cannot do arithmetic on DateTimeOffset columns).
        var open = await db.Proposals.AsNoTracking()
            .Where(p => p.Status == ProposalStatus.Approved && p.AnswerBy != null)
            .Select(p => new { p.Id, p.InvitedAt, p.AnswerBy, p.AnswerReminderSentAt })
            .ToListAsync(ct);
        int reminders = 0, expired = 0;
        foreach (var candidate in open)
        {
            var overdue = candidate.AnswerBy <= now;
            var halfway = !overdue && candidate.AnswerReminderSentAt is null && candidate.InvitedAt is { } invited
                && now >= invited + ((candidate.AnswerBy!.Value - invited) / 2);
            if (!overdue && !halfway)
            {
                continue;
            }

            var step = await AdvanceAsync(candidate.Id, now, ct);
            reminders += step == Step.Reminded ? 1 : 0;
            expired += step == Step.Expired ? 1 : 0;
        }

        var digests = await DigestAsync(now, ct);
        var feedbackNudges = await feedback.SendDueAsync(now, ct);
        var fresh = await freshness.RunAsync(now, ct);
        return new LifecycleJobResult(reminders, expired, digests, feedbackNudges, fresh.ExpertRequests + fresh.DirectoryRequests, fresh.ExpertsStale + fresh.DirectoriesStale);
    }

    private enum Step
    {
        None,
        Reminded,
        Expired,
    }

    /// <summary>Expires an overdue invitation or sends its halfway reminder, in its own transaction, loaded afresh.</summary>
    private async Task<Step> AdvanceAsync(ProposalId id, DateTimeOffset now, CancellationToken ct)
    {
        // One proposal per transaction: a conflict on one does not hold up the others.
        try
        {
            var proposal = await db.Proposals.FirstAsync(p => p.Id == id, ct);
            if (proposal.IsAnswerOverdue(now))
            {
                proposal.Expire(now);
                await db.SaveChangesAsync(ct);
                return Step.Expired;
            }

            if (proposal.NeedsAnswerReminder(now))
            {
                await notifier.AnswerReminderAsync(proposal, now, ct);
                proposal.MarkAnswerReminderSent(now);
                await db.SaveChangesAsync(ct);
                return Step.Reminded;
            }

            return Step.None;
        }
        catch (Exception ex) when (ex is ConcurrencyConflictException or DuplicateException)
        {
            return Step.None; // another instance (or the expert) acted first; the next run sees the new state
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    private async Task<int> DigestAsync(DateTimeOffset now, CancellationToken ct)
    {
        try
        {
            return await digest.SendIfDueAsync(now, ct);
        }
        catch (DuplicateException)
        {
            return 0; // another instance queued today's digest at the same moment
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }
}

/// <summary>
/// The staff digest: once per working day (Monday to Friday, Europe/Amsterdam) from <see cref="LifecycleOptions.StaffDigestTime"/>
/// for <see cref="DigestWindow"/>, to every configured staff address: new requests, proposals waiting for approval,
/// invitations expiring within a day and dead letters. A day with nothing to report sends nothing.
/// </summary>
internal sealed class StaffDigest(ILcPeersDb db, Notifier notifier, IOptions<LifecycleOptions> options)
{
    /// <summary>How long after the digest time the digest may still go (an instance that was down catches up; later, the day is skipped).</summary>
    public static readonly TimeSpan DigestWindow = TimeSpan.FromHours(1);

    public async Task<int> SendIfDueAsync(DateTimeOffset now, CancellationToken ct)
    {
        var o = options.Value;
        if (o.DigestTimeOfDay() is not { } at || o.StaffDigestRecipients.Count == 0)
        {
            return 0;
        }

        var local = LocalTimes.ToLocal(now, LocalTimes.Amsterdam);
        var day = DateOnly.FromDateTime(local);
        var since = local - day.ToDateTime(at);
        if (local.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday || since < TimeSpan.Zero || since >= DigestWindow)
        {
            return 0;
        }

        var lcNames = await db.LearningCommunities.AsNoTracking().ToDictionaryAsync(lc => lc.Id, lc => lc.Name, ct);
        var newRequests = await db.SupportRequests.AsNoTracking()
            .Where(r => r.Status == RequestStatus.Submitted && !db.Proposals.Any(p => p.RequestId == r.Id))
            .Select(r => new { r.LearningCommunityId, r.Description, r.CreatedAt })
            .ToListAsync(ct);
        var waiting = await db.Proposals.AsNoTracking().Where(p => p.Status == ProposalStatus.Proposed).Select(p => p.RequestId).ToListAsync(ct);
        var horizon = now + TimeSpan.FromDays(1);
        var invitations = await db.Proposals.AsNoTracking().Where(p => p.Status == ProposalStatus.Approved && p.AnswerBy != null)
            .Select(p => new { p.RequestId, p.AnswerBy }).ToListAsync(ct);
        var expiring = invitations.Where(p => p.AnswerBy <= horizon).ToList();
        var dead = await db.OutboxEmails.CountAsync(e => e.Status == OutboxStatus.Dead, ct);
        if (newRequests.Count == 0 && waiting.Count == 0 && expiring.Count == 0 && dead == 0)
        {
            return 0;
        }

        var requestIds = waiting.Concat(expiring.Select(e => e.RequestId)).Distinct().ToList();
        var requestLcs = await db.SupportRequests.AsNoTracking().Where(r => requestIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, r => r.LearningCommunityId, ct);
        string Lc(SupportRequestId id) => requestLcs.TryGetValue(id, out var lc) ? lcNames.GetValueOrDefault(lc, "?") : "?";
        var mail = EmailTemplates.StaffDigest(EmailTemplates.Dutch, day,
            [.. newRequests.OrderBy(r => r.CreatedAt).Select(r => $"{lcNames.GetValueOrDefault(r.LearningCommunityId, "?")}: {Shorten(r.Description)}")],
            [.. waiting.GroupBy(id => id).Select(g => $"{Lc(g.Key)}: {g.Count()}").Order(StringComparer.Ordinal)],
            [.. expiring.OrderBy(e => e.AnswerBy).Select(e => $"{Lc(e.RequestId)}: {LocalTimes.ToLocal(e.AnswerBy!.Value, LocalTimes.Amsterdam):yyyy-MM-dd HH:mm}")],
            dead);
        var queued = 0;
        foreach (var to in o.StaffDigestRecipients.Where(a => !string.IsNullOrWhiteSpace(a)).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            if (await notifier.StaffDigestAsync(to, day, mail, now, ct))
            {
                queued++;
            }
        }

        await db.SaveChangesAsync(ct);
        return queued;
    }

    private static string Shorten(string text) => text.Length <= 80 ? text : string.Concat(text.AsSpan(0, 77), "...");
}
