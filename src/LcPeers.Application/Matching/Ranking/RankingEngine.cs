using System.Numerics;
using LcPeers.Domain.Matching;

namespace LcPeers.Application.Matching.Ranking;

/// <summary>An eligible expert's place in a ranking: the pool index and the weighted score (0..1).</summary>
public readonly record struct RankedCandidate(int Index, double Score);

/// <summary>
/// Ranks a pool for one request: hard filters first (an excluded expert is never proposed), then a weighted sum of
/// normalised factors. One pass, no allocation but the result; ties go to the lower pool index (the expert id order),
/// so the same data always gives the same order.
/// </summary>
public static class RankingEngine
{
    public const int FactorCount = 9;

    private const double NeighbourRegion = 0.6;
    private const double OnlineOnly = 0.3;

    public static RankedCandidate[] Rank(ExpertPool pool, RankingQuery query, MatchingWeights weights, int top)
    {
        ArgumentNullException.ThrowIfNull(pool);
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentOutOfRangeException.ThrowIfLessThan(top, 1);

        var w = Normalised(weights);
        var heap = new RankedCandidate[Math.Min(top, pool.Count)];
        var size = 0;
        for (var i = 0; i < pool.Count; i++)
        {
            if (IsExcluded(pool, query, i))
            {
                continue;
            }

            var score = Score(pool, query, in w, i);
            if (size < heap.Length)
            {
                heap[size] = new RankedCandidate(i, score);
                SiftUp(heap, size++);
            }
            else if (Better(score, i, heap[0]))
            {
                heap[0] = new RankedCandidate(i, score);
                SiftDown(heap, 0, size);
            }
        }

        Array.Sort(heap, 0, size, BestFirst.Instance);
        if (size < heap.Length)
        {
            Array.Resize(ref heap, size);
        }

        return heap;
    }

    /// <summary><see cref="Rank"/> with its duration recorded in the <c>lcpeers.ranking.duration</c> histogram.</summary>
    public static RankedCandidate[] RankTimed(ExpertPool pool, RankingQuery query, MatchingWeights weights, int top)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var result = Rank(pool, query, weights, top);
        Common.Diagnostics.LcPeersDiagnostics.RankingDuration.Record(System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        return result;
    }

    /// <summary>Every hard-filter reason that holds for the expert at <paramref name="i"/>.</summary>
    public static ExclusionReason Exclusions(ExpertPool pool, RankingQuery query, int i)
    {
        ArgumentNullException.ThrowIfNull(pool);
        ArgumentNullException.ThrowIfNull(query);
        var reasons = ExclusionReason.None;
        if ((pool.Flags[i] & ExpertPool.ConsentFlag) == 0)
        {
            reasons |= ExclusionReason.NoConsent;
        }

        if ((pool.LanguageMask[i] & query.LanguageMask) == 0)
        {
            reasons |= ExclusionReason.Language;
        }

        if (query.RequiredRegionMask != 0 && (pool.RegionMask[i] & query.RequiredRegionMask) == 0)
        {
            reasons |= ExclusionReason.Region;
        }

        if (query.RequiredToolMask != 0 && (pool.ToolMask[i] & query.RequiredToolMask) == 0)
        {
            reasons |= ExclusionReason.CannotFacilitateTool;
        }

        if (pool.Active[i] >= pool.MaxConcurrent[i])
        {
            reasons |= ExclusionReason.AtCapacity;
        }

        if ((pool.OrgBloom[i] & query.ConflictBloom) != 0 && HasConflict(pool, query, i))
        {
            reasons |= ExclusionReason.ConflictOfInterest;
        }

        if (IsUnavailable(pool, query, i))
        {
            reasons |= ExclusionReason.Unavailable;
        }

        if (query.AlreadyProposed.Length > 0 && Array.BinarySearch(query.AlreadyProposed, i) >= 0)
        {
            reasons |= ExclusionReason.AlreadyProposed;
        }

        return reasons;
    }

    /// <summary>The factor values (0..1) of the expert at <paramref name="i"/>, in <see cref="MatchingFactor"/> order.</summary>
    public static double[] Factors(ExpertPool pool, RankingQuery query, int i)
    {
        ArgumentNullException.ThrowIfNull(pool);
        ArgumentNullException.ThrowIfNull(query);
        return
        [
            query.CompetenceTable[pool.Competences[i]],
            query.PhaseTable[(pool.PhaseCounts[i] >> query.PhaseShift) & 0xFF],
            query.KindTable[pool.RoleMask[i]],
            Math.Min(BitOperations.PopCount(pool.ToolMask[i] & query.RelevantToolMask), 2) * 0.5,
            (pool.SectorMask[i] & query.LcSectorMask) != 0 ? 1 : 0,
            Region(pool, query, i),
            pool.TrackRecord[i],
            pool.Load[i],
            Outside(pool, query, i),
        ];
    }

    /// <summary>Weights scaled to sum to 1, in factor order.</summary>
    public static double[] NormalisedWeights(MatchingWeights weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        var total = weights.Total;
        return [.. weights.ToArray().Select(x => x / total)];
    }

