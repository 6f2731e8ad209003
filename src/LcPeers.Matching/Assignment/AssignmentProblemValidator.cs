using FluentValidation;

namespace LcPeers.Matching.Assignment;

/// <summary>
/// Checks a problem before it reaches the solver. Errors name fields as the JSON does (<c>edges[3].expert</c>).
/// </summary>
/// <remarks>
/// One custom rule walks the problem once with hash lookups instead of a rule per element: a batch can hold
/// hundreds of thousands of edges, and cross-references (edges to ids, repeated pairs) need the id sets anyway.
/// Field names are only formatted for failures. Reporting stops after <see cref="MaxReportedErrors"/> errors so a
/// broken upload does not produce a huge answer.
/// </remarks>
public sealed class AssignmentProblemValidator : AbstractValidator<AssignmentProblem>
{
    public const int MaxReportedErrors = 100;

    public AssignmentProblemValidator()
    {
        RuleFor(p => p).Custom((problem, context) => new Walk(context).Run(problem));
    }

    private sealed class Walk(ValidationContext<AssignmentProblem> context)
    {
        private int _errors;

        public void Run(AssignmentProblem problem)
        {
            var requests = CheckRequests(problem.Requests);
            var experts = CheckExperts(problem.Experts);
            CheckEdges(problem.Edges, requests, experts);
        }

        private Dictionary<string, int>? CheckRequests(IReadOnlyList<AssignmentRequest>? requests)
        {
            if (!CheckList(requests, "requests", AssignmentLimits.MaxRequests))
            {
                return null;
            }

            var ids = new Dictionary<string, int>(requests!.Count, StringComparer.Ordinal);
            for (var i = 0; i < requests.Count; i++)
            {
                if (requests[i] is not { } request)
                {
                    Fail($"requests[{i}]", "must not be null.");
                    continue;
                }

                CheckId(request.Id, "requests", i, ids);
                if (!InRange(request.Demand, 1, AssignmentLimits.MaxDemand))
                {
                    FailRange($"requests[{i}].demand", request.Demand, 1, AssignmentLimits.MaxDemand);
                }
            }

            return ids;
        }

        private Dictionary<string, int>? CheckExperts(IReadOnlyList<AssignmentExpert>? experts)
        {
            if (!CheckList(experts, "experts", AssignmentLimits.MaxExperts))
            {
                return null;
            }

            var ids = new Dictionary<string, int>(experts!.Count, StringComparer.Ordinal);
            for (var i = 0; i < experts.Count; i++)
            {
                if (experts[i] is not { } expert)
                {
                    Fail($"experts[{i}]", "must not be null.");
                    continue;
                }

                CheckId(expert.Id, "experts", i, ids);
                var capacity = expert.Capacity;
                if (!InRange(capacity, 0, AssignmentLimits.MaxCapacity))
                {
                    FailRange($"experts[{i}].capacity", capacity, 0, AssignmentLimits.MaxCapacity);
                    capacity = 0;
                }

                CheckLoadCosts(expert.LoadCosts, capacity, i);
            }

            return ids;
        }

        private void CheckLoadCosts(IReadOnlyList<int>? loadCosts, int capacity, int expert)
        {
            if (loadCosts is null)
            {
                Fail($"experts[{expert}].loadCosts", "is required: one extra cost per engagement up to the capacity.");
                return;
            }

            if (loadCosts.Count < capacity)
            {
                Fail($"experts[{expert}].loadCosts",
                    $"has {loadCosts.Count} entries but the capacity is {capacity}: give the extra cost of every engagement up to the capacity.");
            }

            for (var k = 0; k < loadCosts.Count; k++)
            {
                var cost = loadCosts[k];
                if (!InRange(cost, 0, AssignmentLimits.MaxCost))
                {
                    FailRange($"experts[{expert}].loadCosts[{k}]", cost, 0, AssignmentLimits.MaxCost);
                }
                else if (k > 0 && cost < loadCosts[k - 1])
                {
                    Fail($"experts[{expert}].loadCosts[{k}]",
                        $"is {cost}, lower than the {loadCosts[k - 1]} before it: load costs must not decrease. The flow model prices each "
                        + "extra engagement on its own arc and takes the cheapest first, which matches the real cost only when marginal costs never decrease.");
                }
            }
        }

