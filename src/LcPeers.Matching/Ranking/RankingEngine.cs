using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using LcPeers.Domain.Matching;

namespace LcPeers.Matching.Ranking;

/// <summary>An eligible expert's place in a ranking: the pool index and the weighted score (0..1).</summary>
public readonly record struct RankedCandidate(int Index, double Score);

/// <summary>
/// Ranks a pool for one request: hard filters first (an excluded expert is never proposed), then a weighted sum of
/// normalised factors. One pass, no allocation but the result; ties go to the lower pool index (the expert id order),
/// so the same data always gives the same order.
/// </summary>
public static class RankingEngine
{
    public const int FactorCount = 10;

    /// <summary>Phase factor by LCs guided in the request's phase, capped at three (as packed).</summary>
    private static ReadOnlySpan<double> PhaseValues => [0, 1 / 3.0, 2 / 3.0, 1];

    public static RankedCandidate[] Rank(ExpertPool pool, RankingQuery query, MatchingWeights weights, int top)
    {
        ArgumentNullException.ThrowIfNull(pool);
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentOutOfRangeException.ThrowIfLessThan(top, 1);

        var w = Normalised(weights);
        var best = new TopK(new RankedCandidate[Math.Min(top, pool.Count)]);

        // Branch and bound: every factor value is at most 1, so competence, phase and kind fit plus the other weights
        // bound the score from above. Those three depend only on the sum of the competence levels on the request's
        // themes, the phase level and the roles, so their weighted sum is one look-up in a small table (at most
        // 19 × 4 × 16 entries) built per call. Once the top is full, an expert whose bound cannot beat the weakest of
        // the top (ties go to the lower index, which came first) is skipped before the rules and the other factors.
        var restMaximum = w.Tools + w.Sector + w.Region + w.TrackRecord + w.Load + w.Outside + w.RecentLoad + 1e-12;
        var threshold = double.NegativeInfinity;
        var levelSums = query.CompetenceByLevelSum;
        Span<double> bounds = stackalloc double[levelSums.Length << BoundKeyLevelShift];
        FillBounds(bounds, query, in w);

        // The attribute word and the table are read without bounds checks: every pool array has pool.Count entries,
        // and a key's level sum is at most 3 × the request's bottlenecks.
        ref var attributes = ref MemoryMarshal.GetArrayDataReference(pool.Attributes);
        ref var boundsStart = ref MemoryMarshal.GetReference(bounds);
        var scan = new Scan(query.CompetenceLowBits, query.PackedPhaseShift, query.RequiredBits, query.LanguageBits, query.RegionBits);
        var count = pool.Count;
        for (var i = scan.Next(ref attributes, 0, count, ref boundsStart, threshold - restMaximum); i < count;
             i = scan.Next(ref attributes, i + 1, count, ref boundsStart, threshold - restMaximum))
        {
            // Before anything outside the attribute word is read (each other array costs a cache miss here), a bound
            // with the word's own factors: most of the experts the scan returns end here.
            var a = Unsafe.Add(ref attributes, i);
            var bound = Unsafe.Add(ref boundsStart, scan.BoundKey(a));
            var factors = WordFactors.Of(query, a);
            if (factors.Maximum(in w, bound) <= threshold || !Eligibility.IsEligible(pool, query, i))
            {
                continue;
            }

            if (best.Offer(i, Score(pool, query, in w, i, in factors, bound)) && best.IsFull)
            {
                threshold = best.Weakest;
            }
        }

        return best.ToSortedArray();
    }

    /// <summary>
    /// Where the expert at <paramref name="index"/> stands in the full ranking (1 is first) and their score, or null
    /// when a rule excludes them: one pass counting the eligible experts that score better (ties to the lower index,
    /// as in <see cref="Rank"/>), skipping by the same bounds, without ranking or holding anyone.
    /// </summary>
    public static (int Position, double Score)? PlaceOf(ExpertPool pool, RankingQuery query, MatchingWeights weights, int index)
    {
        ArgumentNullException.ThrowIfNull(pool);
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(weights);
        if (!Eligibility.IsEligible(pool, query, index))
        {
            return null;
        }

        var w = Normalised(weights);
        Span<double> bounds = stackalloc double[query.CompetenceByLevelSum.Length << BoundKeyLevelShift];
        FillBounds(bounds, query, in w);
        var scan = new Scan(query.CompetenceLowBits, query.PackedPhaseShift, query.RequiredBits, query.LanguageBits, query.RegionBits);
        var own = pool.Attributes[index];
        var ownBound = bounds[scan.BoundKey(own)];
        var target = new RankedCandidate(index, Score(pool, query, in w, index, WordFactors.Of(query, own), ownBound));
        var ahead = 0;
        for (var i = 0; i < pool.Count; i++)
        {
            var a = pool.Attributes[i];
            var bound = bounds[scan.BoundKey(a)];
            var factors = WordFactors.Of(query, a);
            if (i == index || factors.Maximum(in w, bound) <= target.Score || !Eligibility.IsEligible(pool, query, i))
            {
                continue;
            }

            ahead += Better(Score(pool, query, in w, i, in factors, bound), i, target) ? 1 : 0;
        }

        return (ahead + 1, target.Score);
    }

