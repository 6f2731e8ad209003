using LcPeers.Application.Common;
using LcPeers.Application.Common.Email;
using LcPeers.Domain.Engagements;
using LcPeers.Domain.Messaging;
using Microsoft.EntityFrameworkCore;

namespace LcPeers.Application.Notifications;

/// <summary>Who of an engagement still owes what: the coordinators' feedback, the expert's feedback, the reviewer's report.</summary>
internal sealed record FeedbackOwed(bool Coordinators, bool Expert, bool Report)
{
    public bool Any => Coordinators || Expert || Report;
}

/// <summary>
/// Queues nudges: mail that asks something of people rather than tells them what the work needs. Each goes once per
/// what, whom and which period (its outbox key), only to those who did not turn nudges off, outside quiet hours, with
/// a one-click unsubscribe link in the mail and its List-Unsubscribe header.
/// </summary>
internal sealed class NudgeNotifier(ILcPeersDb db, Notifier notifier, NudgePolicy policy, IUnsubscribeTokens tokens, AppLinks links)
{
    public const string KindPrefix = "nudge.";
    public const string FeedbackRequestKind = "nudge.feedback-request";
    public const string FeedbackReminderKind = "nudge.feedback-reminder";
    public const string ReportRequestKind = "nudge.report-request";
    public const string ReportReminderKind = "nudge.report-reminder";

    /// <summary>The quarterly "is your availability still correct?" mail to an expert.</summary>
    public const string ExpertConfirmAvailabilityKind = "nudge.confirm-availability";

    /// <summary>The half-yearly "is the LC's directory entry still correct?" mail to its coordinators.</summary>
    public const string DirectoryConfirmKind = "nudge.confirm-directory";

    /// <summary>Asks those who still owe feedback (or the report) for it; <paramref name="reminder"/> for the one reminder.</summary>
    /// <returns>How many nudges were queued.</returns>
    public async Task<int> FeedbackAsync(Engagement engagement, FeedbackOwed owed, bool reminder, DateTimeOffset now, CancellationToken ct)
    {
        var p = await notifier.ParticipantsAsync(engagement.ExpertId, engagement.LearningCommunityId, ct);
        var queued = 0;
        var round = reminder ? "reminder" : "request";
        if (owed.Coordinators)
        {
            var link = links.CoordinatorEngagement(engagement.RequestId, engagement.Id);
            foreach (var c in p.CoordinatorPeople)
            {
                queued += await QueueAsync(reminder ? FeedbackReminderKind : FeedbackRequestKind, $"feedback-{round}:{engagement.Id}:{c.Email}", engagement.Id.Value,
                    c.Email, c.Name, EmailTemplates.Dutch,
                    EmailTemplates.FeedbackRequestToCoordinator(EmailTemplates.Dutch, c.Name, p.LcName, p.Expert.DisplayName, reminder, link), now, ct) ? 1 : 0;
            }
        }

        if ((owed.Expert || owed.Report) && !p.Expert.IsErased && (p.Expert.Email ?? p.Expert.AccountEmail) is { } to)
        {
            var lang = EmailTemplates.LanguageFor(p.Expert.Languages);
            var kind = owed.Report ? (reminder ? ReportReminderKind : ReportRequestKind) : (reminder ? FeedbackReminderKind : FeedbackRequestKind);
            queued += await QueueAsync(kind, $"feedback-{round}:{engagement.Id}:expert", engagement.Id.Value, to, p.Expert.DisplayName, lang,
                EmailTemplates.FeedbackRequestToExpert(lang, p.Expert.DisplayName, p.LcName, owed.Report, reminder, links.ExpertEngagement(engagement.Id)), now, ct) ? 1 : 0;
        }

        return queued;
    }

    /// <summary>
    /// Queues one nudge unless its key was queued before or the recipient turned nudges off. In quiet hours it waits
    /// in the outbox until they end.
    /// </summary>
    public async Task<bool> QueueAsync(string kind, string key, Guid? related, string to, string? toName, string lang, ComposedEmail mail, DateTimeOffset now, CancellationToken ct)
    {
        if (!kind.StartsWith(KindPrefix, StringComparison.Ordinal))
        {
            throw new ArgumentException($"A nudge's kind starts with '{KindPrefix}'.", nameof(kind));
        }

        if (db.OutboxEmails.Local.Any(o => o.DeduplicationKey == key) || await db.OutboxEmails.AnyAsync(o => o.DeduplicationKey == key, ct)
            || !await policy.AllowsAsync(to, ct))
        {
            return false;
        }

        var unsubscribe = links.Unsubscribe(tokens.Create(to));
        var composed = EmailTemplates.WithUnsubscribe(mail, lang, unsubscribe);
        db.OutboxEmails.Add(OutboxEmail.Create(kind, key, related, to, toName, lang, composed.Subject, composed.Text, composed.Html, null, null, now,
                System.Diagnostics.Activity.Current?.Id)
            .AsNudge(unsubscribe, policy.SendAt(now)));
        return true;
    }

    /// <summary>
    /// Request <paramref name="request"/> (1 or 2) of the expert's current confirmation cycle, in their language; once
    /// per cycle and request. False when queued before, the expert has no address or turned nudges off.
    /// </summary>
    public Task<bool> ExpertConfirmAvailabilityAsync(Domain.Experts.Expert expert, int request, DateTimeOffset now, CancellationToken ct)
    {
        if (expert.IsErased || (expert.Email ?? expert.AccountEmail) is not { } to)
        {
            return Task.FromResult(false);
        }

        var lang = EmailTemplates.LanguageFor(expert.Languages);
        var mail = EmailTemplates.ConfirmAvailability(lang, expert.DisplayName, expert.HoursPerMonth, expert.MaxConcurrentEngagements, expert.AvailabilityConfirmedAt,
            request > 1, links.ConfirmAvailability(), links.EditAvailability());
        return QueueAsync(ExpertConfirmAvailabilityKind, $"expert.confirm-availability:{expert.Id}:{expert.AvailabilityConfirmedAt.UtcTicks}:{request}", expert.Id.Value,
            to, expert.DisplayName, lang, mail, now, ct);
    }

    /// <summary>Request <paramref name="request"/> of the LC's current confirmation cycle to each coordinator; the number queued.</summary>
    public async Task<int> DirectoryConfirmAsync(Domain.LearningCommunities.LearningCommunity lc, int request, DateTimeOffset now, CancellationToken ct)
    {
        var coordinators = await db.CoordinatorLinks.Where(l => l.LearningCommunityId == lc.Id).OrderBy(l => l.Email)
            .Select(l => new { l.Email, Name = db.Accounts.Where(a => a.Email == l.Email).Select(a => a.DisplayName).FirstOrDefault() })
            .ToListAsync(ct);
        var queued = 0;
        foreach (var c in coordinators)
        {
            var mail = EmailTemplates.ConfirmDirectory(c.Name, lc.Name, lc.DirectoryConfirmedAt, request > 1, links.ConfirmDirectory(lc.Id), links.DirectoryEntry(lc.Id));
            queued += await QueueAsync(DirectoryConfirmKind, $"lc.confirm-directory:{lc.Id}:{lc.DirectoryConfirmedAt.UtcTicks}:{request}:{c.Email}", lc.Id.Value,
                c.Email, c.Name, EmailTemplates.Dutch, mail, now, ct) ? 1 : 0;
        }

        return queued;
    }
}
