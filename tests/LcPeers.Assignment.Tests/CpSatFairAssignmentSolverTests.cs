using LcPeers.Assignment.Tests.Support;
using LcPeers.Infrastructure.Assignment;
using LcPeers.Infrastructure.Assignment.Generation;
using LcPeers.Matching.Assignment;
using static LcPeers.Assignment.Tests.Support.Problems;

namespace LcPeers.Assignment.Tests;

public sealed class CpSatFairAssignmentSolverTests
{
    // One worker: tiny models are proven at once, and the test run shares the cores.
    private readonly CpSatFairAssignmentSolver _solver = new(new OrToolsAssignmentSolver(), workers: 1);
    private static readonly FairAssignmentOptions Options = new(TimeSpan.FromSeconds(5));

    public static TheoryData<int> Seeds => new(Enumerable.Range(1, 200));

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Solve_SmallRandomProblem_MatchesBruteForceMaxMinOptimum(int seed) =>
        AssertMatchesBruteForce(SmallProblems.Create(seed));

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Solve_SmallContestedProblem_MatchesBruteForceMaxMinOptimum(int seed) =>
        AssertMatchesBruteForce(SmallProblems.Contested(seed));

    private void AssertMatchesBruteForce(AssignmentProblem problem)
    {
        Assert.True(new AssignmentProblemValidator().Validate(problem).IsValid);

        var fair = _solver.Solve(problem, Options);
        var (count, worstCost, worstExperts, total) = FairBruteForce.Optimum(problem);

        Assert.Empty(AssignmentChecker.Check(problem, fair.Solution).Violations);
        Assert.Equal(count, fair.Solution.Assignments.Count);
        var worst = WorstOffRequest.Of(problem, fair.Solution);
        Assert.Equal(worst, fair.WorstRequest);
        // Equal means as fractions: cost / experts.
        Assert.Equal(worstCost * (worst?.Experts ?? 1), (worst?.Cost ?? 0) * worstExperts);
        Assert.Equal(total, fair.Solution.TotalCost);
        Assert.True(fair.IsOptimal);
    }

    [Fact]
    public void Solve_TotalOptimumLeavesOneRequestPoorlyServed_TradesTotalForTheWorstOff()
    {
        // Anna is the best for both. The total optimum gives her to r1 (0 + 45 = 45) and leaves r2 with bram at 45;
        // giving her to r2 costs 40 + 10 = 50 in all but leaves nobody worse than 40.
        var problem = Problem(
            [Request("r1"), Request("r2")],
            [Expert("anna"), Expert("bram"), Expert("chantal")],
            Edge("r1", "anna", 0), Edge("r1", "chantal", 40), Edge("r2", "anna", 10), Edge("r2", "bram", 45));

        var total = new OrToolsAssignmentSolver().Solve(problem);
        var fair = _solver.Solve(problem, Options);

        Assert.Equal(45, total.TotalCost);
        Assert.Equal(new WorstOffRequest("r2", 45, 1), WorstOffRequest.Of(problem, total));
        Assert.Equal(new WorstOffRequest("r1", 40, 1), fair.WorstRequest);
        Assert.Equal(50, fair.Solution.TotalCost);
        Assert.Equal([new ExpertAssignment("r1", "chantal"), new ExpertAssignment("r2", "anna")], fair.Solution.Assignments);
    }

    [Fact]
    public void Solve_WorstOffBoundIsReachable_ReachesIt_WithTheLeastTotalAmongThoseThatDo()
    {
        // No team can beat its request's cheapest edge: r1's is 0, r2's is 20, so 20 bounds the worst-off request. The
        // total optimum (anna to r1, bram to r2: 25) leaves r2 at 25; r2 gets anna and r1 dirk (15) instead, the
        // cheapest of the solutions at the bound (chantal for r1 would cost 30 and miss it).
        var problem = Problem(
            [Request("r1"), Request("r2")],
            [Expert("anna"), Expert("bram"), Expert("chantal"), Expert("dirk")],
            Edge("r1", "anna", 0), Edge("r1", "chantal", 30), Edge("r1", "dirk", 15), Edge("r2", "anna", 20), Edge("r2", "bram", 25));

        var fair = _solver.Solve(problem, Options);

        Assert.Equal(new WorstOffRequest("r2", 20, 1), fair.WorstRequest);
        Assert.Equal(35, fair.Solution.TotalCost);
        Assert.Equal([new ExpertAssignment("r1", "dirk"), new ExpertAssignment("r2", "anna")], fair.Solution.Assignments);
        Assert.True(fair.IsOptimal);
        Assert.Empty(AssignmentChecker.Check(problem, fair.Solution).Violations);
    }

