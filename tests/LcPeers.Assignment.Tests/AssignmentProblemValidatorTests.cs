using LcPeers.Matching.Assignment;
using static LcPeers.Assignment.Tests.Support.Problems;

namespace LcPeers.Assignment.Tests;

public sealed class AssignmentProblemValidatorTests
{
    private static readonly AssignmentProblemValidator Validator = new();

    private static AssignmentProblem Valid() => Problem(
        [Request("r1", demand: 2, reviewer: true), Request("r2")],
        [Expert("a", capacity: 2, loadCosts: [0, 10]), Expert("b", reviewer: true)],
        Edge("r1", "a", 3), Edge("r1", "b", 4), Edge("r2", "a", 5));

    [Fact]
    public void Validate_WellFormedProblem_IsValid()
    {
        var result = Validator.Validate(Valid());

        Assert.True(result.IsValid, string.Join("; ", result.Errors));
    }

    [Theory]
    [InlineData("requests", "is required")]
    [InlineData("requests[2].id", "must not be empty")]
    [InlineData("requests[2].id", "repeats 'r1'")]
    [InlineData("requests[0].demand", "between 1 and 100")]
    [InlineData("experts[2].id", "must not be empty")]
    [InlineData("experts[2].id", "repeats 'a'")]
    [InlineData("experts[0].capacity", "between 0 and 100")]
    [InlineData("experts[0].loadCosts", "capacity is 2")]
    [InlineData("experts[0].loadCosts[0]", "between 0 and 1000000")]
    [InlineData("experts[0].loadCosts[1]", "must not decrease")]
    [InlineData("edges[0].request", "not a known request id")]
    [InlineData("edges[0].expert", "not a known expert id")]
    [InlineData("edges[0].cost", "between 0 and 1000000")]
    [InlineData("edges[3]", "already given in edges[0]")]
    public void Validate_BadField_NamesThatField(string field, string message)
    {
        var valid = Valid();
        var problem = field switch
        {
            "requests" => valid with { Requests = null! },
            "requests[2].id" => valid with { Requests = [.. valid.Requests, Request(message.StartsWith("repeats", StringComparison.Ordinal) ? "r1" : " ")] },
            "requests[0].demand" => valid with { Requests = [Request("r1", demand: 0), valid.Requests[1]] },
            "experts[2].id" => valid with { Experts = [.. valid.Experts, Expert(message.StartsWith("repeats", StringComparison.Ordinal) ? "a" : "")] },
            "experts[0].capacity" => valid with { Experts = [Expert("a", capacity: 2) with { Capacity = -1 }, valid.Experts[1]] },
            "experts[0].loadCosts" => valid with { Experts = [Expert("a", capacity: 2, loadCosts: [0]), valid.Experts[1]] },
            "experts[0].loadCosts[0]" => valid with { Experts = [Expert("a", capacity: 2, loadCosts: [-5, 0]), valid.Experts[1]] },
            "experts[0].loadCosts[1]" => valid with { Experts = [Expert("a", capacity: 2, loadCosts: [10, 0]), valid.Experts[1]] },
            "edges[0].request" => valid with { Edges = [Edge("r9", "a", 3), .. valid.Edges.Skip(1)] },
            "edges[0].expert" => valid with { Edges = [Edge("r1", "z", 3), .. valid.Edges.Skip(1)] },
            "edges[0].cost" => valid with { Edges = [Edge("r1", "a", -3), .. valid.Edges.Skip(1)] },
            "edges[3]" => valid with { Edges = [.. valid.Edges, Edge("r1", "a", 8)] },
            _ => throw new ArgumentOutOfRangeException(nameof(field)),
        };

        var result = Validator.Validate(problem);

        var error = Assert.Single(result.Errors);
        Assert.Equal(field, error.PropertyName);
        Assert.Contains($"'{field}'", error.ErrorMessage, StringComparison.Ordinal);
        Assert.Contains(message, error.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_DemandOverLimit_NamesDemand()
    {
        var problem = Valid() with { Requests = [Request("r1", demand: AssignmentLimits.MaxDemand + 1), Request("r2")] };

        Assert.Equal(["requests[0].demand"], Validator.Validate(problem).Errors.Select(e => e.PropertyName));
    }

    [Fact]
    public void Validate_CostOverLimit_NamesCost()
    {
        var problem = Valid() with { Edges = [Edge("r1", "a", AssignmentLimits.MaxCost + 1)] };

        Assert.Equal(["edges[0].cost"], Validator.Validate(problem).Errors.Select(e => e.PropertyName));
    }

    [Fact]
    public void Validate_DecreasingLoadCosts_ExplainsTheFlowModel()
    {
        var problem = Valid() with { Experts = [Expert("a", capacity: 2, loadCosts: [10, 0]), Expert("b")] };

        var error = Assert.Single(Validator.Validate(problem).Errors);

        Assert.Contains("flow model", error.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ManyBadEdges_ReportsAtMostTheCap()
    {
        var problem = Valid() with { Edges = [.. Enumerable.Range(0, 300).Select(i => Edge("r1", $"ghost{i}", 1))] };

        var result = Validator.Validate(problem);

        Assert.Equal(AssignmentProblemValidator.MaxReportedErrors, result.Errors.Count);
        Assert.Equal("edges[0].expert", result.Errors[0].PropertyName);
    }

    [Fact]
    public void Validate_ZeroCapacityExpertWithoutLoadCosts_IsValid()
    {
        var problem = Valid() with { Experts = [.. Valid().Experts, new AssignmentExpert("idle", 0, [])] };

        Assert.True(Validator.Validate(problem).IsValid);
    }
}
