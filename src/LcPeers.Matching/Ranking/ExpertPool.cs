using System.Numerics;
using LcPeers.Domain.Experts;
using LcPeers.Domain.Reference;
using LcPeers.Domain.Tools;

namespace LcPeers.Matching.Ranking;

/// <summary>
/// A read-only snapshot of the expert pool laid out for ranking: one array per attribute (structure of arrays), sets
/// as bit masks, levels and counts packed into integers. Ranking a request is then one linear pass of cheap bit
/// operations and table look-ups over contiguous memory. Experts are ordered by id, so the index is the stable
/// tie-break key. Erased experts are left out.
/// </summary>
public sealed partial class ExpertPool
{
    internal const int MaxTools = 64;

    /// <param name="count">Experts in the pool.</param>
    /// <param name="overwritten">True when every array will be written in full (a changed pool's copies): it is then not zeroed first.</param>
    internal ExpertPool(int count, bool overwritten = false)
    {
        Count = count;
        Ids = Allocate<Guid>(count, overwritten);
        Names = Allocate<string>(count, overwritten);
        Flags = Allocate<byte>(count, overwritten);
        RegionMask = Allocate<ushort>(count, overwritten);
        LanguageMask = Allocate<byte>(count, overwritten);
        RoleMask = Allocate<byte>(count, overwritten);
        SectorMask = Allocate<ushort>(count, overwritten);
        ToolMask = Allocate<ulong>(count, overwritten);
        Competences = Allocate<ushort>(count, overwritten);
        PhaseCounts = Allocate<uint>(count, overwritten);
        OrgBloom = Allocate<ulong>(count, overwritten);
        OrgStart = Allocate<int>(count + 1, overwritten);
        PeriodStart = Allocate<int>(count + 1, overwritten);
        CommitStart = Allocate<int>(count + 1, overwritten);
        HoursPerMonth = Allocate<short>(count, overwritten);
        Active = Allocate<byte>(count, overwritten);
        MaxConcurrent = Allocate<byte>(count, overwritten);
        TrackRecord = Allocate<double>(count, overwritten);
        Load = Allocate<double>(count, overwritten);
        RecentLoad = Allocate<double>(count, overwritten);
        RecentEngagements = Allocate<int>(count, overwritten);
        UnconfirmedMonths = Allocate<int>(count, overwritten);
        RatingCount = Allocate<int>(count, overwritten);
        RatingMean = Allocate<double>(count, overwritten);
        Attributes = Allocate<ulong>(count, overwritten);
        SureFreeHours = Allocate<byte>(count, overwritten);
    }

    private static T[] Allocate<T>(int length, bool overwritten) => overwritten ? GC.AllocateUninitializedArray<T>(length) : new T[length];

    // The hot word: everything the ranking reads per expert, packed into one 64-bit value (see Pack).
    internal const ulong ConsentBit = 1UL << 0;
    internal const ulong OnlineBit = 1UL << 1;
    internal const ulong RoomBit = 1UL << 2;
    internal const ulong PeriodsBit = 1UL << 3;
    internal const int LanguageShift = 4;
    internal const int RegionShift = 8;
    internal const int RoleShift = 20;
    internal const int SectorShift = 24;
    internal const int CompetenceShift = 32;
    internal const int PhaseShiftBase = 44;

    /// <summary>
    /// Per expert: consent, online, room for another engagement, has unavailable periods (bits 0-3); languages (4-5);
    /// provinces (8-19); roles (20-23); sectors (24-31); competence levels, 2 bits per theme (32-43); LCs guided per
    /// phase capped at 3, 2 bits per phase (44-51). One cache-friendly read decides most of a ranking.
    /// </summary>
    internal ulong[] Attributes { get; private set; }

    /// <summary>Hours per month free even if every commitment overlapped the request (a lower bound, capped at 255).</summary>
    internal byte[] SureFreeHours { get; private set; }

    public int Count { get; }

    internal const byte ConsentFlag = 1;
    internal const byte OnlineFlag = 2;

    public Guid[] Ids { get; private set; }
    public string[] Names { get; private set; }
    internal byte[] Flags { get; private set; }
    internal ushort[] RegionMask { get; private set; }
    internal byte[] LanguageMask { get; private set; }
    internal byte[] RoleMask { get; private set; }
    internal ushort[] SectorMask { get; private set; }
    internal ulong[] ToolMask { get; private set; }

