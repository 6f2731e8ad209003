using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
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

        // The hot loop reads one attribute word and four small arrays per expert, without bounds checks (every array
        // has pool.Count entries; the tables are indexed by masked bits within their length).
        ref var attributes = ref MemoryMarshal.GetArrayDataReference(pool.Attributes);
        ref var tools = ref MemoryMarshal.GetArrayDataReference(pool.ToolMask);
        ref var blooms = ref MemoryMarshal.GetArrayDataReference(pool.OrgBloom);
        ref var sureFree = ref MemoryMarshal.GetArrayDataReference(pool.SureFreeHours);
        ref var track = ref MemoryMarshal.GetArrayDataReference(pool.TrackRecord);
        ref var load = ref MemoryMarshal.GetArrayDataReference(pool.Load);
        ref var competence = ref MemoryMarshal.GetArrayDataReference(query.CompetenceTable);
        ref var kind = ref MemoryMarshal.GetArrayDataReference(query.KindTable);
        var required = query.RequiredBits;
        var languages = query.LanguageBits;
        var regions = query.RegionBits;
        var toolRequired = query.RequiredToolMask;
        var noToolRequired = toolRequired == 0;
        var conflictBloom = query.ConflictBloom;
        var minHours = query.MinHours;
        var phaseShift = query.PackedPhaseShift;
        var relevantTools = query.RelevantToolMask;
        var lcSectors = (ulong)query.LcSectorMask << ExpertPool.SectorShift;
        var target = (ulong)query.TargetRegionMask << ExpertPool.RegionShift;
        var neighbours = (ulong)query.NeighbourRegionMask << ExpertPool.RegionShift;
        var lcRegions = (ulong)query.LcRegionMask << ExpertPool.RegionShift;
        var onlineCounts = !query.OnSite;
        var sectorOutside = lcSectors != 0 ? 0.5 : 0;
        var regionOutside = lcRegions != 0 ? 0.5 : 0;
        var checkProposed = query.AlreadyProposed.Length > 0;

        // Branch and bound: every factor value is at most 1, so competence, phase and kind fit plus the other weights
        // bound the score from above. Once the heap is full, an expert whose bound cannot beat the weakest of the top
        // (ties go to the lower index, which came first) is skipped before the costlier checks and factors.
        var restMaximum = w.Tools + w.Sector + w.Region + w.TrackRecord + w.Load + w.Outside + 1e-12;
        var threshold = double.NegativeInfinity;

        // First cut in integers: the sum of the competence levels on the request's themes (2-bit fields, added with
        // two popcounts) must exceed what the weakest of the top leaves room for. Conservative by a small margin.
        var afterCompetence = w.Phase + w.KindFit + restMaximum;
        var levelsLow = query.CompetenceLowBits;
        var levelsHigh = levelsLow << 1;
        var levelScale = 3.0 * query.Request.Bottlenecks.Count / w.Competence;
        var skipLevelsUpTo = -1;
        for (var i = 0; i < pool.Count; i++)
        {
            var a = Unsafe.Add(ref attributes, i);
            var levels = BitOperations.PopCount(a & levelsLow) + (2 * BitOperations.PopCount(a & levelsHigh));
            if (levels <= skipLevelsUpTo)
            {
                continue; // most experts stop here once the top is full
            }

            var competenceValue = Unsafe.Add(ref competence, (int)((a >> ExpertPool.CompetenceShift) & 0xFFF));

            var phaseValue = PhaseValues[(int)((a >> phaseShift) & 3)];
            var kindValue = Unsafe.Add(ref kind, (int)((a >> ExpertPool.RoleShift) & 0xF));
            if ((w.Competence * competenceValue) + (w.Phase * phaseValue) + (w.KindFit * kindValue) + restMaximum <= threshold)
            {
                continue;
            }

            var t = Unsafe.Add(ref tools, i);
            var eligible = ((a & required) == required) & ((a & languages) != 0) & ((a & regions) != 0) & (noToolRequired | ((t & toolRequired) != 0));
            if (!eligible)
            {
                continue;
            }

            // Rare cases take the exact path: a possible conflict of interest, an unavailable period, hours that only
            // fit if some commitments fall outside the request's period, or an expert proposed already.
            if ((((a & ExpertPool.PeriodsBit) != 0) | ((Unsafe.Add(ref blooms, i) & conflictBloom) != 0) | (Unsafe.Add(ref sureFree, i) < minHours) | checkProposed)
                && IsExcluded(pool, query, i))
            {
                continue;
            }

            var pop = BitOperations.PopCount(t & relevantTools);
            var region = (a & target) != 0 ? 1 : (a & neighbours) != 0 ? NeighbourRegion : onlineCounts && (a & ExpertPool.OnlineBit) != 0 ? OnlineOnly : 0;
            var score = (w.Competence * competenceValue)
                + (w.Phase * phaseValue)
                + (w.KindFit * kindValue)
                + (w.Tools * (pop >= 2 ? 1 : pop * 0.5))
                + (w.Sector * ((a & lcSectors) != 0 ? 1 : 0))
                + (w.Region * region)
                + (w.TrackRecord * Unsafe.Add(ref track, i))
                + (w.Load * Unsafe.Add(ref load, i))
                + (w.Outside * (((a & lcSectors) == 0 ? sectorOutside : 0) + ((a & lcRegions) == 0 ? regionOutside : 0)));

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
            else
            {
                continue;
            }

            if (size == heap.Length)
            {
                threshold = heap[0].Score;
                skipLevelsUpTo = w.Competence > 0 ? (int)Math.Floor(((threshold - afterCompetence) * levelScale) - 1e-7) : -1;
            }
        }

        Array.Sort(heap, 0, size, BestFirst.Instance);
        if (size < heap.Length)
        {
            Array.Resize(ref heap, size);
        }

        return heap;
    }

    /// <summary>Phase factor by LCs guided in the request's phase, capped at three (as packed).</summary>
    private static readonly double[] PhaseValues = [0, 1 / 3.0, 2 / 3.0, 1];

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