        private void CheckEdges(IReadOnlyList<AssignmentEdge>? edges, Dictionary<string, int>? requests, Dictionary<string, int>? experts)
        {
            if (!CheckList(edges, "edges", AssignmentLimits.MaxEdges))
            {
                return;
            }

            var pairs = new HashSet<long>(edges!.Count);
            string? previousRequest = null;
            var request = -1;
            for (var i = 0; i < edges.Count; i++)
            {
                if (edges[i] is not { } edge)
                {
                    Fail($"edges[{i}]", "must not be null.");
                    continue;
                }

                // Edges usually arrive grouped by request: skip the lookup when the request repeats.
                if (previousRequest is null || !string.Equals(edge.Request, previousRequest, StringComparison.Ordinal))
                {
                    request = Resolve(edge.Request, requests, i, "request");
                    previousRequest = request >= 0 ? edge.Request : null;
                }

                var expert = Resolve(edge.Expert, experts, i, "expert");
                if (!InRange(edge.Cost, 0, AssignmentLimits.MaxCost))
                {
                    FailRange($"edges[{i}].cost", edge.Cost, 0, AssignmentLimits.MaxCost);
                }

                if (request >= 0 && expert >= 0 && !pairs.Add(((long)request << 32) | (uint)expert))
                {
                    Fail($"edges[{i}]", $"repeats the pair of request '{edge.Request}' and expert '{edge.Expert}' already given in edges[{FirstIndexOf(edges, edge)}].");
                }
            }
        }

        /// <summary>Only for the message of a repeated pair, so the common path keeps a set instead of a map.</summary>
        private static int FirstIndexOf(IReadOnlyList<AssignmentEdge> edges, AssignmentEdge repeated)
        {
            for (var i = 0; ; i++)
            {
                if (edges[i] is { } edge && edge.Request == repeated.Request && edge.Expert == repeated.Expert)
                {
                    return i;
                }
            }
        }

        private int Resolve(string? id, Dictionary<string, int>? known, int edge, string member)
        {
            if (string.IsNullOrEmpty(id))
            {
                Fail($"edges[{edge}].{member}", $"must name a {member} id.");
                return -1;
            }

            if (known is null)
            {
                return -1;
            }

            if (known.TryGetValue(id, out var index))
            {
                return index;
            }

            Fail($"edges[{edge}].{member}", $"names '{id}', which is not a known {member} id.");
            return -1;
        }

        private bool CheckList<T>(IReadOnlyList<T>? list, string field, int max)
        {
            if (list is null)
            {
                Fail(field, "is required.");
                return false;
            }

            if (list.Count > max)
            {
                Fail(field, $"holds {list.Count} items; at most {max} are allowed.");
                return false;
            }

            return true;
        }

        private void CheckId(string? id, string list, int index, Dictionary<string, int> ids)
        {
            if (string.IsNullOrWhiteSpace(id))
            {
                Fail($"{list}[{index}].id", "must not be empty.");
            }
            else if (id.Length > AssignmentLimits.MaxIdLength)
            {
                Fail($"{list}[{index}].id", $"is longer than {AssignmentLimits.MaxIdLength} characters.");
            }
            else if (!ids.TryAdd(id, index))
            {
                Fail($"{list}[{index}].id", $"repeats '{id}', already used by {list}[{ids[id]}].");
            }
        }

        private static bool InRange(int value, int min, int max) => value >= min && value <= max;

        private void FailRange(string field, int value, int min, int max) =>
            Fail(field, $"must be between {min} and {max}; it is {value}.");

        private void Fail(string field, string rest)
        {
            if (_errors++ < MaxReportedErrors)
            {
                context.AddFailure(field, $"'{field}' {rest}");
            }
        }
    }
}