    /// <summary>The bound table: the weighted competence, phase and kind fit for every key <see cref="Scan.BoundKey"/> makes.</summary>
    private static void FillBounds(Span<double> bounds, RankingQuery query, in Weights w)
    {
        var levelSums = query.CompetenceByLevelSum;
        for (var key = 0; key < bounds.Length; key++)
        {
            bounds[key] = (w.Competence * levelSums[key >> BoundKeyLevelShift])
                + (w.Phase * PhaseValues[(key >> BoundKeyPhaseShift) & 3])
                + (w.KindFit * query.KindTable[key & 0xF]);
        }
    }

    private const int BoundKeyPhaseShift = 4;
    private const int BoundKeyLevelShift = 6;

    /// <summary>The per-call constants of the scan over the attribute words.</summary>
    private readonly struct Scan(ulong levelsLow, int phaseShift, ulong required, ulong languages, ulong regions)
    {
        /// <summary>The bound table's key: competence level sum, phase level (0..3) and role mask, from the attribute word.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public int BoundKey(ulong a) =>
            ((BitOperations.PopCount(a & levelsLow) + (2 * BitOperations.PopCount(a & (levelsLow << 1)))) << BoundKeyLevelShift)
            | ((int)((a >> phaseShift) & 3) << BoundKeyPhaseShift)
            | (int)((a >> ExpertPool.RoleShift) & 0xF);

        /// <summary>
        /// The first index from <paramref name="i"/> whose bound beats <paramref name="floor"/> (the weakest of the
        /// top minus the other factors' maximum) and whose attribute word passes the packed part of
        /// <see cref="Eligibility.PassesScreen"/> (consent, room, language, province), or <paramref name="count"/>.
        /// Most experts end here once the top is full, so this loop is kept apart from the rest of the ranking: with
        /// few live values everything stays in registers, and the rules' full check runs only for the few it returns.
        /// The screen comes first: it is three ANDs, and a province or language leaves most words out, so the bound's
        /// two population counts and table read are spent only on the rest (bound first, the loop took 2.4 times as long).
        /// </summary>
        [MethodImpl(MethodImplOptions.NoInlining)]
        public int Next(ref ulong attributes, int i, int count, ref double bounds, double floor)
        {
            for (; i < count; i++)
            {
                var a = Unsafe.Add(ref attributes, i);
                if ((((a & required) == required) & ((a & languages) != 0) & ((a & regions) != 0)) && Unsafe.Add(ref bounds, BoundKey(a)) > floor)
                {
                    break;
                }
            }

            return i;
        }
    }

    /// <summary>The factors read from the attribute word alone: sector, region and outside perspective (0..1 each).</summary>
    private readonly record struct WordFactors(double Sector, double Region, double Outside)
    {
        public static WordFactors Of(RankingQuery query, ulong a)
        {
            var lcSectors = (ulong)query.LcSectorMask << ExpertPool.SectorShift;
            var lcRegions = (ulong)query.LcRegionMask << ExpertPool.RegionShift;
            var region = (a & ((ulong)query.TargetRegionMask << ExpertPool.RegionShift)) != 0 ? MatchingPolicy.SameProvince
                : (a & ((ulong)query.NeighbourRegionMask << ExpertPool.RegionShift)) != 0 ? MatchingPolicy.NeighbourProvince
                : !query.OnSite && (a & ExpertPool.OnlineBit) != 0 ? MatchingPolicy.OnlineOnly : 0;
            return new((a & lcSectors) != 0 ? 1 : 0, region,
                ((a & lcSectors) == 0 && lcSectors != 0 ? 0.5 : 0) + ((a & lcRegions) == 0 && lcRegions != 0 ? 0.5 : 0));
        }

        /// <summary>The most the expert can score: the other factors (tools, track record, load, recent load) at their maximum of 1.</summary>
        public double Maximum(in Weights w, double competencePhaseKind) =>
            competencePhaseKind + w.Tools + (w.Sector * Sector) + (w.Region * Region) + w.TrackRecord + w.Load + (w.Outside * Outside) + w.RecentLoad + 1e-12;
    }

