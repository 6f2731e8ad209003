using Google.OrTools.Graph;
using LcPeers.Application.Matching.Assignment;

namespace LcPeers.Infrastructure.Assignment;

/// <summary>
/// The min-cost-flow graph of an <see cref="AssignmentProblem"/>, kept in flat arrays (one slot per arc, per edge,
/// per request) so that a large batch costs a handful of allocations rather than objects per edge.
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
internal sealed class FlowNetwork
{
    private readonly int[] _tails;
    private readonly int[] _heads;
    private readonly int[] _capacities;
    private readonly int[] _costs;
    private readonly int[] _demands;
    private readonly int[] _edgeArcs;
    private readonly int[] _edgesByRequest;
    private readonly int[] _requestStarts;
    private readonly int _sink;
    private readonly long _totalDemand;

    private FlowNetwork(Layout layout, int[] demands, int[] edgeArcs, int[] edgesByRequest, int[] requestStarts, long totalDemand)
    {
        NodeCount = layout.Nodes;
        _tails = new int[layout.Arcs];
        _heads = new int[layout.Arcs];
        _capacities = new int[layout.Arcs];
        _costs = new int[layout.Arcs];
        _sink = demands.Length + layout.Experts;
        _demands = demands;
        _edgeArcs = edgeArcs;
        _edgesByRequest = edgesByRequest;
        _requestStarts = requestStarts;
        _totalDemand = totalDemand;
    }

    public int NodeCount { get; }

    public int ArcCount => _tails.Length;

