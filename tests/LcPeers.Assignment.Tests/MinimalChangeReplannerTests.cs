using LcPeers.Infrastructure.Assignment;
using LcPeers.Matching.Assignment;
using static LcPeers.Assignment.Tests.Support.Problems;

namespace LcPeers.Assignment.Tests;

/// <summary>
/// Re-planning on a changed pool (an expert declined, costs moved, a newcomer joined, a proposed expert dropped out):
/// approved and accepted pairs never change, and proposed pairs change only for an improvement beyond the threshold.
/// </summary>
public sealed class MinimalChangeReplannerTests
{
    private readonly OrToolsAssignmentSolver _solver = new();

    public static TheoryData<int> Seeds => new(Enumerable.Range(1, 300));

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Replan_ChangedPool_KeepsFixedPairs_AndChangesProposedOnlyBeyondTheThreshold(int seed)
    {
        var random = new Random(seed);
        var (problem, previous) = ChangedInstance(random);

        var result = MinimalChangeReplanner.Replan(_solver, problem, previous);

        var plan = result.Solution.Assignments.Select(a => (a.Request, a.Expert)).ToList();
        // Fixed pairs stay: never in the free part (so never given away), each reported as kept with its own code.
        foreach (var pair in previous.Fixed)
        {
            Assert.DoesNotContain((pair.Request, pair.Expert), plan);
            Assert.Single(result.Changes, c => c.Request == pair.Request && c.Kept == pair.Expert && c.Code == pair.Code);
            Assert.DoesNotContain(result.Changes, c => c.Removed == pair.Expert && c.Request == pair.Request);
        }

        // Fixed plus new stays within every demand and capacity, each pair once, every new pair a candidate edge.
        var all = previous.Fixed.Select(p => (p.Request, p.Expert)).Concat(plan).ToList();
        Assert.Equal(all.Count, all.Distinct().Count());
        Assert.All(problem.Requests, r => Assert.True(all.Count(p => p.Request == r.Id) <= r.Demand));
        Assert.All(problem.Experts, e => Assert.True(all.Count(p => p.Expert == e.Id) <= e.Capacity));
        var edges = problem.Edges.ToDictionary(e => (e.Request, e.Expert), e => e.Cost);
        Assert.All(plan, p => Assert.True(edges.ContainsKey(p)));

        // Against keeping every proposed pair that is still a candidate: replacing r of them must have paid more than
        // r × threshold (unless it staffed more places, which always comes first).
        var candidates = previous.Proposed.Where(p => edges.ContainsKey((p.Request, p.Expert))).ToList();
        var keepAll = MinimalChangeReplanner.Replan(_solver, problem, previous with
        {
            Fixed = [.. previous.Fixed, .. candidates.Select(p => p with { Code = ReplanChangeCodes.KeptProposed })],
            Proposed = [],
            Threshold = 0,
        });
        var keptPlan = candidates.Select(p => (p.Request, p.Expert)).Concat(keepAll.Solution.Assignments.Select(a => (a.Request, a.Expert))).ToList();
        Assert.True(plan.Count >= keptPlan.Count, "keeping every proposed pair is one of the plans the re-run could choose");
        var replaced = candidates.Count(p => !plan.Contains((p.Request, p.Expert)));
        if (plan.Count == keptPlan.Count)
        {
            var saving = Cost(problem, previous, keptPlan) - Cost(problem, previous, plan);
            Assert.True(saving >= (long)replaced * (previous.Threshold + 1), $"replaced {replaced} for a saving of {saving} at threshold {previous.Threshold}");
        }

        Assert.Equal(replaced + previous.Proposed.Count - candidates.Count,
            result.Changes.Count(c => c.Code is ReplanChangeCodes.ReplacedImprovement or ReplanChangeCodes.ReplacedNoLongerCandidate or ReplanChangeCodes.Removed));
        Assert.Equal(plan.Count(p => !previous.Proposed.Any(q => (q.Request, q.Expert) == p)), result.Changes.Count(c => c.Added is not null));
    }

    [Fact]
    public void Replan_SmallImprovement_KeepsTheProposedPair_LargeImprovementReplacesIt()
    {
        var problem = Problem([Request("r1")], [Expert("old", loadCosts: [0]), Expert("new", loadCosts: [0])], Edge("r1", "old", 500), Edge("r1", "new", 400));
        PreviousPlan Previous(int threshold) => new([], [new PlannedPair("r1", "old")], threshold);

        var kept = MinimalChangeReplanner.Replan(_solver, problem, Previous(100));
        var replaced = MinimalChangeReplanner.Replan(_solver, problem, Previous(98)); // 100 saved: more than 98 + 1

        Assert.Equal(new ReplanChange("r1", ReplanChangeCodes.KeptProposed, null, null, "old"), Assert.Single(kept.Changes));
        Assert.Equal(new ReplanChange("r1", ReplanChangeCodes.ReplacedImprovement, "old", "new", null), Assert.Single(replaced.Changes));
        Assert.Equal(400, replaced.Solution.TotalCost);
    }

