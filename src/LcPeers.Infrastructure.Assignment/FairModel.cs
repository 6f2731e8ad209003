using Google.OrTools.Sat;
using LcPeers.Matching.Assignment;

namespace LcPeers.Infrastructure.Assignment;

/// <summary>
/// The CP-SAT model behind <see cref="CpSatFairAssignmentSolver"/>: one boolean per edge, the number of engagements
/// fixed to the min-cost flow's maximum, and the hard rules of <see cref="FlowNetwork"/> written as linear constraints.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>Capacity: an expert takes at most min(capacity, edges) pairs. Load costs: one boolean per engagement, filled
/// in order, priced at its load cost (collapsed to one term when the costs are flat).</item>
/// <item>Team rule: reviewers picked ≥ team size − (demand − 1), so a full team holds a reviewer and a team one short
/// needs none.</item>
/// <item>Worst-off request: the mean edge cost s/n of each request with n ≥ 1 experts is at most W / L, written
/// L·s ≤ n·W. L is the least common multiple of the team sizes that can occur, so W is exact (an integer multiple of
/// 1/L cost units) when those are at most 12; beyond that L is capped and W rounds the mean up by less than 1/L.
/// When every maximum solution serves every request to its reachable size, n is a constant and the constraint is
/// linear; otherwise one indicator per possible size enforces it.</item>
/// </list>
/// </remarks>
internal sealed class FairModel
{
    /// <summary>lcm(1..12): the largest scale kept exact.</summary>
    private const long MaxScale = 27_720;

    private readonly AssignmentProblem _problem;
    private readonly int[] _edgeExpert;
    private readonly BoolVar[] _picks;
    private readonly List<int>[] _byRequest;
    private readonly List<int>[] _byExpert;
    private readonly BoolVar[][] _loadSteps;
    private readonly BoolVar[][] _sizes;
    private readonly long _scale;
    private readonly IntVar _worst;
    private readonly LinearExpr _total;

    private FairModel(AssignmentProblem problem, int[] edgeExpert, List<int>[] byRequest,
        List<int>[] byExpert, int engagements)
    {
        _problem = problem;
        _edgeExpert = edgeExpert;
        _byRequest = byRequest;
        _byExpert = byExpert;
        var edges = problem.Edges;
        var model = new CpModel();
        _picks = new BoolVar[edges.Count];
        for (var e = 0; e < edges.Count; e++)
        {
            _picks[e] = model.NewBoolVar("");
        }

        model.AddLinearConstraint(LinearExpr.Sum(_picks), engagements, engagements);

        var total = LinearExpr.NewBuilder(edges.Count + problem.Experts.Count);
        for (var e = 0; e < edges.Count; e++)
        {
            total.AddTerm(_picks[e], edges[e].Cost);
        }

        _loadSteps = new BoolVar[problem.Experts.Count][];
        for (var x = 0; x < problem.Experts.Count; x++)
        {
            _loadSteps[x] = AddExpert(model, x, total);
        }

        var sizes = new int[problem.Requests.Count];
        for (var r = 0; r < sizes.Length; r++)
        {
            sizes[r] = AddRequest(model, r);
        }


        var fixedSizes = sizes.Sum() == engagements;
        _scale = Scale(fixedSizes ? sizes.Where(n => n > 0).Distinct() : Enumerable.Range(1, Math.Max(1, sizes.Max())));
        WorstLowerBound = fixedSizes ? TeamBound(sizes) : 0;
        _worst = model.NewIntVar(WorstLowerBound, _scale * AssignmentLimits.MaxCost, "worst");
        _sizes = new BoolVar[sizes.Length][];
        for (var r = 0; r < sizes.Length; r++)
        {
            _sizes[r] = AddMean(model, r, sizes[r], fixedSizes);
        }

        _total = total;
        Model = model;
    }

    public CpModel Model { get; }

    public static FairModel Build(AssignmentProblem problem, AssignmentSolution start)
    {
        var requestIndex = new Dictionary<string, int>(problem.Requests.Count, StringComparer.Ordinal);
        for (var r = 0; r < problem.Requests.Count; r++)
        {
            requestIndex[problem.Requests[r].Id] = r;
        }

        var expertIndex = new Dictionary<string, int>(problem.Experts.Count, StringComparer.Ordinal);
        for (var x = 0; x < problem.Experts.Count; x++)
        {
            expertIndex[problem.Experts[x].Id] = x;
        }

        var edges = problem.Edges;
        var edgeRequest = new int[edges.Count];
        var edgeExpert = new int[edges.Count];
        var byRequest = NewLists(problem.Requests.Count);
        var byExpert = NewLists(problem.Experts.Count);
        for (var e = 0; e < edges.Count; e++)
        {
            edgeRequest[e] = requestIndex[edges[e].Request];
            edgeExpert[e] = expertIndex[edges[e].Expert];
            byRequest[edgeRequest[e]].Add(e);
            byExpert[edgeExpert[e]].Add(e);
        }

        return new FairModel(problem, edgeExpert, byRequest, byExpert, start.Assignments.Count);
    }