    /// <summary>
    /// The full score of an eligible expert, adding the remaining factors to the bound's three in factor order, times
    /// the profile's freshness (at most 1, so the bounds stay bounds).
    /// </summary>
    private static double Score(ExpertPool pool, RankingQuery query, in Weights w, int i, in WordFactors f, double competencePhaseKind)
    {
        var pop = BitOperations.PopCount(pool.ToolMask[i] & query.RelevantToolMask);
        return pool.Freshness(i) * (competencePhaseKind
            + (w.Tools * (pop >= 2 ? 1 : pop * 0.5))
            + (w.Sector * f.Sector)
            + (w.Region * f.Region)
            + (w.TrackRecord * pool.TrackRecord[i])
            + (w.Load * pool.Load[i])
            + (w.Outside * f.Outside)
            + (w.RecentLoad * pool.RecentLoad[i]));
    }

    /// <summary>Every hard-filter reason that holds for the expert at <paramref name="i"/> (<see cref="Eligibility.Exclusions"/>).</summary>
    public static ExclusionReason Exclusions(ExpertPool pool, RankingQuery query, int i) => Eligibility.Exclusions(pool, query, i);

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
            pool.RecentLoad[i],
        ];
    }

    /// <summary>Weights scaled to sum to 1, in factor order.</summary>
    public static double[] NormalisedWeights(MatchingWeights weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        var total = weights.Total;
        return [.. weights.ToArray().Select(x => x / total)];
    }

    /// <summary>Same province 1 &gt; neighbouring province &gt; online only (when the format allows) &gt; none.</summary>
    private static double Region(ExpertPool pool, RankingQuery query, int i)
    {
        var regions = pool.RegionMask[i];
        if ((regions & query.TargetRegionMask) != 0)
        {
            return MatchingPolicy.SameProvince;
        }

        if ((regions & query.NeighbourRegionMask) != 0)
        {
            return MatchingPolicy.NeighbourProvince;
        }

        return !query.OnSite && (pool.Flags[i] & ExpertPool.OnlineFlag) != 0 ? MatchingPolicy.OnlineOnly : 0;
    }

    /// <summary>A small bonus for a view from outside the LC's own sector and region (the report values diversity).</summary>
    private static double Outside(ExpertPool pool, RankingQuery query, int i) =>
        (query.LcSectorMask != 0 && (pool.SectorMask[i] & query.LcSectorMask) == 0 ? 0.5 : 0)
        + (query.LcRegionMask != 0 && (pool.RegionMask[i] & query.LcRegionMask) == 0 ? 0.5 : 0);

    /// <summary>The best candidates so far in a min-heap on (score, then higher index): the weakest sits at the root.</summary>
    private struct TopK(RankedCandidate[] heap)
    {
        private int _size;

        public readonly bool IsFull => _size == heap.Length;

        public readonly double Weakest => heap[0].Score;

        /// <summary>Adds the candidate if it belongs in the top; false when it does not.</summary>
        public bool Offer(int index, double score)
        {
            if (_size < heap.Length)
            {
                heap[_size] = new RankedCandidate(index, score);
                SiftUp(heap, _size++);
                return true;
            }

            if (heap.Length == 0 || !Better(score, index, heap[0]))
            {
                return false;
            }

            heap[0] = new RankedCandidate(index, score);
            SiftDown(heap, 0, _size);
            return true;
        }

        public readonly RankedCandidate[] ToSortedArray()
        {
            Array.Sort(heap, 0, _size, BestFirst.Instance);
            return _size < heap.Length ? heap[.._size] : heap;
        }
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
            w.OutsidePerspective / t, w.RecentLoad / t);
    }

    private readonly record struct Weights(double Competence, double Phase, double KindFit, double Tools, double Sector, double Region,
        double TrackRecord, double Load, double Outside, double RecentLoad);

    private sealed class BestFirst : IComparer<RankedCandidate>
    {
        public static readonly BestFirst Instance = new();

        public int Compare(RankedCandidate x, RankedCandidate y) =>
            x.Score != y.Score ? y.Score.CompareTo(x.Score) : x.Index.CompareTo(y.Index);
    }
}