    [Theory]
    [InlineData(30, 100, 6, 1)]
    [InlineData(200, 150, 10, 2)]
    [InlineData(400, 40, 40, 4)]
    public void Solve_GeneratedProblem_PassesTheCheckerAndIsNoWorseOffThanTheTotalOptimum(int requests, int experts, int edgesPerRequest, int seed)
    {
        var problem = AssignmentInstanceGenerator.Generate(new AssignmentInstanceOptions(requests, experts, edgesPerRequest, seed));

        var total = new OrToolsAssignmentSolver().Solve(problem);
        var fair = _solver.Solve(problem, new FairAssignmentOptions(TimeSpan.FromSeconds(3)));

        Assert.Empty(AssignmentChecker.Check(problem, fair.Solution).Violations);
        Assert.Equal(total.Assignments.Count, fair.Solution.Assignments.Count);
        Assert.True(fair.Solution.TotalCost >= total.TotalCost);
        var before = WorstOffRequest.Of(problem, total)!;
        var after = fair.WorstRequest!;
        Assert.False(WorstOffRequest.IsWorse(after.Cost, after.Experts, before.Cost, before.Experts));
        Assert.InRange(fair.WorstGap, 0, 1);
        Assert.InRange(fair.TotalGap, 0, 1);
    }

    [Fact]
    public void Solve_FewCandidatesPerRequest_StaysValidAndMeasuresGapsAgainstTheWholeProblem()
    {
        // Every request can be fully served, so the search may drop expensive edges; with none kept beyond the demand
        // it sees little more than the total optimum, and the gaps must then compare with the whole problem's bounds.
        var problem = AssignmentInstanceGenerator.Generate(new AssignmentInstanceOptions(20, 200, 30, 5)) is var p
            ? p with { Requests = [.. p.Requests.Select(r => r with { RequiresReviewer = false })] }
            : null!;
        var total = new OrToolsAssignmentSolver().Solve(problem);
        Assert.Empty(total.Unmet);

        var narrow = _solver.Solve(problem, new FairAssignmentOptions(TimeSpan.FromSeconds(5), CandidatesPerRequest: 0));
        var wide = _solver.Solve(problem, new FairAssignmentOptions(TimeSpan.FromSeconds(5), CandidatesPerRequest: 100));

        Assert.Empty(AssignmentChecker.Check(problem, narrow.Solution).Violations);
        Assert.True(wide.IsOptimal);
        var best = wide.WorstRequest!;
        var found = narrow.WorstRequest!;
        Assert.False(WorstOffRequest.IsWorse(best.Cost, best.Experts, found.Cost, found.Experts));
        // A zero gap claims optimality; it may only do so when it matches the proven optimum.
        if (narrow.WorstGap == 0)
        {
            Assert.False(WorstOffRequest.IsWorse(found.Cost, found.Experts, best.Cost, best.Experts));
        }

        if (narrow.TotalGap == 0 && narrow.WorstGap == 0)
        {
            Assert.Equal(wide.Solution.TotalCost, narrow.Solution.TotalCost);
        }
    }

    [Fact]
    public void Solve_NobodyCanBeAssigned_ReturnsAnEmptySolutionWithoutWorstRequest()
    {
        var problem = Problem([Request("r1")], [Expert("anna", capacity: 0)], Edge("r1", "anna", 3));

        var fair = _solver.Solve(problem, Options);

        Assert.Empty(fair.Solution.Assignments);
        Assert.Null(fair.WorstRequest);
        Assert.Equal([new UnmetDemand("r1", 1)], fair.Solution.Unmet);
    }
}
