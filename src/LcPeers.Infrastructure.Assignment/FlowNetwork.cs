using System.Buffers;
using Google.OrTools.Graph;
using LcPeers.Matching.Assignment;

namespace LcPeers.Infrastructure.Assignment;

/// <summary>
/// The min-cost-flow graph of an <see cref="AssignmentProblem"/>: the problem mapped to integer indices in flat
/// arrays, from which the arcs go straight into OR-Tools. There is no object per edge and no intermediate arc list;
/// the index arrays are rented from <see cref="ArrayPool{T}.Shared"/> so repeated runs do not churn the large object
/// heap (which otherwise costs a full collection on nearly every large run). Dispose returns them.
/// </summary>
/// <remarks>
/// Nodes: requests, then experts, then the sink, then the team-rule nodes. Each request supplies its demand and the
/// sink absorbs the total; max-flow-with-min-cost then sends as much as it can at the least cost.
/// <list type="bullet">
/// <item>Plain request → expert: one arc of capacity 1 carrying the edge cost; pairs are unique, so an expert fills
/// at most one place of a request.</item>
/// <item>Team-rule request (<see cref="TeamRule"/>): a reviewer slot of capacity 1 and a general slot of capacity
/// demand − 1. Each candidate gets a pair node fed by the general slot, and by the reviewer slot too when the expert
/// is a reviewer; the pair node's one arc of capacity 1 to the expert keeps one expert from filling both slots. A
/// full team has therefore used the reviewer slot; without a reviewer at most demand − 1 places fill.</item>
/// <item>Expert → sink: one arc per engagement priced at its load cost, equal neighbours merged. With non-decreasing
/// load costs the cheapest arcs fill first, so the flow's cost is the real load cost. An expert gets no more such
/// arcs than it has edges, since no more could ever carry flow.</item>
/// </list>
/// </remarks>
internal sealed class FlowNetwork : IDisposable
{
    private readonly AssignmentProblem _problem;
    private readonly long _totalDemand;
    private readonly int[] _requestStarts;
    private readonly int[] _edgesByRequest;
    private readonly int[] _edgeExperts;
    private readonly int[] _degrees;
    private readonly int[] _edgeArcs;
    private bool _disposed;

    private FlowNetwork(AssignmentProblem problem, long totalDemand, int[] requestStarts, int[] edgesByRequest,
        int[] edgeExperts, int[] degrees, int[] edgeArcs)
    {
        _problem = problem;
        _totalDemand = totalDemand;
        _requestStarts = requestStarts;
        _edgesByRequest = edgesByRequest;
        _edgeExperts = edgeExperts;
        _degrees = degrees;
        _edgeArcs = edgeArcs;
        (NodeCount, ArcCount) = Measure();
    }

    public int NodeCount { get; }

    public int ArcCount { get; }

    private int Sink => _problem.Requests.Count + _problem.Experts.Count;

    /// <summary>Maps the problem to indices; throws <see cref="ArgumentException"/> for input the model cannot represent.</summary>
    public static FlowNetwork Build(AssignmentProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var requests = problem.Requests ?? throw Invalid("requests is missing.");
        var experts = problem.Experts ?? throw Invalid("experts is missing.");
        var edges = problem.Edges ?? throw Invalid("edges is missing.");

        var requestIndex = IndexRequests(requests, out var totalDemand);
        var expertIndex = IndexExperts(experts);

        var requestStarts = Rent(requests.Count + 1, clear: true);
        var degrees = Rent(experts.Count, clear: true);
        var edgeRequests = Rent(edges.Count, clear: false);
        var edgeExperts = Rent(edges.Count, clear: false);
        var edgesByRequest = Rent(edges.Count, clear: false);
        try
        {
            string? previousRequest = null;
            var r = -1;
            for (var e = 0; e < edges.Count; e++)
            {
                var edge = edges[e] ?? throw Invalid($"edges[{e}] is null.");
                // Edges usually arrive grouped by request: skip the hash lookup when the request repeats.
                if (previousRequest is null || !string.Equals(edge.Request, previousRequest, StringComparison.Ordinal))
                {
                    r = Lookup(requestIndex, edge.Request, e, "request");
                    previousRequest = edge.Request;
                }

                var x = Lookup(expertIndex, edge.Expert, e, "expert");
                if ((uint)edge.Cost > AssignmentLimits.MaxCost)
                {
                    throw Invalid($"edges[{e}].cost is {edge.Cost}, outside 0..{AssignmentLimits.MaxCost}.");
                }

                edgeRequests[e] = r;
                edgeExperts[e] = x;
                requestStarts[r + 1]++;
                degrees[x]++;
            }

            GroupByRequest(edgeRequests, edges.Count, requestStarts, requests.Count, edgesByRequest);
            RejectRepeatedPairs(edgesByRequest, requestStarts, requests.Count, edgeExperts, experts.Count);

            // edgeRequests is spent: it becomes the edge → arc map that CreateSolver fills.
            return new FlowNetwork(problem, totalDemand, requestStarts, edgesByRequest, edgeExperts, degrees, edgeRequests);
        }
        catch
        {
            Return(requestStarts, degrees, edgeRequests, edgeExperts, edgesByRequest);
            throw;
        }
    }

