using LcPeers.Application.Common;
using LcPeers.Application.Common.Exceptions;
using LcPeers.Application.Notifications;
using LcPeers.Domain.Engagements;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LcPeers.Application.Lifecycle.RunLifecycleJobs;

/// <summary>
/// Asks for feedback when an engagement ends (closed, or its last day passed): the coordinators and the expert, and
/// for a peer review the reviewer's report; after <see cref="LifecycleOptions.FeedbackReminderAfter"/> one reminder to
/// whoever has not answered. Those who answered hear nothing more. Each engagement moves in its own transaction, so
/// two instances, or the person answering at the same moment, cannot make it ask twice.
/// </summary>
internal sealed class FeedbackRequests(ILcPeersDb db, NudgeNotifier nudges, IOptions<LifecycleOptions> options)
{
    public async Task<int> SendDueAsync(DateTimeOffset now, CancellationToken ct)
    {
        var o = options.Value;
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var oldestEnd = DateOnly.FromDateTime((now - o.FeedbackRequestHorizon).UtcDateTime);
        // Ended (closed, or past its last day) and not yet asked and reminded; work that ended long ago is left alone.
        var due = await db.Engagements.AsNoTracking()
            .Where(e => (e.Status == EngagementStatus.Completed || e.End < today) && e.End >= oldestEnd
                && (e.FeedbackRequestedAt == null || e.FeedbackReminderSentAt == null))
            .Select(e => e.Id)
            .ToListAsync(ct);
        var queued = 0;
        foreach (var id in due)
        {
            queued += await AdvanceAsync(id, now, o, ct);
        }

        return queued;
    }

    private async Task<int> AdvanceAsync(EngagementId id, DateTimeOffset now, LifecycleOptions o, CancellationToken ct)
    {
        try
        {
            var engagement = await db.Engagements.FirstAsync(e => e.Id == id, ct);
            var request = engagement.NeedsFeedbackRequest(now, o.FeedbackRequestHorizon);
            if (!request && !engagement.NeedsFeedbackReminder(now, o.FeedbackReminderAfter))
            {
                return 0;
            }

            var owed = await OwedAsync(engagement, ct);
            var queued = owed.Any ? await nudges.FeedbackAsync(engagement, owed, reminder: !request, now, ct) : 0;
            if (request)
            {
                engagement.MarkFeedbackRequested(now);
            }
            else
            {
                engagement.MarkFeedbackReminderSent(now);
            }

            await db.SaveChangesAsync(ct);
            return queued;
        }
        catch (Exception ex) when (ex is ConcurrencyConflictException or DuplicateException)
        {
            return 0; // another instance moved it first; the next sweep sees the new state
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    private async Task<FeedbackOwed> OwedAsync(Engagement engagement, CancellationToken ct)
    {
        var given = await db.EngagementFeedback.AsNoTracking().Where(f => f.EngagementId == engagement.Id).Select(f => f.Role).ToListAsync(ct);
        var reportOwed = engagement.IsPeerReview && !await db.PeerReviewReports.AnyAsync(r => r.EngagementId == engagement.Id, ct);
        return new FeedbackOwed(!given.Contains(FeedbackRole.Coordinator), !given.Contains(FeedbackRole.Expert), reportOwed);
    }
}
