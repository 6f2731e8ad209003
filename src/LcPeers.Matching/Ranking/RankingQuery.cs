using LcPeers.Domain.Experts;
using LcPeers.Domain.LearningCommunities;
using LcPeers.Domain.Reference;
using LcPeers.Domain.Requests;
using LcPeers.Domain.Tools;

namespace LcPeers.Matching.Ranking;

/// <summary>
/// One request, prepared for ranking against one pool: every factor that depends only on the request is turned
/// into a look-up table or mask once, so the per-expert work is a handful of array reads.
/// </summary>
public sealed class RankingQuery
{
    private const double DaysPerMonth = 30.44;

    private RankingQuery() { }

    public SupportRequest Request { get; private init; } = null!;
    public LearningCommunity LearningCommunity { get; private init; } = null!;
    internal byte LanguageMask { get; private init; }
    internal ushort RequiredRegionMask { get; private init; }
    internal ushort TargetRegionMask { get; private init; }
    internal ushort NeighbourRegionMask { get; private init; }
    internal ushort LcRegionMask { get; private init; }
    internal ushort LcSectorMask { get; private init; }
    internal bool OnSite { get; private init; }
    internal ulong RequiredToolMask { get; private init; }
    internal ulong RelevantToolMask { get; private init; }
    internal int Start { get; private init; }
    internal int End { get; private init; }
    internal double NeedPerMonth { get; private init; }
    internal ulong ConflictBloom { get; private init; }
    internal int[] ConflictOrgIds { get; private init; } = [];
    internal int[] AlreadyProposed { get; private init; } = [];

    /// <summary>Competence factor per packed competence word (4,096 entries).</summary>
    internal double[] CompetenceTable { get; private init; } = [];

    /// <summary>Competence factor per sum of the levels on the request's bottlenecks (0 .. 3 × bottlenecks).</summary>
    internal double[] CompetenceByLevelSum { get; private init; } = [];

    /// <summary>Phase factor per LC count in the request's phase (256 entries).</summary>
    internal double[] PhaseTable { get; private init; } = [];

    /// <summary>Kind-fit factor per role mask (16 entries).</summary>
    internal double[] KindTable { get; private init; } = [];

    internal int PhaseShift { get; private init; }

    public IReadOnlyList<Tool> RelevantTools { get; private init; } = [];

    public static RankingQuery Create(ExpertPool pool, SupportRequest request, LearningCommunity lc, IReadOnlyList<Tool> catalogue,
        IEnumerable<Guid>? alreadyProposed = null)
    {
        ArgumentNullException.ThrowIfNull(pool);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(lc);
        var lcProvinces = Provinces.FromRegionText(lc.Region);
        var target = request.Region is { } r ? [r] : lcProvinces;
        var targetMask = ExpertPool.ProvinceMask(target);
        var neighbours = Provinces.All.Where(p => (targetMask & (1 << ExpertPool.IndexOfProvince(p))) == 0 && target.Any(t => Provinces.AreNeighbours(t, p)));

        var conflicts = lc.PartnerOrganisations.Concat(request.ExcludedOrganisations).ToList();
        var terms = request.Terms;
        var relevant = RelevantToolsFor(catalogue, terms.Phase, request.Bottlenecks);
        if (request.Tool is { } requested && catalogue.FirstOrDefault(t => t.Id == requested) is { } requestedTool && !relevant.Contains(requestedTool))
        {
            relevant = [.. relevant, requestedTool];
        }

        var needPerMonth = HoursPerMonth(terms.Hours, request.ExpertsWanted, terms.Start, terms.End);

        return new RankingQuery
        {
            Request = request,
            LearningCommunity = lc,
            LanguageMask = ExpertPool.LanguageBits(request.Languages),
            OnSite = terms.Format == WorkFormat.OnSite,
            RequiredRegionMask = terms.Format == WorkFormat.OnSite ? targetMask : (ushort)0,
            TargetRegionMask = targetMask,
            NeighbourRegionMask = ExpertPool.ProvinceMask(neighbours),
            LcRegionMask = ExpertPool.ProvinceMask(lcProvinces),
            LcSectorMask = ExpertPool.SectorBits(lc.Sectors),
            RequiredToolMask = terms.Kind == RequestKind.ToolFacilitation && request.Tool is { } tool && pool.ToolIndex.TryGetValue(tool, out var bit) ? 1UL << bit : 0,
            RelevantToolMask = relevant.Aggregate(0UL, (m, t) => pool.ToolIndex.TryGetValue(t.Id, out var b) ? m | (1UL << b) : m),
            Start = terms.Start.DayNumber,
            End = terms.End.DayNumber,
            NeedPerMonth = needPerMonth,
            ConflictBloom = conflicts.Aggregate(0UL, (m, o) => m | ExpertPool.BloomBit(o)),
            ConflictOrgIds = [.. conflicts.Select(o => pool.OrganisationId(o)).Where(id => id >= 0).Distinct().Order()],
            AlreadyProposed = [.. (alreadyProposed ?? []).Select(pool.IndexOf).Where(i => i >= 0).Distinct().Order()],
            CompetenceTable = BuildCompetenceTable(request.Bottlenecks),
            CompetenceByLevelSum = [.. Enumerable.Range(0, (3 * request.Bottlenecks.Count) + 1).Select(sum => CompetenceValue(sum, request.Bottlenecks.Count))],
            PhaseTable = [.. Enumerable.Range(0, 256).Select(PhaseValue)],
            PhaseShift = 8 * ((int)terms.Phase - 1),
            KindTable = [.. Enumerable.Range(0, 16).Select(mask => KindFit(terms.Kind, mask))],
            RelevantTools = relevant,
            RequiredBits = ExpertPool.ConsentBit | ExpertPool.RoomBit,
            LanguageBits = (ulong)ExpertPool.LanguageBits(request.Languages) << ExpertPool.LanguageShift,
            RegionBits = terms.Format == WorkFormat.OnSite ? (ulong)targetMask << ExpertPool.RegionShift : ExpertPool.ConsentBit,
            MinHours = (int)Math.Ceiling(needPerMonth - 1e-9),
            PackedPhaseShift = ExpertPool.PhaseShiftBase + (2 * ((int)terms.Phase - 1)),
            CompetenceLowBits = request.Bottlenecks.Aggregate(0UL, (m, b) => m | (1UL << (ExpertPool.CompetenceShift + (2 * ((int)b - 1))))),
        };
    }

