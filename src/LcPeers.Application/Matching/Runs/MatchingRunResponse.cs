using System.Text.Json.Serialization;
using LcPeers.Domain.Common;
using LcPeers.Domain.Matching;

namespace LcPeers.Application.Matching.Runs;

/// <summary>A run's worst-off request: the lowest mean score per assigned expert.</summary>
public sealed record WorstRequestResponse(Guid Request, double Score);

/// <summary>How concentrated work is after the run: the busiest 10% of experts' share of the last 12 months' engagements plus the run's proposals, and the Gini coefficient.</summary>
public sealed record ConcentrationResponse(double TopDecileShare, double Gini);

/// <summary>One change of a re-planning run against the previous proposals (see <see cref="RunChange"/>), with the experts' names.</summary>
public sealed record RunChangeResponse(Guid Request, string Code, Guid? Removed, string? RemovedName, Guid? Added, string? AddedName, Guid? Kept, string? KeptName,
    string? LearningCommunityName = null);

/// <summary>
/// A run: status, progress, its objective (<c>total</c> or <c>fair</c>) and, once completed, its outcome: the worst-off
/// request (with at least one assignment), for <c>fair</c> the relative optimality gap (0 when proven optimal), and
/// the concentration of work; with <c>replan</c>, every change against the previous proposals.
/// </summary>
public sealed record MatchingRunResponse(
    Guid Id,
    string Status,
    string Objective,
    int Progress,
    string StartedBy,
    DateTimeOffset CreatedAt,
    DateTimeOffset? StartedAt,
    DateTimeOffset? FinishedAt,
    int RequestCount,
    int ProposalCount,
    long? TotalCost,
    IReadOnlyList<UnstaffableRequest> Unstaffable,
    string? Error,
    WorstRequestResponse? WorstRequest,
    double? Gap,
    ConcentrationResponse? Concentration,
    bool Replan,
    IReadOnlyList<RunChangeResponse> Changes)
{
    /// <summary>Queued or running, as the domain decides; for the web UI, which refreshes while a run is active (not part of the API).</summary>
    [JsonIgnore]
    public bool IsActive { get; init; }

    public static MatchingRunResponse From(MatchingRun run, string startedBy, IReadOnlyDictionary<Guid, string>? expertNames = null,
        IReadOnlyDictionary<Guid, string>? lcNamesByRequest = null)
    {
        ArgumentNullException.ThrowIfNull(run);
        string? Name(Guid? id) => id is { } g ? expertNames?.GetValueOrDefault(g) : null;
        return new(
            run.Id.Value, Codes<MatchingRunStatus>.Of(run.Status), Codes<MatchingRunObjective>.Of(run.Objective), run.Progress, startedBy,
            run.CreatedAt, run.StartedAt, run.FinishedAt, run.RequestCount, run.ProposalCount, run.TotalCost, run.Unstaffable, run.Error,
            run.WorstRequestId is { } worst && run.WorstRequestScore is { } score ? new WorstRequestResponse(worst, score) : null,
            run.Gap,
            run.TopDecileShare is { } share && run.Gini is { } gini ? new ConcentrationResponse(share, gini) : null,
            run.Replan,
            [.. run.Changes.Select(c => new RunChangeResponse(c.RequestId, c.Code, c.RemovedExpertId, Name(c.RemovedExpertId), c.AddedExpertId,
                Name(c.AddedExpertId), c.KeptExpertId, Name(c.KeptExpertId), lcNamesByRequest?.GetValueOrDefault(c.RequestId)))])
        {
            IsActive = run.IsActive,
        };
    }
}
