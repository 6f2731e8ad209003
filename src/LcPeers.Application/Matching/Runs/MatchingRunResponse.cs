using System.Text.Json.Serialization;
using LcPeers.Domain.Common;
using LcPeers.Domain.Matching;

namespace LcPeers.Application.Matching.Runs;

public sealed record MatchingRunResponse(
    Guid Id,
    string Status,
    int Progress,
    string StartedBy,
    DateTimeOffset CreatedAt,
    DateTimeOffset? StartedAt,
    DateTimeOffset? FinishedAt,
    int RequestCount,
    int ProposalCount,
    long? TotalCost,
    IReadOnlyList<UnstaffableRequest> Unstaffable,
    string? Error)
{
    /// <summary>Queued or running, as the domain decides; for the web UI, which refreshes while a run is active (not part of the API).</summary>
    [JsonIgnore]
    public bool IsActive { get; init; }

    public static MatchingRunResponse From(MatchingRun run, string startedBy) => new(
        run.Id.Value, Codes<MatchingRunStatus>.Of(run.Status), run.Progress, startedBy, run.CreatedAt, run.StartedAt, run.FinishedAt,
        run.RequestCount, run.ProposalCount, run.TotalCost, run.Unstaffable, run.Error)
    {
        IsActive = run.IsActive,
    };
}