    [Fact]
    public void Replan_DeclinedPlace_IsFilled_AndTheAcceptedPairIsKept()
    {
        var problem = Problem([Request("r1", demand: 2)], [Expert("accepted", loadCosts: [0]), Expert("spare", loadCosts: [0]), Expert("cheap", loadCosts: [0])],
            Edge("r1", "spare", 300), Edge("r1", "cheap", 10));
        var previous = new PreviousPlan([new PlannedPair("r1", "accepted", ReplanChangeCodes.KeptAccepted)], [], 50);

        var result = MinimalChangeReplanner.Replan(_solver, problem, previous);

        Assert.Equal(
            [new ReplanChange("r1", ReplanChangeCodes.KeptAccepted, null, null, "accepted"), new ReplanChange("r1", ReplanChangeCodes.FilledOpenPlace, null, "cheap", null)],
            result.Changes);
    }

    /// <summary>
    /// A first plan solved on a random instance, split into fixed (approved or accepted) and proposed pairs; then the
    /// pool changes: some fixed pairs decline (their place opens, the pair is gone), edge costs move, a newcomer joins,
    /// and a proposed expert may stop being a candidate.
    /// </summary>
    private (AssignmentProblem Problem, PreviousPlan Previous) ChangedInstance(Random random)
    {
        var requests = Enumerable.Range(1, 2 + random.Next(3)).Select(r => Request($"r{r}", 1 + random.Next(3))).ToList();
        var experts = Enumerable.Range(1, 3 + random.Next(4)).Select(x => Expert($"e{x}", 1 + random.Next(2), [0, random.Next(200)])).ToList();
        var edges = (from r in requests from e in experts where random.Next(10) < 7 select Edge(r.Id, e.Id, random.Next(1001))).ToList();
        var first = _solver.Solve(new AssignmentProblem(requests, experts, edges)).Assignments;

        var fixedPairs = new List<PlannedPair>();
        var proposed = new List<PlannedPair>();
        var declined = new HashSet<(string, string)>();
        foreach (var a in first)
        {
            switch (random.Next(4))
            {
                case 0:
                    fixedPairs.Add(new PlannedPair(a.Request, a.Expert, random.Next(2) == 0 ? ReplanChangeCodes.KeptApproved : ReplanChangeCodes.KeptAccepted));
                    break;
                case 1:
                    declined.Add((a.Request, a.Expert));
                    break;
                default:
                    proposed.Add(new PlannedPair(a.Request, a.Expert));
                    break;
            }
        }

        var newcomer = Expert("new", 1 + random.Next(2), [0, random.Next(200)]);
        var changed = edges.Where(e => !declined.Contains((e.Request, e.Expert)))
            .Where(e => random.Next(8) > 0 || !proposed.Any(p => (p.Request, p.Expert) == (e.Request, e.Expert))) // a proposed expert may drop out
            .Select(e => random.Next(2) == 0 ? e with { Cost = random.Next(1001) } : e)
            .Concat(requests.Where(_ => random.Next(2) == 0).Select(r => Edge(r.Id, newcomer.Id, random.Next(1001))))
            .ToList();
        var threshold = new[] { 0, 30, 150, 600 }[random.Next(4)];
        return (new AssignmentProblem(requests, [.. experts, newcomer], changed), new PreviousPlan(fixedPairs, proposed, threshold));
    }

    /// <summary>The free part's cost: its edges plus each expert's load costs after the places the fixed pairs take.</summary>
    private static long Cost(AssignmentProblem problem, PreviousPlan previous, List<(string Request, string Expert)> plan)
    {
        var edges = problem.Edges.ToDictionary(e => (e.Request, e.Expert), e => e.Cost);
        return plan.Sum(p => (long)edges[p]) + plan.GroupBy(p => p.Expert).Sum(g =>
        {
            var expert = problem.Experts.Single(e => e.Id == g.Key);
            return expert.LoadCosts.Skip(previous.Fixed.Count(f => f.Expert == g.Key)).Take(g.Count()).Sum(c => (long)c);
        });
    }
}