    /// <summary>
    /// Adds every arc and supply to a fresh, pre-sized OR-Tools solver and notes which arc carries each edge's flow;
    /// the caller disposes the solver.
    /// </summary>
    public MinCostFlow CreateSolver()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var requests = _problem.Requests;
        var experts = _problem.Experts;
        var edges = _problem.Edges;
        var flow = new MinCostFlow(NodeCount, ArcCount);
        var expertBase = requests.Count;
        var nextNode = Sink + 1;
        for (var r = 0; r < requests.Count; r++)
        {
            var from = _requestStarts[r];
            var to = _requestStarts[r + 1];
            if (!TeamRule.Applies(requests[r]))
            {
                for (var i = from; i < to; i++)
                {
                    var e = _edgesByRequest[i];
                    _edgeArcs[e] = flow.AddArcWithCapacityAndUnitCost(r, expertBase + _edgeExperts[e], 1, edges[e].Cost);
                }

                continue;
            }

            var reviewerSlot = nextNode++;
            var generalSlot = nextNode++;
            flow.AddArcWithCapacityAndUnitCost(r, reviewerSlot, 1, 0);
            flow.AddArcWithCapacityAndUnitCost(r, generalSlot, requests[r].Demand - 1, 0);
            for (var i = from; i < to; i++)
            {
                var e = _edgesByRequest[i];
                var x = _edgeExperts[e];
                var pair = nextNode++;
                var cost = edges[e].Cost;
                flow.AddArcWithCapacityAndUnitCost(generalSlot, pair, 1, cost);
                if (experts[x].IsReviewer)
                {
                    flow.AddArcWithCapacityAndUnitCost(reviewerSlot, pair, 1, cost);
                }

                _edgeArcs[e] = flow.AddArcWithCapacityAndUnitCost(pair, expertBase + x, 1, 0);
            }
        }

        for (var x = 0; x < experts.Count; x++)
        {
            var loadCosts = experts[x].LoadCosts;
            var usable = Math.Min(experts[x].Capacity, _degrees[x]);
            for (var k = 0; k < usable;)
            {
                var run = 1;
                while (k + run < usable && loadCosts[k + run] == loadCosts[k])
                {
                    run++;
                }

                flow.AddArcWithCapacityAndUnitCost(expertBase + x, Sink, run, loadCosts[k]);
                k += run;
            }
        }

        for (var r = 0; r < requests.Count; r++)
        {
            flow.SetNodeSupply(r, requests[r].Demand);
        }

