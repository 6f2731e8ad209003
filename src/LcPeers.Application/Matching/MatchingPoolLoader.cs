using LcPeers.Application.Common;
using LcPeers.Domain.Experts;
using LcPeers.Domain.Matching;
using LcPeers.Domain.Requests;
using LcPeers.Domain.Tools;
using LcPeers.Matching.Ranking;
using Microsoft.EntityFrameworkCore;

namespace LcPeers.Application.Matching;

/// <summary>
/// Loads what ranking needs from the database: every expert (or only some, to bring the pool snapshot up to date) with
/// their current load (approved or accepted proposals on open requests, as hours per month over each request's
/// period), track record, the engagements each began in the last 12 months (the recent-load factor), how long a stale
/// profile went unconfirmed, and the tools catalogue.
/// </summary>
internal sealed class MatchingPoolLoader(ILcPeersDb db, IExpertRatings ratings, TimeProvider time)
{
    private static readonly RequestStatus[] OpenStatuses =
        [RequestStatus.Submitted, RequestStatus.Matching, RequestStatus.Matched, RequestStatus.InProgress];

    /// <summary>
    /// The whole pool. The experts are streamed (in id order, which the pool keeps) and laid out one by one, so they
    /// are never all held at once: at 100,000 experts that halves the build and most of its garbage.
    /// </summary>
    public async Task<(ExpertPool Pool, IReadOnlyList<Tool> Catalogue)> LoadAsync(CancellationToken ct)
    {
        var catalogue = await db.Tools.AsNoTracking().OrderBy(t => t.Number).ToListAsync(ct);
        var facts = await FactsAsync(null, ct);
        var experts = Experts(null);
        var builder = ExpertPool.CreateBuilder(catalogue, await experts.CountAsync(ct));
        await foreach (var expert in experts.OrderBy(e => e.Id).AsAsyncEnumerable().WithCancellation(ct))
        {
            builder.Add(facts.Entry(expert));
        }

        return (builder.Build(), catalogue);
    }

    /// <summary>The entries of the experts named that are not erased.</summary>
    public async Task<List<ExpertEntry>> EntriesAsync(IReadOnlyCollection<ExpertId> only, CancellationToken ct)
    {
        var facts = await FactsAsync(only, ct);
        var rows = await Experts(only).ToListAsync(ct);
        return [.. rows.Select(facts.Entry)];
    }

    private IQueryable<Expert> Experts(IReadOnlyCollection<ExpertId>? only)
    {
        var experts = db.Experts.AsNoTracking().Where(e => e.ErasedAt == null);
        return only is null ? experts : experts.Where(e => only.Contains(e.Id));
    }

    /// <summary>Everything about the experts (all when <paramref name="only"/> is null) besides their profiles, read in grouped queries.</summary>
    private async Task<PoolFacts> FactsAsync(IReadOnlyCollection<ExpertId>? only, CancellationToken ct)
    {
        var proposals = db.Proposals.AsNoTracking().Where(p => p.Status == ProposalStatus.Approved || p.Status == ProposalStatus.Accepted);
        if (only is not null)
        {
            proposals = proposals.Where(p => only.Contains(p.ExpertId));
        }

        var commitments = await (
                from p in proposals
                join r in db.SupportRequests.AsNoTracking() on p.RequestId equals r.Id
                where OpenStatuses.Contains(r.Status) && r.Start != null && r.End != null && r.Hours != null
                select new { p.ExpertId, Start = r.Start!.Value, End = r.End!.Value, Hours = r.Hours!.Value, r.ExpertsWanted })
            .ToListAsync(ct);
        var load = commitments.GroupBy(c => c.ExpertId).ToDictionary(
            g => g.Key,
            g => g.Select(c => new Commitment(c.Start, c.End, RankingQuery.HoursPerMonth(c.Hours, c.ExpertsWanted, c.Start, c.End))).ToList());
        var track = await ratings.GetAsync(only, ct);
        var now = time.GetUtcNow();
        var recent = await RecentWork.EngagementsPerExpertAsync(db, now, ct, only);
        return new PoolFacts(load, track, recent, now);
    }

    private sealed record PoolFacts(
        Dictionary<ExpertId, List<Commitment>> Load,
        IReadOnlyDictionary<ExpertId, (int Count, double Sum)> Track,
        Dictionary<ExpertId, int> Recent,
        DateTimeOffset Now)
    {
        public ExpertEntry Entry(Expert e)
        {
            var load = Load.GetValueOrDefault(e.Id) ?? [];
            var (count, sum) = Track.GetValueOrDefault(e.Id);
            return new ExpertEntry(e, load.Count, load, count, sum, Recent.GetValueOrDefault(e.Id), e.IsStale ? WholeMonths(e.AvailabilityConfirmedAt, Now) : null);
        }
    }

    /// <summary>Whole calendar months from <paramref name="since"/> to <paramref name="now"/> (Europe/Amsterdam), for the stale reason.</summary>
    private static int WholeMonths(DateTimeOffset since, DateTimeOffset now)
    {
        var from = LocalTimes.ToLocal(since, LocalTimes.Amsterdam);
        var to = LocalTimes.ToLocal(now, LocalTimes.Amsterdam);
        var months = ((to.Year - from.Year) * 12) + to.Month - from.Month - (to.Day < from.Day ? 1 : 0);
        return Math.Max(0, months);
    }
}

/// <summary>Ratings from past engagements per expert (count and sum of 1-5 ratings), for the track-record factor.</summary>
public interface IExpertRatings
{
    /// <summary>For every expert, or only those in <paramref name="only"/>.</summary>
    Task<IReadOnlyDictionary<ExpertId, (int Count, double Sum)>> GetAsync(IReadOnlyCollection<ExpertId>? only, CancellationToken ct);
}