    /// <summary>Two bits per bottleneck theme: the competence level 0..3.</summary>
    internal ushort[] Competences { get; private set; }

    /// <summary>Eight bits per phase: LCs guided through it, capped at 255.</summary>
    internal uint[] PhaseCounts { get; private set; }

    /// <summary>A 64-bit Bloom filter of the expert's organisations: most conflict checks end with one AND.</summary>
    internal ulong[] OrgBloom { get; private set; }

    internal int[] OrgStart { get; private set; }
    internal int[] OrgIds { get; set; } = [];
    internal int[] PeriodStart { get; private set; }
    internal int[] PeriodFrom { get; set; } = [];
    internal int[] PeriodTo { get; set; } = [];
    internal int[] CommitStart { get; private set; }
    internal int[] CommitFrom { get; set; } = [];
    internal int[] CommitTo { get; set; } = [];
    internal double[] CommitHours { get; set; } = [];
    internal short[] HoursPerMonth { get; private set; }
    internal byte[] Active { get; private set; }
    internal byte[] MaxConcurrent { get; private set; }

    /// <summary>Track-record factor value 0..1, precomputed (ratings shrunk towards the prior).</summary>
    internal double[] TrackRecord { get; private set; }

    /// <summary>Load factor value 0..1, precomputed (fewer current engagements scores higher).</summary>
    internal double[] Load { get; private set; }

    /// <summary>Recent-load factor value 0..1, precomputed: 1 / (1 + engagements begun in the last 12 months).</summary>
    internal double[] RecentLoad { get; private set; }

    /// <summary>Engagements the expert began in the last 12 months (for the reasons).</summary>
    internal int[] RecentEngagements { get; private set; }

    /// <summary>Whole months since a stale profile was last confirmed; -1 for a profile that is not stale.</summary>
    internal int[] UnconfirmedMonths { get; private set; }

    /// <summary>True when two confirmation requests went unanswered: the score is multiplied by <see cref="MatchingPolicy.StalePenalty"/>.</summary>
    public bool IsStale(int i) => UnconfirmedMonths[i] >= 0;

    /// <summary>What the expert's weighted sum is multiplied by: 1, or <see cref="MatchingPolicy.StalePenalty"/> for a stale profile.</summary>
    public double Freshness(int i) => IsStale(i) ? MatchingPolicy.StalePenalty : 1;

    internal int[] RatingCount { get; private set; }
    internal double[] RatingMean { get; private set; }

    internal Dictionary<string, int> OrganisationIndex { get; private set; } = new(StringComparer.OrdinalIgnoreCase);
    internal Dictionary<ToolId, int> ToolIndex { get; private set; } = [];
    internal string[] ToolNames { get; set; } = [];

    /// <summary>Sector codes in bit order.</summary>
    internal static readonly string[] SectorOrder = [.. Sectors.All.Order(StringComparer.Ordinal)];

    /// <summary>Bayesian shrinkage of ratings: with few ratings an expert's mean stays near the prior.</summary>
    internal const double RatingPrior = 3.5;
    internal const double RatingPriorWeight = 3;

    public static ExpertPool Build(IEnumerable<ExpertEntry> entries, IReadOnlyList<Tool> catalogue)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var builder = CreateBuilder(catalogue, entries.TryGetNonEnumeratedCount(out var count) ? count : 0);
        foreach (var entry in entries)
        {
            builder.Add(entry);
        }

