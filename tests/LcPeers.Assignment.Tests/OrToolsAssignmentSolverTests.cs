using LcPeers.Assignment.Tests.Support;
using LcPeers.Infrastructure.Assignment;
using LcPeers.Infrastructure.Assignment.Generation;
using LcPeers.Matching.Assignment;
using static LcPeers.Assignment.Tests.Support.Problems;

namespace LcPeers.Assignment.Tests;

public sealed class OrToolsAssignmentSolverTests
{
    private readonly OrToolsAssignmentSolver _solver = new();

    public static TheoryData<int> Seeds => new(Enumerable.Range(1, 400));

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Solve_SmallRandomProblem_MatchesBruteForceOptimum(int seed)
    {
        var problem = SmallProblems.Create(seed);
        Assert.True(new AssignmentProblemValidator().Validate(problem).IsValid);

        var solution = _solver.Solve(problem);
        var (count, cost) = BruteForce.Optimum(problem);

        Assert.Equal(count, solution.Assignments.Count);
        Assert.Equal(cost, solution.TotalCost);
        Assert.Empty(AssignmentChecker.Check(problem, solution).Violations);
    }

    [Theory]
    [InlineData(30, 100, 6, 1)]
    [InlineData(200, 150, 10, 2)]
    [InlineData(500, 300, 20, 3)]
    [InlineData(400, 40, 40, 4)]
    public void Solve_GeneratedProblem_PassesTheChecker(int requests, int experts, int edgesPerRequest, int seed)
    {
        var problem = AssignmentInstanceGenerator.Generate(new AssignmentInstanceOptions(requests, experts, edgesPerRequest, seed));

        var solution = _solver.Solve(problem);

        Assert.Empty(AssignmentChecker.Check(problem, solution).Violations);
        Assert.Equal(problem.Requests.Sum(r => r.Demand) - solution.Unmet.Sum(u => u.Missing), solution.Assignments.Count);
    }

    [Fact]
    public void Solve_ConflictedPairIsTheCheapest_NeverAssignsIt()
    {
        var all = AssignmentInstanceGenerator.Generate(new AssignmentInstanceOptions(60, 30, 30, 7));
        // A conflict is a pair without an edge: drop every third pair and make the rest expensive, so only the
        // missing pairs would be attractive if the solver could see them.
        var conflicts = all.Edges.Where((_, i) => i % 3 == 0).Select(e => (e.Request, e.Expert)).ToHashSet();
        var problem = all with { Edges = [.. all.Edges.Where(e => !conflicts.Contains((e.Request, e.Expert))).Select(e => e with { Cost = 1000 + e.Cost })] };

        var solution = _solver.Solve(problem);

        Assert.NotEmpty(solution.Assignments);
        Assert.DoesNotContain(solution.Assignments, a => conflicts.Contains((a.Request, a.Expert)));
        Assert.Empty(AssignmentChecker.Check(problem, solution).Violations);
    }

    [Fact]
    public void Solve_DemandBeyondSupply_ReportsTheShortfall()
    {
        var problem = Problem(
            [Request("r1", demand: 3), Request("r2")],
            [Expert("a"), Expert("b")],
            Edge("r1", "a", 1), Edge("r1", "b", 1), Edge("r2", "b", 9));

        var solution = _solver.Solve(problem);

        // Four places, two experts: both go to r1, whose pairs are cheapest, and each request keeps one place open.
        Assert.Equal([new UnmetDemand("r1", 1), new UnmetDemand("r2", 1)], solution.Unmet);
        Assert.Equal(2, solution.Assignments.Count);
        Assert.Equal(2, solution.TotalCost);
    }

    [Fact]
    public void Solve_RequestWithoutCandidates_IsFullyUnmet()
    {
        var problem = Problem([Request("r1", demand: 2), Request("r2")], [Expert("a")], Edge("r2", "a", 4));

        var solution = _solver.Solve(problem);

        Assert.Equal([new UnmetDemand("r1", 2)], solution.Unmet);
        Assert.Equal([new ExpertAssignment("r2", "a")], solution.Assignments);
    }

    [Fact]
    public void Solve_TwoRequestsOneExpert_GivesTheExpertToTheCheaperPair()
    {
        var problem = Problem([Request("r1"), Request("r2")], [Expert("a")], Edge("r1", "a", 9), Edge("r2", "a", 5));

        var solution = _solver.Solve(problem);

        Assert.Equal([new ExpertAssignment("r2", "a")], solution.Assignments);
        Assert.Equal([new UnmetDemand("r1", 1)], solution.Unmet);
        Assert.Equal(5, solution.TotalCost);
    }

    [Fact]
    public void Solve_RisingLoadCosts_SpreadsTheLoad()
    {
        // Without load costs 'a' (cost 1) would take both; its second engagement costs 10 more, so 'b' (cost 4) takes one.
        var problem = Problem(
            [Request("r1"), Request("r2")],
            [Expert("a", capacity: 2, loadCosts: [0, 10]), Expert("b")],
            Edge("r1", "a", 1), Edge("r2", "a", 1), Edge("r1", "b", 4), Edge("r2", "b", 4));

        var solution = _solver.Solve(problem);

        Assert.Equal(5, solution.TotalCost);
        Assert.Single(solution.Assignments, a => a.Expert == "a");
        Assert.Single(solution.Assignments, a => a.Expert == "b");
    }

