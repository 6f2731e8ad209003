using BenchmarkDotNet.Attributes;
using LcPeers.Domain.LearningCommunities;
using LcPeers.Domain.Matching;
using LcPeers.Domain.Requests;
using LcPeers.Matching.Ranking;
using LcPeers.Matching.Reference;

namespace LcPeers.Benchmarks;

/// <summary>
/// Ranking one request against 100,000 experts (top 10), against two yardsticks on the same data: a plain scan that
/// only reads every byte the engine reads (the floor), and the naive LINQ reference (the obvious implementation).
/// Goals: at most 1.5× the scan, at least 50× faster than the reference, the same top 10, no allocation beyond the result.
/// </summary>
[MemoryDiagnoser]
public class RankingBenchmarks
{
    private List<ExpertEntry> _experts = null!;
    private ExpertPool _pool = null!;
    private RankingQuery _query = null!;
    private SupportRequest _request = null!;
    private LearningCommunity _lc = null!;

    [Params(100_000)]
    public int Experts { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var generator = new PoolGenerator(2024);
        _experts = generator.Experts(Experts);
        _pool = ExpertPool.Build(_experts, PoolGenerator.Catalogue);
        (_request, _lc) = generator.Request();
        _query = RankingQuery.Create(_pool, _request, _lc, PoolGenerator.Catalogue);

        var fast = RankingEngine.Rank(_pool, _query, MatchingWeights.Default, 10).Select(c => _pool.Ids[c.Index]);
        var naive = NaiveRanker.Rank(_experts, _request, _lc, PoolGenerator.Catalogue, MatchingWeights.Default, 10).Select(n => n.ExpertId);
        if (!fast.SequenceEqual(naive))
        {
            throw new InvalidOperationException("The engine's top 10 differs from the naive reference's.");
        }
    }

    /// <summary>Reads every per-expert value the engine's hot loop reads, and does nothing else.</summary>
    [Benchmark(Baseline = true, Description = "Plain scan over the same arrays")]
    public double PlainScan()
    {
        var p = _pool;
        ulong bits = 0;
        long hours = 0;
        double values = 0;
        for (var i = 0; i < p.Count; i++)
        {
            bits ^= p.Attributes[i] ^ p.ToolMask[i] ^ p.OrgBloom[i];
            hours += p.SureFreeHours[i];
            values += p.TrackRecord[i] + p.Load[i];
        }

        return (double)bits + hours + values;
    }

    [Benchmark(Description = "RankingEngine.Rank (top 10)")]
    public RankedCandidate[] Engine() => RankingEngine.Rank(_pool, _query, MatchingWeights.Default, 10);

    /// <summary>The snapshot refresh after one expert's edit: a new pool with that expert computed afresh and everyone else copied.</summary>
    [Benchmark(Description = "ExpertPool.With one expert changed")]
    public ExpertPool WithOneChanged() => _pool.With([_experts[Experts / 2] with { ActiveEngagements = 1 }], []);

    [Benchmark(Description = "ExpertPool.Build (full snapshot, in memory)")]
    public ExpertPool FullBuild() => ExpertPool.Build(_experts, PoolGenerator.Catalogue);

    [Benchmark(Description = "Naive LINQ reference (top 10)")]
    public IReadOnlyList<(Guid, double)> Naive() => NaiveRanker.Rank(_experts, _request, _lc, PoolGenerator.Catalogue, MatchingWeights.Default, 10);
}