        return builder.Build();
    }

    /// <summary>The variable-length values of every expert while a pool is built, flattened (see the <c>*Start</c> arrays).</summary>
    private sealed class FlatLists
    {
        public List<int> OrgIds { get; } = [];
        public List<int> PeriodFrom { get; } = [];
        public List<int> PeriodTo { get; } = [];
        public List<int> CommitFrom { get; } = [];
        public List<int> CommitTo { get; } = [];
        public List<double> CommitHours { get; } = [];
    }

    /// <summary>Sets every value of the expert at <paramref name="i"/> from their profile and facts.</summary>
    private void Fill(int i, PoolProfile e, ExpertFacts facts, FlatLists lists)
    {
        Ids[i] = e.Id;
        Names[i] = e.DisplayName;
        Flags[i] = (byte)((e.Consent ? ConsentFlag : 0) | (e.Online ? OnlineFlag : 0));
        RegionMask[i] = ProvinceMask(e.Regions);
        LanguageMask[i] = LanguageBits(e.Languages);
        RoleMask[i] = RoleBits(e.RolesOffered);
        SectorMask[i] = SectorBits(e.Sectors);
        ToolMask[i] = ToolBits(e.Tools);
        Competences[i] = CompetenceBits(e.Competences);
        PhaseCounts[i] = PhaseBits(e.PhasesGuided);
        FillLists(i, e, facts.Commitments, lists);
        var active = facts.ActiveEngagements;
        HoursPerMonth[i] = (short)Math.Clamp(e.HoursPerMonth, 0, short.MaxValue);
        Active[i] = (byte)Math.Clamp(active, 0, 255);
        MaxConcurrent[i] = (byte)Math.Clamp(e.MaxConcurrentEngagements, 0, 255);
        Load[i] = e.MaxConcurrentEngagements > 0 ? Math.Max(0, 1 - ((double)active / e.MaxConcurrentEngagements)) : 0;
        RecentEngagements[i] = Math.Max(0, facts.RecentEngagements);
        RecentLoad[i] = 1.0 / (1 + RecentEngagements[i]);
        UnconfirmedMonths[i] = facts.UnconfirmedMonths is { } months ? Math.Max(0, months) : -1;
        var shrunk = (facts.RatingSum + (RatingPrior * RatingPriorWeight)) / (facts.RatingCount + RatingPriorWeight);
        TrackRecord[i] = Math.Clamp((shrunk - 1) / 4, 0, 1);
        RatingCount[i] = facts.RatingCount;
        RatingMean[i] = facts.RatingCount > 0 ? facts.RatingSum / facts.RatingCount : 0;
        Attributes[i] = Pack(i, hasPeriods: PeriodStart[i] != lists.PeriodFrom.Count);
        var sure = (double)e.HoursPerMonth;
        foreach (var c in facts.Commitments)
        {
            sure -= c.HoursPerMonth;
        }

        SureFreeHours[i] = (byte)Math.Clamp(Math.Floor(sure), 0, 255);
    }

    /// <summary>The expert's organisations, unavailable periods and commitments, appended to the flattened lists.</summary>
    private void FillLists(int i, PoolProfile e, IReadOnlyList<Commitment> commitments, FlatLists lists)
    {
        OrgStart[i] = lists.OrgIds.Count;
        ulong bloom = 0;
        foreach (var organisation in e.Organisations)
        {
            lists.OrgIds.Add(OrganisationId(organisation, add: true));
            bloom |= BloomBit(organisation);
        }

        OrgBloom[i] = bloom;
        PeriodStart[i] = lists.PeriodFrom.Count;
        foreach (var period in e.Availability)
        {
            if (!period.Available)
            {
                lists.PeriodFrom.Add(period.From.DayNumber);
                lists.PeriodTo.Add(period.To.DayNumber);
            }
        }

        CommitStart[i] = lists.CommitFrom.Count;
        foreach (var c in commitments)
        {
            lists.CommitFrom.Add(c.Start.DayNumber);
            lists.CommitTo.Add(c.End.DayNumber);
            lists.CommitHours.Add(c.HoursPerMonth);
        }
    }

    private static byte RoleBits(IReadOnlyList<ExpertRole> roles)
    {
        var mask = 0;
        foreach (var r in roles)
        {
            mask |= 1 << ((int)r - 1);
        }

        return (byte)mask;
    }

    private ulong ToolBits(IReadOnlyList<ToolId> tools)
    {
        ulong mask = 0;
        foreach (var t in tools)
        {
            if (ToolIndex.TryGetValue(t, out var bit))
            {
                mask |= 1UL << bit;
            }
        }

        return mask;
    }

    /// <summary>Two bits per bottleneck: the highest level the expert gives for it (0 when none), as <see cref="Expert.CompetenceLevel"/>.</summary>
    private static ushort CompetenceBits(IReadOnlyList<Competence> competences)
    {
        var mask = 0;
        foreach (var c in competences)
        {
            var shift = 2 * ((int)c.Bottleneck - 1);
            if (c.Level > ((mask >> shift) & 3))
            {
                mask = (mask & ~(3 << shift)) | (c.Level << shift);
            }
        }

        return (ushort)mask;
    }

    /// <summary>Eight bits per phase: the LCs guided through it (summed as <see cref="Expert.LcsGuidedIn"/>, at most 255).</summary>
    private static uint PhaseBits(IReadOnlyList<PhaseExperience> phases)
    {
        Span<int> counts = stackalloc int[4];
        foreach (var p in phases)
        {
            counts[(int)p.Phase - 1] += p.Count;
        }

        uint mask = 0;
        for (var p = 0; p < 4; p++)
        {
            mask |= (uint)Math.Min(255, counts[p]) << (8 * p);
        }

        return mask;
    }

    public int IndexOf(Guid expertId) => Array.BinarySearch(Ids, expertId);

    private ulong Pack(int i, bool hasPeriods)
    {
        ulong phases = 0;
        for (var p = 0; p < 4; p++)
        {
            phases |= (ulong)Math.Min(3, (PhaseCounts[i] >> (8 * p)) & 0xFF) << (2 * p);
        }

        return ((Flags[i] & ConsentFlag) != 0 ? ConsentBit : 0)
            | ((Flags[i] & OnlineFlag) != 0 ? OnlineBit : 0)
            | (Active[i] < MaxConcurrent[i] ? RoomBit : 0)
            | (hasPeriods ? PeriodsBit : 0)
            | ((ulong)LanguageMask[i] << LanguageShift)
            | ((ulong)RegionMask[i] << RegionShift)
            | ((ulong)RoleMask[i] << RoleShift)
            | ((ulong)SectorMask[i] << SectorShift)
            | ((ulong)Competences[i] << CompetenceShift)
            | (phases << PhaseShiftBase);
    }

    /// <summary>How many more engagements the expert at <paramref name="i"/> can take.</summary>
    public int RemainingCapacity(int i) => Math.Max(0, MaxConcurrent[i] - Active[i]);

    public bool Offers(int i, ExpertRole role) => (RoleMask[i] & (1 << ((int)role - 1))) != 0;

    /// <summary>The organisation's id in this pool, or -1 when no expert in the pool has it.</summary>
    internal int OrganisationId(string organisation, bool add = false)
    {
        var key = organisation.Trim();
        if (OrganisationIndex.TryGetValue(key, out var id))
        {
            return id;
        }

        if (!add)
        {
            return -1;
        }

        id = OrganisationIndex.Count;
        OrganisationIndex[key] = id;
        return id;
    }

    internal static ulong BloomBit(string organisation)
    {
        // FNV-1a over the upper-cased name: stable across processes, case-insensitive like the organisation index.
        var hash = 2166136261u;
        foreach (var c in organisation.Trim())
        {
            hash = (hash ^ char.ToUpperInvariant(c)) * 16777619u;
        }

        return 1UL << (int)(hash & 63);
    }

    internal static ushort ProvinceMask(IEnumerable<string> provinces)
    {
        var mask = 0;
        foreach (var p in provinces)
        {
            if (Provinces.TryNormalise(p, out var canonical))
            {
                mask |= 1 << IndexOfProvince(canonical);
            }
        }

        return (ushort)mask;
    }

    internal static int IndexOfProvince(string canonical)
    {
        for (var i = 0; i < Provinces.All.Count; i++)
        {
            if (Provinces.All[i] == canonical)
            {
                return i;
            }
        }

        return -1;
    }

    internal static byte LanguageBits(IEnumerable<Language> languages) =>
        (byte)languages.Aggregate(0, (m, l) => m | (1 << ((int)l - 1)));

    internal static ushort SectorBits(IEnumerable<string> sectors) =>
        (ushort)sectors.Aggregate(0, (m, s) => Array.IndexOf(SectorOrder, s) is var i and >= 0 ? m | (1 << i) : m);

    internal static int PopCount(ulong mask) => BitOperations.PopCount(mask);

    internal int CompetenceLevel(int i, Bottleneck b) => (Competences[i] >> (2 * ((int)b - 1))) & 3;

    internal int PhaseCount(int i, Phase p) => (int)((PhaseCounts[i] >> (8 * ((int)p - 1))) & 0xFF);
}
