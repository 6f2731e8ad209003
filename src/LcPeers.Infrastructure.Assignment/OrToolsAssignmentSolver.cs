using Google.OrTools.Graph;
using LcPeers.Matching.Assignment;

namespace LcPeers.Infrastructure.Assignment;

/// <summary>
/// Solves the batch assignment as a maximum flow of minimum cost with OR-Tools' <see cref="MinCostFlow"/>; see
/// <see cref="FlowNetwork"/> for the graph. Stateless and safe to share: each call owns its native solver.
/// </summary>
public sealed class OrToolsAssignmentSolver : IAssignmentSolver
{
    public AssignmentSolution Solve(AssignmentProblem problem)
    {
        using var network = FlowNetwork.Build(problem);
        using var flow = network.CreateSolver();
        var status = flow.SolveMaxFlowWithMinCost();
        if (status != MinCostFlowBase.Status.OPTIMAL)
        {
            throw new InvalidOperationException($"OR-Tools min-cost flow ended with status {status} on a graph of {network.NodeCount} nodes and {network.ArcCount} arcs.");
        }

        return network.ReadSolution(flow);
    }
}