    /// <summary>Which edges <paramref name="solution"/> uses, by edge index.</summary>
    public bool[] Chosen(AssignmentSolution solution)
    {
        var pairs = solution.Assignments.Select(a => (a.Request, a.Expert)).ToHashSet();
        var edges = _problem.Edges;
        var chosen = new bool[edges.Count];
        for (var e = 0; e < edges.Count; e++)
        {
            chosen[e] = pairs.Contains((edges[e].Request, edges[e].Expert));
        }

        return chosen;
    }

    public bool[] Read(CpSolver solver)
    {
        var chosen = new bool[_picks.Length];
        for (var e = 0; e < chosen.Length; e++)
        {
            chosen[e] = solver.BooleanValue(_picks[e]);
        }

        return chosen;
    }

    /// <summary>The scaled worst mean of <paramref name="chosen"/>, as the model measures it (rounded up to 1/L).</summary>
    public long WorstOf(bool[] chosen)
    {
        var worst = 0L;
        for (var r = 0; r < _byRequest.Length; r++)
        {
            var (cost, experts) = Team(r, chosen);
            if (experts > 0)
            {
                worst = Math.Max(worst, CeilDiv(_scale * cost, experts));
            }
        }

        return worst;
    }

    /// <summary>Edge costs plus each expert's load costs for the engagements taken, as <see cref="AssignmentChecker"/> counts them.</summary>
    public long TotalOf(bool[] chosen)
    {
        var edges = _problem.Edges;
        var total = 0L;
        for (var e = 0; e < chosen.Length; e++)
        {
            total += chosen[e] ? edges[e].Cost : 0;
        }

        for (var x = 0; x < _byExpert.Length; x++)
        {
            var taken = _byExpert[x].Count(e => chosen[e]);
            var loadCosts = _problem.Experts[x].LoadCosts;
            for (var k = 0; k < taken; k++)
            {
                total += loadCosts[k];
            }
        }

        return total;
    }

    /// <summary>A complete hint: the picks and every auxiliary variable they imply.</summary>
    public void Hint(bool[] chosen)
    {
        Model.ClearHints();
        for (var e = 0; e < chosen.Length; e++)
        {
            Model.AddHint(_picks[e], chosen[e]);
        }

        for (var x = 0; x < _byExpert.Length; x++)
        {
            var taken = _byExpert[x].Count(e => chosen[e]);
            for (var k = 0; k < _loadSteps[x].Length; k++)
            {
                Model.AddHint(_loadSteps[x][k], k < taken);
            }
        }

        for (var r = 0; r < _byRequest.Length; r++)
        {
            var experts = Team(r, chosen).Experts;
            for (var k = 0; k < _sizes[r].Length; k++)
            {
                Model.AddHint(_sizes[r][k], k == experts);
            }
        }

        Model.AddHint(_worst, WorstOf(chosen));
    }

    /// <summary>
    /// A lower bound on the scaled worst mean: when every request gets its reachable size, no team is cheaper than
    /// that many of its request's cheapest edges. It holds for the whole problem too, since <see cref="Candidates"/>
    /// keeps each request's cheapest edges. Without fixed sizes a request may stay empty, and the bound is 0.
    /// </summary>
    public long WorstLowerBound { get; }

    public void MinimiseWorst() => Model.Minimize(_worst);

    public void MinimiseTotal() => Model.Minimize(_total);

    public void CapWorst(long worst) => Model.AddLinearConstraint(_worst, 0, worst);

    public AssignmentSolution ToSolution(bool[] chosen)
    {
        var requests = _problem.Requests;
        var edges = _problem.Edges;
        var assignments = new List<ExpertAssignment>();
        var unmet = new List<UnmetDemand>();
        for (var r = 0; r < requests.Count; r++)
        {
            var served = 0;
            foreach (var e in _byRequest[r])
            {
                if (chosen[e])
                {
                    assignments.Add(new ExpertAssignment(requests[r].Id, edges[e].Expert));
                    served++;
                }
            }

            if (served < requests[r].Demand)
            {
                unmet.Add(new UnmetDemand(requests[r].Id, requests[r].Demand - served));
            }
        }

        return new AssignmentSolution(assignments, TotalOf(chosen), unmet);
    }