    /// <summary>Builds the graph; throws <see cref="ArgumentException"/> for input the model cannot represent.</summary>
    public static FlowNetwork Build(AssignmentProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var requests = problem.Requests ?? throw Invalid("requests is missing.");
        var experts = problem.Experts ?? throw Invalid("experts is missing.");
        var edges = problem.Edges ?? throw Invalid("edges is missing.");

        var demands = new int[requests.Count];
        var requestIndex = IndexRequests(requests, demands, out var totalDemand);
        var expertIndex = IndexExperts(experts);

        var edgeExperts = new int[edges.Count];
        var degrees = new int[experts.Count];
        var requestStarts = new int[requests.Count + 1];
        var edgeRequests = new int[edges.Count];
        for (var e = 0; e < edges.Count; e++)
        {
            var edge = edges[e] ?? throw Invalid($"edges[{e}] is null.");
            var r = Lookup(requestIndex, edge.Request, e, "request");
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

        var edgesByRequest = GroupByRequest(edgeRequests, requestStarts);
        RejectRepeatedPairs(edgesByRequest, requestStarts, edgeExperts, experts.Count);

        var layout = Layout.Measure(requests, experts, edgesByRequest, requestStarts, edgeExperts, degrees);
        var network = new FlowNetwork(layout, demands, new int[edges.Count], edgesByRequest, requestStarts, totalDemand);
        network.AddArcs(problem, edgeExperts, degrees);
        return network;
    }

    /// <summary>Loads the graph into a fresh OR-Tools solver, pre-sized; the caller disposes it.</summary>
    public MinCostFlow CreateSolver()
    {
        var flow = new MinCostFlow(NodeCount, ArcCount);
        var tails = _tails;
        var heads = _heads;
        var capacities = _capacities;
        var costs = _costs;
        for (var a = 0; a < tails.Length; a++)
        {
            flow.AddArcWithCapacityAndUnitCost(tails[a], heads[a], capacities[a], costs[a]);
        }

        for (var r = 0; r < _demands.Length; r++)
        {
            flow.SetNodeSupply(r, _demands[r]);
        }

        flow.SetNodeSupply(_sink, -_totalDemand);
        return flow;
    }

    /// <summary>Reads the assignments off a solved flow, grouped by request in the problem's order.</summary>
    public AssignmentSolution ReadSolution(MinCostFlow flow, AssignmentProblem problem)
    {
        var requests = problem.Requests;
        var edges = problem.Edges;
        var assignments = new List<ExpertAssignment>((int)Math.Min(flow.MaximumFlow(), int.MaxValue));
        var unmet = new List<UnmetDemand>();
        for (var r = 0; r < _demands.Length; r++)
        {
            var served = 0;
            for (var i = _requestStarts[r]; i < _requestStarts[r + 1]; i++)
            {
                var e = _edgesByRequest[i];
                if (flow.Flow(_edgeArcs[e]) > 0)
                {
                    assignments.Add(new ExpertAssignment(requests[r].Id, edges[e].Expert));
                    served++;
                }
            }

            if (served < _demands[r])
            {
                unmet.Add(new UnmetDemand(requests[r].Id, _demands[r] - served));
            }
        }

        return new AssignmentSolution(assignments, flow.OptimalCost(), unmet);
    }

    private void AddArcs(AssignmentProblem problem, int[] edgeExperts, int[] degrees)
    {
        var requests = problem.Requests;
        var experts = problem.Experts;
        var edges = problem.Edges;
        var expertBase = requests.Count;
        var nextNode = _sink + 1;
        var arc = 0;
        for (var r = 0; r < requests.Count; r++)
        {
            var from = _requestStarts[r];
            var to = _requestStarts[r + 1];
            if (!TeamRule.Applies(requests[r]))
            {
                for (var i = from; i < to; i++)
                {
                    var e = _edgesByRequest[i];
                    _edgeArcs[e] = arc;
                    Set(ref arc, r, expertBase + edgeExperts[e], 1, edges[e].Cost);
                }

                continue;
            }

            var reviewerSlot = nextNode++;
            var generalSlot = nextNode++;
            Set(ref arc, r, reviewerSlot, 1, 0);
            Set(ref arc, r, generalSlot, _demands[r] - 1, 0);
            for (var i = from; i < to; i++)
            {
                var e = _edgesByRequest[i];
                var x = edgeExperts[e];
                var pair = nextNode++;
                Set(ref arc, generalSlot, pair, 1, edges[e].Cost);
                if (experts[x].IsReviewer)
                {
                    Set(ref arc, reviewerSlot, pair, 1, edges[e].Cost);
                }

                _edgeArcs[e] = arc;
                Set(ref arc, pair, expertBase + x, 1, 0);
            }
        }

        for (var x = 0; x < experts.Count; x++)
        {
            var loadCosts = experts[x].LoadCosts;
            var usable = Math.Min(experts[x].Capacity, degrees[x]);
            for (var k = 0; k < usable; k++)
            {
                var run = 1;
                while (k + run < usable && loadCosts[k + run] == loadCosts[k])
                {
                    run++;
                }

                Set(ref arc, expertBase + x, _sink, run, loadCosts[k]);
                k += run - 1;
            }
        }
    }

    private void Set(ref int arc, int tail, int head, int capacity, int cost)
    {
        _tails[arc] = tail;
        _heads[arc] = head;
        _capacities[arc] = capacity;
        _costs[arc] = cost;
        arc++;
    }

    private static Dictionary<string, int> IndexRequests(IReadOnlyList<AssignmentRequest> requests, int[] demands, out long totalDemand)
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

            demands[r] = request.Demand;
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
    private static int[] GroupByRequest(int[] edgeRequests, int[] requestStarts)
    {
        for (var r = 1; r < requestStarts.Length; r++)
        {
            requestStarts[r] += requestStarts[r - 1];
        }

        var next = requestStarts.AsSpan(0, requestStarts.Length - 1).ToArray();
        var grouped = new int[edgeRequests.Length];
        for (var e = 0; e < edgeRequests.Length; e++)
        {
            grouped[next[edgeRequests[e]]++] = e;
        }

        return grouped;
    }

    /// <summary>With edges grouped by request, one stamp per expert finds a repeated pair without hashing.</summary>
    private static void RejectRepeatedPairs(int[] edgesByRequest, int[] requestStarts, int[] edgeExperts, int expertCount)
    {
        var stamps = new int[expertCount];
        for (var r = 0; r < requestStarts.Length - 1; r++)
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

    private static ArgumentException Invalid(string message) =>
        new($"The assignment problem is not valid: {message} Check it with {nameof(AssignmentProblemValidator)} first.");

    /// <summary>Node and arc counts, measured before any arc array is allocated so each is allocated once at its size.</summary>
    private readonly record struct Layout(int Nodes, int Arcs, int Experts)
    {
        public static Layout Measure(IReadOnlyList<AssignmentRequest> requests, IReadOnlyList<AssignmentExpert> experts,
            int[] edgesByRequest, int[] requestStarts, int[] edgeExperts, int[] degrees)
        {
            long nodes = requests.Count + experts.Count + 1;
            long arcs = 0;
            for (var r = 0; r < requests.Count; r++)
            {
                var count = requestStarts[r + 1] - requestStarts[r];
                if (!TeamRule.Applies(requests[r]))
                {
                    arcs += count;
                    continue;
                }

                nodes += 2 + count;
                arcs += 2 + (2 * count);
                for (var i = requestStarts[r]; i < requestStarts[r + 1]; i++)
                {
                    arcs += experts[edgeExperts[edgesByRequest[i]]].IsReviewer ? 1 : 0;
                }
            }

            for (var x = 0; x < experts.Count; x++)
            {
                var loadCosts = experts[x].LoadCosts;
                var usable = Math.Min(experts[x].Capacity, degrees[x]);
                for (var k = 0; k < usable; k++)
                {
                    arcs += k == 0 || loadCosts[k] != loadCosts[k - 1] ? 1 : 0;
                }
            }

            if (nodes > int.MaxValue || arcs > int.MaxValue)
            {
                throw Invalid($"the flow graph would need {nodes} nodes and {arcs} arcs, beyond what the solver indexes.");
            }

            return new Layout((int)nodes, (int)arcs, experts.Count);
        }
    }
}
