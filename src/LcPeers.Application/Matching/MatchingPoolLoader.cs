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
internal sealed class MatchingPoolLoader(ILcPeersDb db, IExpertRatings ratings, IPoolProfileReader profiles, TimeProvider time)
{
    private static readonly RequestStatus[] OpenStatuses =
        [RequestStatus.Submitted, RequestStatus.Matching, RequestStatus.Matched, RequestStatus.InProgress];

    /// <summary>
    /// The whole pool. The profiles are streamed (in id order, which the pool keeps) straight from their columns and
    /// laid out one by one, so they are never all held at once and no aggregate is materialised: at 100,000 experts
    /// that is most of the build (decision 10).
    /// </summary>
    public async Task<(ExpertPool Pool, IReadOnlyList<Tool> Catalogue)> LoadAsync(CancellationToken ct)
    {
        var catalogue = await db.Tools.AsNoTracking().OrderBy(t => t.Number).ToListAsync(ct);
        var facts = await FactsAsync(null, ct);
        var stale = await Experts(null).Where(e => e.StaleSince != null)
            .Select(e => new { e.Id, e.AvailabilityConfirmedAt }).ToDictionaryAsync(e => e.Id, e => e.AvailabilityConfirmedAt, ct);
        var builder = ExpertPool.CreateBuilder(catalogue, await Experts(null).CountAsync(ct));
        await foreach (var profile in profiles.ReadAsync(ct).WithCancellation(ct))
        {
            var id = new ExpertId(profile.Id);
            builder.Add(profile, facts.For(id, stale.TryGetValue(id, out var confirmed) ? confirmed : null));
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
            var facts = For(e.Id, e.IsStale ? e.AvailabilityConfirmedAt : null);
            return new ExpertEntry(e, facts.ActiveEngagements, facts.Commitments, facts.RatingCount, facts.RatingSum, facts.RecentEngagements, facts.UnconfirmedMonths);
        }

        /// <summary>The facts of the expert with <paramref name="id"/>.</summary>
        /// <param name="id">The expert.</param>
        /// <param name="confirmedAt">When a stale profile's availability was last confirmed; null for one that is not stale.</param>
        public ExpertFacts For(ExpertId id, DateTimeOffset? confirmedAt)
        {
            var load = Load.GetValueOrDefault(id) ?? [];
            var (count, sum) = Track.GetValueOrDefault(id);
            return new ExpertFacts(load.Count, load, count, sum, Recent.GetValueOrDefault(id), confirmedAt is { } since ? WholeMonths(since, Now) : null);
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

/// <summary>
/// The pool profiles of every expert not erased, in id order where the database sorts ids as .NET does (otherwise the
/// pool sorts them), read straight from the experts' columns rather than materialised as aggregates.
/// </summary>
public interface IPoolProfileReader
{
    IAsyncEnumerable<PoolProfile> ReadAsync(CancellationToken ct);
}