        flow.SetNodeSupply(Sink, -_totalDemand);
        return flow;
    }

    /// <summary>Reads the assignments off a solved flow, grouped by request in the problem's order.</summary>
    public AssignmentSolution ReadSolution(MinCostFlow flow)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var requests = _problem.Requests;
        var edges = _problem.Edges;
        var assignments = new List<ExpertAssignment>((int)Math.Min(flow.MaximumFlow(), int.MaxValue));
        var unmet = new List<UnmetDemand>();
        for (var r = 0; r < requests.Count; r++)
        {
            var demand = requests[r].Demand;
            var served = 0;
            // A request stops asking for flows once full: edge flows are 0 or 1 and never exceed the demand.
            for (var i = _requestStarts[r]; i < _requestStarts[r + 1] && served < demand; i++)
            {
                var e = _edgesByRequest[i];
                if (flow.Flow(_edgeArcs[e]) > 0)
                {
                    assignments.Add(new ExpertAssignment(requests[r].Id, edges[e].Expert));
                    served++;
                }
            }

            if (served < demand)
            {
                unmet.Add(new UnmetDemand(requests[r].Id, demand - served));
            }
        }

        return new AssignmentSolution(assignments, flow.OptimalCost(), unmet);
    }

    public void Dispose()
    {
        if (!_disposed)
        {
            _disposed = true;
            Return(_requestStarts, _degrees, _edgeArcs, _edgeExperts, _edgesByRequest);
        }
    }

    /// <summary>Node and arc counts, so OR-Tools reserves its vectors once at the right size.</summary>
    private (int Nodes, int Arcs) Measure()
    {
        var requests = _problem.Requests;
        var experts = _problem.Experts;
        long nodes = requests.Count + experts.Count + 1;
        long arcs = 0;
        for (var r = 0; r < requests.Count; r++)
        {
            var count = _requestStarts[r + 1] - _requestStarts[r];
            if (!TeamRule.Applies(requests[r]))
            {
                arcs += count;
                continue;
            }

            nodes += 2 + count;
            arcs += 2 + (2 * count);
            for (var i = _requestStarts[r]; i < _requestStarts[r + 1]; i++)
            {
                arcs += experts[_edgeExperts[_edgesByRequest[i]]].IsReviewer ? 1 : 0;
            }
        }

        for (var x = 0; x < experts.Count; x++)
        {
            var loadCosts = experts[x].LoadCosts;
            var usable = Math.Min(experts[x].Capacity, _degrees[x]);
            for (var k = 0; k < usable; k++)
            {
                arcs += k == 0 || loadCosts[k] != loadCosts[k - 1] ? 1 : 0;
            }
        }

        if (nodes > int.MaxValue || arcs > int.MaxValue)
        {
            throw Invalid($"the flow graph would need {nodes} nodes and {arcs} arcs, beyond what the solver indexes.");
        }

        return ((int)nodes, (int)arcs);
    }

    private static Dictionary<string, int> IndexRequests(IReadOnlyList<AssignmentRequest> requests, out long totalDemand)
    {
        var index = new Dictionary<string, int>(requests.Count, StringComparer.Ordinal);
        totalDemand = 0;
        for (var r = 0; r < requests.Count; r++)
        {
            var request = requests[r] ?? throw Invalid($"requests[{r}] is null.");
            if (request.Id is null || !index.TryAdd(request.Id, r))
            {
                throw Invalid($"requests[{r}].id is missing or repeated.");
            }

            if (request.Demand < 1 || request.Demand > AssignmentLimits.MaxDemand)
            {
                throw Invalid($"requests[{r}].demand is {request.Demand}, outside 1..{AssignmentLimits.MaxDemand}.");
            }

            totalDemand += request.Demand;
        }

        return index;
    }

    private static Dictionary<string, int> IndexExperts(IReadOnlyList<AssignmentExpert> experts)
    {
        var index = new Dictionary<string, int>(experts.Count, StringComparer.Ordinal);
        for (var x = 0; x < experts.Count; x++)
        {
            var expert = experts[x] ?? throw Invalid($"experts[{x}] is null.");
            if (expert.Id is null || !index.TryAdd(expert.Id, x))
            {
                throw Invalid($"experts[{x}].id is missing or repeated.");
            }

            if ((uint)expert.Capacity > AssignmentLimits.MaxCapacity)
            {
                throw Invalid($"experts[{x}].capacity is {expert.Capacity}, outside 0..{AssignmentLimits.MaxCapacity}.");
            }

            var loadCosts = expert.LoadCosts;
            if (loadCosts is null || loadCosts.Count < expert.Capacity)
            {
                throw Invalid($"experts[{x}].loadCosts has fewer entries than the capacity.");
            }

            for (var k = 0; k < expert.Capacity; k++)
            {
                if ((uint)loadCosts[k] > AssignmentLimits.MaxCost || (k > 0 && loadCosts[k] < loadCosts[k - 1]))
                {
                    throw Invalid($"experts[{x}].loadCosts[{k}] is out of range or lower than the entry before it.");
                }
            }
        }

        return index;
    }

    private static int Lookup(Dictionary<string, int> index, string? id, int edge, string member) =>
        id is not null && index.TryGetValue(id, out var found)
            ? found
            : throw Invalid($"edges[{edge}].{member} '{id}' is not a known {member} id.");

    /// <summary>Counting sort of edge indices by request: <paramref name="requestStarts"/> holds counts on entry, offsets on return.</summary>
    private static void GroupByRequest(int[] edgeRequests, int edgeCount, int[] requestStarts, int requestCount, int[] grouped)
    {
        for (var r = 1; r <= requestCount; r++)
        {
            requestStarts[r] += requestStarts[r - 1];
        }

        var next = Rent(requestCount, clear: false);
        Array.Copy(requestStarts, next, requestCount);
        for (var e = 0; e < edgeCount; e++)
        {
            grouped[next[edgeRequests[e]]++] = e;
        }

        ArrayPool<int>.Shared.Return(next);
    }

    /// <summary>With edges grouped by request, one stamp per expert finds a repeated pair without hashing.</summary>
    private static void RejectRepeatedPairs(int[] edgesByRequest, int[] requestStarts, int requestCount, int[] edgeExperts, int expertCount)
    {
        var stamps = Rent(expertCount, clear: true);
        try
        {
            for (var r = 0; r < requestCount; r++)
            {
                for (var i = requestStarts[r]; i < requestStarts[r + 1]; i++)
                {
                    var x = edgeExperts[edgesByRequest[i]];
                    if (stamps[x] == r + 1)
                    {
                        throw Invalid($"edges[{edgesByRequest[i]}] repeats a request and expert pair.");
                    }

                    stamps[x] = r + 1;
                }
            }
        }
        finally
        {
            ArrayPool<int>.Shared.Return(stamps);
        }
    }

    private static int[] Rent(int length, bool clear)
    {
        var array = ArrayPool<int>.Shared.Rent(length);
        if (clear)
        {
            Array.Clear(array, 0, length);
        }

        return array;
    }

    private static void Return(params int[][] arrays)
    {
        foreach (var array in arrays)
        {
            ArrayPool<int>.Shared.Return(array);
        }
    }

    private static ArgumentException Invalid(string message) =>
        new($"The assignment problem is not valid: {message} Check it with {nameof(AssignmentProblemValidator)} first.");
}
