using LcPeers.Application.Common;
using LcPeers.Application.Common.Exceptions;
using LcPeers.Application.Notifications;
using LcPeers.Domain.Common;
using LcPeers.Domain.Experts;
using LcPeers.Domain.LearningCommunities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LcPeers.Application.Lifecycle.RunLifecycleJobs;

/// <summary>What one freshness sweep did.</summary>
internal sealed record FreshnessResult(int ExpertRequests, int ExpertsStale, int DirectoryRequests, int DirectoriesStale);

/// <summary>
/// Keeps the expert pool and the LC directory fresh (<see cref="Freshness"/>): experts are asked every
/// <see cref="LifecycleOptions.AvailabilityConfirmInterval"/> whether their availability is still correct, an LC's
/// coordinators every <see cref="LifecycleOptions.DirectoryConfirmInterval"/> whether its entry is; a second request
/// after <see cref="LifecycleOptions.ConfirmationAnswerWindow"/>, and stale when that one is unanswered too. Each
/// entry is its own transaction; the outbox key (what, whom, which cycle, which request) and the version make a second
/// run or instance send nothing twice.
/// </summary>
internal sealed class FreshnessSweep(ILcPeersDb db, NudgeNotifier notifier, IOptions<LifecycleOptions> options)
{
    public async Task<FreshnessResult> RunAsync(DateTimeOffset now, CancellationToken ct)
    {
        var o = options.Value;
        var sinceAvailability = now - o.AvailabilityConfirmInterval;
        var sinceDirectory = now - o.DirectoryConfirmInterval;

        // Only entries whose cycle is due come back: confirmed before the interval and not stale yet.
        var experts = await db.Experts.AsNoTracking()
            .Where(e => e.ErasedAt == null && e.StaleSince == null && e.AvailabilityConfirmedAt <= sinceAvailability)
            .OrderBy(e => e.Id).Select(e => e.Id).ToListAsync(ct);
        var lcs = await db.LearningCommunities.AsNoTracking()
            .Where(lc => lc.DirectoryStaleSince == null && lc.DirectoryConfirmedAt <= sinceDirectory && db.CoordinatorLinks.Any(l => l.LearningCommunityId == lc.Id))
            .OrderBy(lc => lc.Id).Select(lc => lc.Id).ToListAsync(ct);

        int expertRequests = 0, expertsStale = 0, lcRequests = 0, lcsStale = 0;
        foreach (var id in experts)
        {
            var step = await InOwnTransactionAsync(() => AdvanceExpertAsync(id, now, o, ct));
            expertRequests += step is ConfirmationStep.FirstRequest or ConfirmationStep.SecondRequest ? 1 : 0;
            expertsStale += step == ConfirmationStep.Stale ? 1 : 0;
        }

        foreach (var id in lcs)
        {
            var step = await InOwnTransactionAsync(() => AdvanceDirectoryAsync(id, now, o, ct));
            lcRequests += step is ConfirmationStep.FirstRequest or ConfirmationStep.SecondRequest ? 1 : 0;
            lcsStale += step == ConfirmationStep.Stale ? 1 : 0;
        }

        return new FreshnessResult(expertRequests, expertsStale, lcRequests, lcsStale);
    }

    private async Task<ConfirmationStep> AdvanceExpertAsync(ExpertId id, DateTimeOffset now, LifecycleOptions o, CancellationToken ct)
    {
        var expert = await db.Experts.FirstAsync(e => e.Id == id, ct);
        var step = expert.NextConfirmationStep(now, o.AvailabilityConfirmInterval, o.ConfirmationAnswerWindow);
        if (step == ConfirmationStep.Stale)
        {
            expert.MarkStale(now);
        }
        else if (step != ConfirmationStep.None)
        {
            // Without an address, or with nudges turned off, nothing is recorded: the expert was not asked.
            if (!await notifier.ExpertConfirmAvailabilityAsync(expert, expert.ConfirmationRequestsSent + 1, now, ct))
            {
                return ConfirmationStep.None;
            }

            expert.RecordConfirmationRequest(now);
        }

        await db.SaveChangesAsync(ct);
        return step;
    }

    private async Task<ConfirmationStep> AdvanceDirectoryAsync(LearningCommunityId id, DateTimeOffset now, LifecycleOptions o, CancellationToken ct)
    {
        var lc = await db.LearningCommunities.FirstAsync(x => x.Id == id, ct);
        var step = lc.NextConfirmationStep(now, o.DirectoryConfirmInterval, o.ConfirmationAnswerWindow);
        if (step == ConfirmationStep.Stale)
        {
            lc.MarkStale(now);
        }
        else if (step != ConfirmationStep.None)
        {
            if (await notifier.DirectoryConfirmAsync(lc, lc.DirectoryConfirmationRequestsSent + 1, now, ct) == 0)
            {
                return ConfirmationStep.None;
            }

            lc.RecordConfirmationRequest(now);
        }

        await db.SaveChangesAsync(ct);
        return step;
    }

    private async Task<ConfirmationStep> InOwnTransactionAsync(Func<Task<ConfirmationStep>> advance)
    {
        try
        {
            return await advance();
        }
        catch (Exception ex) when (ex is ConcurrencyConflictException or DuplicateException)
        {
            return ConfirmationStep.None; // another instance (or the owner) acted first; the next run sees the new state
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }
}
