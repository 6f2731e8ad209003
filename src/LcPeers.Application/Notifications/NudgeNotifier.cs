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
}
