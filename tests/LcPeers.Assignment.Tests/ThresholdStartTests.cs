using LcPeers.Assignment.Tests.Support;
using LcPeers.Infrastructure.Assignment;
using LcPeers.Infrastructure.Assignment.Generation;
using LcPeers.Matching.Assignment;
using static LcPeers.Assignment.Tests.Support.Problems;

namespace LcPeers.Assignment.Tests;

public sealed class ThresholdStartTests
{
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(10);
    private readonly OrToolsAssignmentSolver _flow = new();

    [Fact]
    public void Find_TotalOptimumUsesADearEdge_ReturnsTheSolutionUnderTheLeastCapThatKeepsEveryEngagement()
    {
        // The total optimum (anna to r1, bram to r2: 45) needs bram's 45. Under a cap of 40 both requests are still
        // served (chantal to r1, anna to r2); under 10 only one is.
        var problem = Problem(
            [Request("r1"), Request("r2")],
            [Expert("anna"), Expert("bram"), Expert("chantal")],
            Edge("r1", "anna", 0), Edge("r1", "chantal", 40), Edge("r2", "anna", 10), Edge("r2", "bram", 45));

        var capped = ThresholdStart.Find(_flow, problem, engagements: 2, Budget);

        Assert.NotNull(capped);
        Assert.Equal([new ExpertAssignment("r1", "chantal"), new ExpertAssignment("r2", "anna")], capped.Assignments.OrderBy(a => a.Request));
        Assert.Equal(50, capped.TotalCost);
    }

    [Theory]
    [InlineData(60, 200, 8, 1)]
    [InlineData(120, 80, 12, 2)]
    public void Find_GeneratedProblem_KeepsEveryEngagement_PassesTheChecker_AndUsesNoEdgeDearerThanTheTotalOptimum(int requests, int experts, int edgesPerRequest, int seed)
    {
        var problem = AssignmentInstanceGenerator.Generate(new AssignmentInstanceOptions(requests, experts, edgesPerRequest, seed));
        var total = _flow.Solve(problem);

        var capped = ThresholdStart.Find(_flow, problem, total.Assignments.Count, Budget) ?? total;

        Assert.Equal(total.Assignments.Count, capped.Assignments.Count);
        Assert.Empty(AssignmentChecker.Check(problem, capped).Violations);
        Assert.True(DearestEdge(problem, capped) <= DearestEdge(problem, total));
        // The cap is the least: one cost unit below it, some engagement is lost.
        var cap = DearestEdge(problem, capped);
        var below = _flow.Solve(problem with { Edges = [.. problem.Edges.Where(e => e.Cost < cap)] });
        Assert.True(below.Assignments.Count < total.Assignments.Count);
    }

    private static int DearestEdge(AssignmentProblem problem, AssignmentSolution solution)
    {
        var costs = problem.Edges.ToDictionary(e => (e.Request, e.Expert), e => e.Cost);
        return solution.Assignments.Max(a => costs[(a.Request, a.Expert)]);
    }
}
