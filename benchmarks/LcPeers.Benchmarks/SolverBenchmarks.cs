using System.Globalization;
using BenchmarkDotNet.Attributes;
using Google.OrTools.Graph;
using LcPeers.Infrastructure.Assignment;
using LcPeers.Infrastructure.Assignment.Generation;
using LcPeers.Matching.Assignment;

namespace LcPeers.Benchmarks;

/// <summary>
/// OR-Tools' bare solve on a graph built beforehand against our whole <see cref="IAssignmentSolver.Solve"/> on the
/// same instance: the ratio is what our mapping, graph building and result reading cost on top of the solve.
/// The 5,000 × 50,000 × 50 case is the staff's largest expected batch.
/// </summary>
[MemoryDiagnoser]
public class SolverBenchmarks : IDisposable
{
    private readonly OrToolsAssignmentSolver _solver = new();
    private AssignmentProblem _problem = null!;
    private FlowNetwork? _network;
    private MinCostFlow? _prebuilt;

    /// <summary>requests × experts × edges per request.</summary>
    [Params("1000x10000x20", "5000x50000x50")]
    public string Size { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        _problem = Instances.Create(Size);
        _network = FlowNetwork.Build(_problem);
        _prebuilt = _network.CreateSolver();
    }

    [Benchmark(Baseline = true, Description = "OR-Tools bare solve")]
    public MinCostFlowBase.Status BareSolve() => _prebuilt!.SolveMaxFlowWithMinCost();

    [Benchmark(Description = "IAssignmentSolver.Solve end to end")]
    public AssignmentSolution EndToEnd() => _solver.Solve(_problem);

    [GlobalCleanup]
    public void Dispose()
    {
        _prebuilt?.Dispose();
        _network?.Dispose();
        _prebuilt = null;
        _network = null;
        GC.SuppressFinalize(this);
    }
}

/// <summary>Where the end-to-end time goes besides the solve: building our arrays, and loading them into OR-Tools.</summary>
[MemoryDiagnoser]
public class SolverStageBenchmarks
{
    private AssignmentProblem _problem = null!;

    [Params("5000x50000x50")]
    public string Size { get; set; } = "";

    [GlobalSetup]
    public void Setup() => _problem = Instances.Create(Size);

    [Benchmark(Description = "FlowNetwork.Build")]
    public int Build()
    {
        using var network = FlowNetwork.Build(_problem);
        return network.ArcCount;
    }

    [Benchmark(Description = "Build + load into MinCostFlow")]
    public int BuildAndLoad()
    {
        using var network = FlowNetwork.Build(_problem);
        using var flow = network.CreateSolver();
        return flow.NumArcs();
    }

    [Benchmark(Description = "AssignmentProblemValidator")]
    public bool Validate() => new AssignmentProblemValidator().Validate(_problem).IsValid;
}

internal static class Instances
{
    public const int Seed = 2024;

    public static AssignmentProblem Create(string size)
    {
        var parts = size.Split('x').Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToArray();
        return AssignmentInstanceGenerator.Generate(new AssignmentInstanceOptions(parts[0], parts[1], parts[2], Seed));
    }
}
