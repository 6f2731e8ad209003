using LcPeers.Matching.Assignment;
using static LcPeers.Assignment.Tests.Support.Problems;

namespace LcPeers.Assignment.Tests;

public sealed class AssignmentCheckerTests
{
    // r1 wants two with a reviewer, r2 one; 'a' may take two engagements (second costs 10), b and rev one each.
    private static readonly AssignmentProblem Problem = Problem(
        [Request("r1", demand: 2, reviewer: true), Request("r2")],
        [Expert("a", capacity: 2, loadCosts: [0, 10]), Expert("b"), Expert("rev", reviewer: true)],
        Edge("r1", "a", 3), Edge("r1", "rev", 7), Edge("r2", "a", 2), Edge("r2", "b", 4));

    // Edges 3 + 7 + 2, plus a's second engagement 10.
    private static readonly AssignmentSolution Valid = new(
        [new("r1", "a"), new("r1", "rev"), new("r2", "a")], 22, []);

    [Fact]
    public void Check_ConsistentSolution_HasNoViolations()
    {
        var result = AssignmentChecker.Check(Problem, Valid);

        Assert.True(result.IsValid, string.Join("; ", result.Violations));
    }

    [Fact]
    public void Check_ExpertOverCapacity_IsReported()
    {
        var narrow = Problem with { Experts = [Expert("a", capacity: 1, loadCosts: [0, 10]), Expert("b"), Expert("rev", reviewer: true)] };

        var result = AssignmentChecker.Check(narrow, Valid);

        Assert.Contains(result.Violations, v => v.Contains("Expert a has 2 assignments; capacity is 1", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_PairWithoutEdge_IsReportedAsConflict()
    {
        var solution = Valid with { Assignments = [.. Valid.Assignments, new("r2", "rev")] };

        var result = AssignmentChecker.Check(Problem, solution);

        Assert.Contains(result.Violations, v => v.Contains("(r2, rev) is not a candidate edge", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_RepeatedPair_IsReported()
    {
        var solution = new AssignmentSolution([new("r1", "a"), new("r1", "a"), new("r2", "b")], 10, [new("r1", 1)]);

        var result = AssignmentChecker.Check(Problem, solution);

        Assert.Contains(result.Violations, v => v.Contains("(r1, a) appears more than once", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_WrongTotal_IsReported()
    {
        var result = AssignmentChecker.Check(Problem, Valid with { TotalCost = 12 });

        Assert.Equal(["Total cost is 12; the assignments cost 22."], result.Violations);
    }

    [Fact]
    public void Check_FullTeamWithoutReviewer_IsReported()
    {
        var problem = Problem with { Edges = [.. Problem.Edges, Edge("r1", "b", 1)] };
        var solution = new AssignmentSolution([new("r1", "a"), new("r1", "b"), new("r2", "a")], 3 + 1 + 2 + 10, []);

        var result = AssignmentChecker.Check(problem, solution);

        Assert.Equal(["Request r1 needs a reviewer in its full team of 2 and has none."], result.Violations);
    }

    [Fact]
    public void Check_PartialTeamWithoutReviewer_IsAllowed()
    {
        var solution = new AssignmentSolution([new("r1", "a"), new("r2", "b")], 3 + 4, [new("r1", 1)]);

        Assert.True(AssignmentChecker.Check(Problem, solution).IsValid);
    }

    [Fact]
    public void Check_RequestOverDemand_IsReported()
    {
        var solution = Valid with { Assignments = [.. Valid.Assignments, new("r2", "b")], TotalCost = 26 };

        var result = AssignmentChecker.Check(Problem, solution);

        Assert.Contains(result.Violations, v => v.Contains("Request r2 has 2 experts; demand is 1", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(2)]
    public void Check_UnmetMiscounted_IsReported(int listedMissing)
    {
        var solution = new AssignmentSolution([new("r1", "a"), new("r2", "b")], 7, listedMissing == 0 ? [] : [new("r1", listedMissing)]);

        var result = AssignmentChecker.Check(Problem, solution);

        Assert.Contains(result.Violations, v => v.StartsWith("Request r1 misses 1 experts", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_UnmetForFullyServedRequest_IsReported()
    {
        var result = AssignmentChecker.Check(Problem, Valid with { Unmet = [new("r2", 0)] });

        Assert.Contains(result.Violations, v => v.StartsWith("Request r2 misses 0 experts", StringComparison.Ordinal));
    }
}