    [Fact]
    public void Solve_TeamRuleWithAnExpensiveReviewer_TakesTheReviewer()
    {
        var problem = Problem(
            [Request("r1", demand: 2, reviewer: true)],
            [Expert("cheap1"), Expert("cheap2"), Expert("rev", reviewer: true)],
            Edge("r1", "cheap1", 1), Edge("r1", "cheap2", 1), Edge("r1", "rev", 50));

        var solution = _solver.Solve(problem);

        Assert.Contains(new ExpertAssignment("r1", "rev"), solution.Assignments);
        Assert.Equal(51, solution.TotalCost);
        Assert.Empty(solution.Unmet);
    }

    [Fact]
    public void Solve_TeamRuleWithoutReviewer_StaffsDemandMinusOne()
    {
        var problem = Problem(
            [Request("r1", demand: 3, reviewer: true)],
            [Expert("a"), Expert("b"), Expert("c")],
            Edge("r1", "a", 1), Edge("r1", "b", 2), Edge("r1", "c", 3));

        var solution = _solver.Solve(problem);

        Assert.Equal([new ExpertAssignment("r1", "a"), new ExpertAssignment("r1", "b")], solution.Assignments);
        Assert.Equal([new UnmetDemand("r1", 1)], solution.Unmet);
        Assert.Equal(3, solution.TotalCost);
    }

    [Fact]
    public void Solve_OneReviewerForTwoTeams_CompletesOnlyOneTeam()
    {
        var problem = Problem(
            [Request("r1", demand: 2, reviewer: true), Request("r2", demand: 2, reviewer: true)],
            [Expert("rev", capacity: 2, reviewer: true), Expert("a"), Expert("b")],
            Edge("r1", "rev", 1), Edge("r1", "a", 1), Edge("r2", "rev", 1), Edge("r2", "b", 1));

        var solution = _solver.Solve(problem);

        // 'rev' may serve both, but each team also needs its second member: a and b do that, so both complete.
        Assert.Empty(solution.Unmet);
        Assert.Equal(4, solution.Assignments.Count);

        var scarce = problem with { Experts = [Expert("rev", capacity: 1, reviewer: true), Expert("a"), Expert("b")] };
        var scarceSolution = _solver.Solve(scarce);

        Assert.Equal(3, scarceSolution.Assignments.Count);
        Assert.Single(scarceSolution.Unmet);
        Assert.Empty(AssignmentChecker.Check(scarce, scarceSolution).Violations);
    }

    [Fact]
    public void Solve_ReviewerAsOnlyCandidate_FillsOnePlaceNotTwo()
    {
        var problem = Problem([Request("r1", demand: 2, reviewer: true)], [Expert("rev", capacity: 2, reviewer: true)], Edge("r1", "rev", 3));

        var solution = _solver.Solve(problem);

        Assert.Equal([new ExpertAssignment("r1", "rev")], solution.Assignments);
        Assert.Equal([new UnmetDemand("r1", 1)], solution.Unmet);
    }

    [Fact]
    public void Solve_EmptyProblem_ReturnsAnEmptySolution()
    {
        var solution = _solver.Solve(Problem([], []));

        Assert.Empty(solution.Assignments);
        Assert.Empty(solution.Unmet);
        Assert.Equal(0, solution.TotalCost);
    }

    [Theory]
    [InlineData("unknown-request")]
    [InlineData("unknown-expert")]
    [InlineData("repeated-pair")]
    [InlineData("decreasing-load")]
    [InlineData("negative-cost")]
    [InlineData("null-request-id")]
    public void Solve_InvalidProblem_ThrowsArgumentException(string defect)
    {
        var problem = defect switch
        {
            "unknown-request" => Problem([Request("r1")], [Expert("a")], Edge("r9", "a", 1)),
            "unknown-expert" => Problem([Request("r1")], [Expert("a")], Edge("r1", "z", 1)),
            "repeated-pair" => Problem([Request("r1"), Request("r2")], [Expert("a"), Expert("b")], Edge("r1", "a", 1), Edge("r2", "b", 1), Edge("r1", "a", 2)),
            "decreasing-load" => Problem([Request("r1")], [Expert("a", capacity: 2, loadCosts: [5, 1])], Edge("r1", "a", 1)),
            "negative-cost" => Problem([Request("r1")], [Expert("a")], Edge("r1", "a", -1)),
            "null-request-id" => Problem([Request("r1")], [Expert("a")], Edge(null!, "a", 1)),
            _ => throw new ArgumentOutOfRangeException(nameof(defect)),
        };

        Assert.Throws<ArgumentException>(() => _solver.Solve(problem));
    }
}