    private BoolVar[] AddExpert(CpModel model, int x, LinearExprBuilder total)
    {
        var expert = _problem.Experts[x];
        var picks = _byExpert[x].Select(e => _picks[e]).ToArray();
        var usable = Math.Min(expert.Capacity, picks.Length);
        if (picks.Length == 0)
        {
            return [];
        }

        var taken = LinearExpr.Sum(picks);
        model.AddLinearConstraint(taken, 0, usable);
        var loadCosts = expert.LoadCosts;
        if (usable == 0 || loadCosts.Take(usable).All(c => c == loadCosts[0]))
        {
            if (usable > 0 && loadCosts[0] != 0)
            {
                foreach (var pick in picks)
                {
                    total.AddTerm(pick, loadCosts[0]);
                }
            }

            return [];
        }

        // Non-decreasing load costs: step k is taken only after step k − 1, so the steps price the k-th engagement.
        var steps = new BoolVar[usable];
        for (var k = 0; k < usable; k++)
        {
            steps[k] = model.NewBoolVar("");
            total.AddTerm(steps[k], loadCosts[k]);
            if (k > 0)
            {
                model.AddImplication(steps[k], steps[k - 1]);
            }
        }

        model.Add(LinearExpr.Sum(steps) == taken);
        return steps;
    }

    /// <summary>Adds the request's size and team-rule constraints; returns the largest team it can get.</summary>
    private int AddRequest(CpModel model, int r)
    {
        var request = _problem.Requests[r];
        var edges = _byRequest[r];
        var reviewers = edges.Where(e => _problem.Experts[_edgeExpert[e]].IsReviewer).ToArray();
        var size = Math.Min(request.Demand, edges.Count);
        if (TeamRule.Applies(request) && reviewers.Length == 0)
        {
            size = Math.Min(size, request.Demand - 1);
        }

        var team = LinearExpr.Sum(edges.Select(e => _picks[e]));
        model.AddLinearConstraint(team, 0, size);
        if (TeamRule.Applies(request) && reviewers.Length > 0)
        {
            var reviewerCount = LinearExpr.Sum(reviewers.Select(e => _picks[e]));
            model.Add(reviewerCount - team >= 1 - request.Demand);
        }

        return size;
    }

    private BoolVar[] AddMean(CpModel model, int r, int size, bool fixedSize)
    {
        if (size == 0)
        {
            return [];
        }

        var edges = _byRequest[r];
        var scaledCost = LinearExpr.NewBuilder(edges.Count);
        foreach (var e in edges)
        {
            scaledCost.AddTerm(_picks[e], _scale * _problem.Edges[e].Cost);
        }

        if (fixedSize)
        {
            model.Add(scaledCost - (size * _worst) <= 0);
            return [];
        }

        var sizes = new BoolVar[size + 1];
        var team = LinearExpr.NewBuilder(size + 1);
        for (var k = 0; k <= size; k++)
        {
            sizes[k] = model.NewBoolVar("");
            team.AddTerm(sizes[k], k);
            if (k > 0)
            {
                model.Add(scaledCost - (k * _worst) <= 0).OnlyEnforceIf(sizes[k]);
            }
        }

        model.AddExactlyOne(sizes);
        model.Add(team == LinearExpr.Sum(edges.Select(e => _picks[e])));
        return sizes;
    }

    private long TeamBound(int[] sizes)
    {
        var bound = 0L;
        for (var r = 0; r < sizes.Length; r++)
        {
            if (sizes[r] > 0)
            {
                var cheapest = _byRequest[r].Select(e => (long)_problem.Edges[e].Cost).Order().Take(sizes[r]).Sum();
                bound = Math.Max(bound, CeilDiv(_scale * cheapest, sizes[r]));
            }
        }

        return bound;
    }

    private (long Cost, int Experts) Team(int r, bool[] chosen)
    {
        var cost = 0L;
        var experts = 0;
        foreach (var e in _byRequest[r])
        {
            if (chosen[e])
            {
                cost += _problem.Edges[e].Cost;
                experts++;
            }
        }

        return (cost, experts);
    }

    private static long Scale(IEnumerable<int> sizes)
    {
        var scale = 1L;
        foreach (var size in sizes)
        {
            scale = scale / Gcd(scale, size) * size;
            if (scale > MaxScale)
            {
                return MaxScale;
            }
        }

        return scale;
    }

    private static long Gcd(long a, long b) => b == 0 ? a : Gcd(b, a % b);

    private static long CeilDiv(long a, long b) => (a + b - 1) / b;

    private static List<int>[] NewLists(int count)
    {
        var lists = new List<int>[count];
        for (var i = 0; i < count; i++)
        {
            lists[i] = [];
        }

        return lists;
    }
}