    // Hot-path forms of the filters, against ExpertPool.Attributes.
    internal ulong RequiredBits { get; private init; }
    internal ulong LanguageBits { get; private init; }

    /// <summary>The required provinces in attribute position, or the consent bit when any province will do.</summary>
    internal ulong RegionBits { get; private init; }

    /// <summary>Whole hours an expert must have free per month (the need rounded up).</summary>
    internal int MinHours { get; private init; }

    internal int PackedPhaseShift { get; private init; }

    /// <summary>The low bit of each request bottleneck's 2-bit competence field, in attribute position.</summary>
    internal ulong CompetenceLowBits { get; private init; }

    /// <summary>One expert's share of a request's hours (rounded up), spread evenly over its months (at least one).</summary>
    public static double HoursPerMonth(int hours, int expertsWanted, DateOnly start, DateOnly end)
    {
        var months = Math.Max(1, (end.DayNumber - start.DayNumber + 1) / DaysPerMonth);
        return Math.Ceiling((double)hours / Math.Max(1, expertsWanted)) / months;
    }

    /// <summary>
    /// The report's Table 4: tools that serve the request's phase and either address one of its bottlenecks or
    /// are not tied to particular bottlenecks.
    /// </summary>
    public static IReadOnlyList<Tool> RelevantToolsFor(IEnumerable<Tool> catalogue, Phase phase, IReadOnlyList<Bottleneck> bottlenecks) =>
        [.. catalogue.Where(t => t.Serves(phase) && (t.Bottlenecks.Count == 0 || t.Bottlenecks.Any(bottlenecks.Contains))).OrderBy(t => t.Number)];

    /// <summary>Guiding LCs through the same phase: 1 LC scores 1/3, three or more score fully.</summary>
    internal static double PhaseValue(int count) => Math.Min(count, 3) / 3.0;

    /// <summary>The best fit (<see cref="MatchingPolicy.KindFit"/>) among the roles the expert offers for this kind of help.</summary>
    internal static double KindFit(RequestKind kind, int roleMask)
    {
        var best = 0.0;
        foreach (var role in Enum.GetValues<ExpertRole>())
        {
            if ((roleMask & (1 << ((int)role - 1))) != 0)
            {
                best = Math.Max(best, MatchingPolicy.KindFit(kind, role));
            }
        }

        return best;
    }

    /// <summary>Competence on the request's bottlenecks: the mean of level/3 over them (level matters).</summary>
    private static double CompetenceValue(int levelSum, int bottlenecks) => bottlenecks == 0 ? 0 : levelSum / (3.0 * bottlenecks);

    private static double[] BuildCompetenceTable(IReadOnlyList<Bottleneck> bottlenecks)
    {
        var table = new double[1 << 12];
        if (bottlenecks.Count == 0)
        {
            return table;
        }

        for (var packed = 0; packed < table.Length; packed++)
        {
            var sum = 0;
            foreach (var b in bottlenecks)
            {
                sum += (packed >> (2 * ((int)b - 1))) & 3;
            }

            table[packed] = CompetenceValue(sum, bottlenecks.Count);
        }

        return table;
    }
}