    private static bool IsExcluded(ExpertPool pool, RankingQuery query, int i) =>
        (pool.Flags[i] & ExpertPool.ConsentFlag) == 0
        || (pool.LanguageMask[i] & query.LanguageMask) == 0
        || (query.RequiredRegionMask != 0 && (pool.RegionMask[i] & query.RequiredRegionMask) == 0)
        || (query.RequiredToolMask != 0 && (pool.ToolMask[i] & query.RequiredToolMask) == 0)
        || pool.Active[i] >= pool.MaxConcurrent[i]
        || ((pool.OrgBloom[i] & query.ConflictBloom) != 0 && HasConflict(pool, query, i))
        || IsUnavailable(pool, query, i)
        || (query.AlreadyProposed.Length > 0 && Array.BinarySearch(query.AlreadyProposed, i) >= 0);

    private static double Score(ExpertPool pool, RankingQuery query, in Weights w, int i) =>
        (w.Competence * query.CompetenceTable[pool.Competences[i]])
        + (w.Phase * query.PhaseTable[(pool.PhaseCounts[i] >> query.PhaseShift) & 0xFF])
        + (w.KindFit * query.KindTable[pool.RoleMask[i]])
        + (w.Tools * Math.Min(BitOperations.PopCount(pool.ToolMask[i] & query.RelevantToolMask), 2) * 0.5)
        + (w.Sector * ((pool.SectorMask[i] & query.LcSectorMask) != 0 ? 1 : 0))
        + (w.Region * Region(pool, query, i))
        + (w.TrackRecord * pool.TrackRecord[i])
        + (w.Load * pool.Load[i])
        + (w.Outside * Outside(pool, query, i));

    /// <summary>Same province 1 &gt; neighbouring province &gt; online only (when the format allows) &gt; none.</summary>
    private static double Region(ExpertPool pool, RankingQuery query, int i)
    {
        var regions = pool.RegionMask[i];
        if ((regions & query.TargetRegionMask) != 0)
        {
            return 1;
        }

        if ((regions & query.NeighbourRegionMask) != 0)
        {
            return NeighbourRegion;
        }

        return !query.OnSite && (pool.Flags[i] & ExpertPool.OnlineFlag) != 0 ? OnlineOnly : 0;
    }

    /// <summary>A small bonus for a view from outside the LC's own sector and region (the report values diversity).</summary>
    private static double Outside(ExpertPool pool, RankingQuery query, int i) =>
        (query.LcSectorMask != 0 && (pool.SectorMask[i] & query.LcSectorMask) == 0 ? 0.5 : 0)
        + (query.LcRegionMask != 0 && (pool.RegionMask[i] & query.LcRegionMask) == 0 ? 0.5 : 0);

    private static bool HasConflict(ExpertPool pool, RankingQuery query, int i)
    {
        for (var j = pool.OrgStart[i]; j < pool.OrgStart[i + 1]; j++)
        {
            if (Array.BinarySearch(query.ConflictOrgIds, pool.OrgIds[j]) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>An unavailable period overlaps the request, or the hours left per month are fewer than the request needs.</summary>
    private static bool IsUnavailable(ExpertPool pool, RankingQuery query, int i)
    {
        for (var j = pool.PeriodStart[i]; j < pool.PeriodStart[i + 1]; j++)
        {
            if (pool.PeriodFrom[j] <= query.End && query.Start <= pool.PeriodTo[j])
            {
                return true;
            }
        }

        double committed = 0;
        for (var j = pool.CommitStart[i]; j < pool.CommitStart[i + 1]; j++)
        {
            if (pool.CommitFrom[j] <= query.End && query.Start <= pool.CommitTo[j])
            {
                committed += pool.CommitHours[j];
            }
        }

        return query.NeedPerMonth > pool.HoursPerMonth[i] - committed + 1e-9;
    }

    private static bool Better(double score, int index, RankedCandidate than) =>
        score > than.Score || (score == than.Score && index < than.Index);

    private static void SiftUp(RankedCandidate[] heap, int i)
    {
        while (i > 0)
        {
            var parent = (i - 1) / 2;
            if (!Better(heap[parent].Score, heap[parent].Index, heap[i]))
            {
                break;
            }

            (heap[parent], heap[i]) = (heap[i], heap[parent]);
            i = parent;
        }
    }

    private static void SiftDown(RankedCandidate[] heap, int i, int size)
    {
        while (true)
        {
            var worst = i;
            var left = (2 * i) + 1;
            var right = left + 1;
            if (left < size && Better(heap[worst].Score, heap[worst].Index, heap[left]))
            {
                worst = left;
            }

            if (right < size && Better(heap[worst].Score, heap[worst].Index, heap[right]))
            {
                worst = right;
            }

            if (worst == i)
            {
                return;
            }

            (heap[worst], heap[i]) = (heap[i], heap[worst]);
            i = worst;
        }
    }

    private static Weights Normalised(MatchingWeights w)
    {
        var t = w.Total;
        return new Weights(w.Competence / t, w.Phase / t, w.KindFit / t, w.Tools / t, w.Sector / t, w.Region / t, w.TrackRecord / t, w.Load / t,
            w.OutsidePerspective / t);
    }

    private readonly record struct Weights(double Competence, double Phase, double KindFit, double Tools, double Sector, double Region,
        double TrackRecord, double Load, double Outside);

    private sealed class BestFirst : IComparer<RankedCandidate>
    {
        public static readonly BestFirst Instance = new();

        public int Compare(RankedCandidate x, RankedCandidate y) =>
            x.Score != y.Score ? y.Score.CompareTo(x.Score) : x.Index.CompareTo(y.Index);
    }
}
