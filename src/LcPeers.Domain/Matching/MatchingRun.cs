using LcPeers.Domain.Accounts;
using LcPeers.Domain.Common;

namespace LcPeers.Domain.Matching;

public enum MatchingRunStatus
{
    Queued = 1,
    Running = 2,
    Completed = 3,
    Failed = 4,
}

/// <summary>What a run optimises once the most places are staffed.</summary>
public enum MatchingRunObjective
{
    /// <summary>The best total score (least total cost).</summary>
    Total = 1,

    /// <summary>First the best worst-off request, then the best total.</summary>
    Fair = 2,
}

/// <summary>
/// How good and how spread a completed run's assignment is: its worst-off request (the lowest mean score per assigned
/// expert), the solver's optimality gap when a time limit stopped it, and the concentration of work it leaves.
/// </summary>
/// <param name="WorstRequestId">The worst-off request; <see langword="null"/> when nobody was assigned.</param>
/// <param name="WorstRequestScore">That request's mean score per assigned expert (0..1).</param>
/// <param name="Gap">The relative optimality gap of the objective (0 when proven optimal); <see langword="null"/> for the exact total solver.</param>
/// <param name="Concentration">Engagements of the last 12 months plus this run's proposals, over the pool.</param>
public sealed record MatchingRunFigures(Guid? WorstRequestId, double? WorstRequestScore, double? Gap, WorkConcentration Concentration);

/// <summary>
/// One line of a re-planning run's change list against the previous proposals: the request, what happened
/// (<c>kept-approved</c>, <c>kept-accepted</c>, <c>kept-proposed</c>, <c>filled-open-place</c>,
/// <c>replaced-improvement</c>, <c>replaced-no-longer-candidate</c>, <c>removed</c>) and the experts concerned.
/// </summary>
/// <param name="RequestId">The request.</param>
/// <param name="Code">What happened.</param>
/// <param name="RemovedExpertId">The expert whose proposal the run superseded, if any.</param>
/// <param name="AddedExpertId">The expert the run proposed, if any.</param>
/// <param name="KeptExpertId">The expert who stays, for the <c>kept-*</c> codes.</param>
public sealed record RunChange(Guid RequestId, string Code, Guid? RemovedExpertId, Guid? AddedExpertId, Guid? KeptExpertId);

/// <summary>A request the run could not (fully) staff, and why.</summary>
public sealed record UnstaffableRequest(Guid RequestId, int Missing, IReadOnlyList<string> Reasons, string Explanation);

/// <summary>
/// One batch assignment over all submitted requests without proposals: a job with status and progress that ends in
/// proposals (for staff to approve) and a list of requests it could not staff, with reasons.
/// </summary>
public sealed class MatchingRun
{
    private List<UnstaffableRequest> _unstaffable = [];
    private List<RunChange> _changes = [];

    private MatchingRun() { } // for EF

    public MatchingRunId Id { get; private set; }
    public MatchingRunStatus Status { get; private set; }

    /// <summary>0..100.</summary>
    public int Progress { get; private set; }

    public AccountId StartedBy { get; private set; }
    public MatchingRunObjective Objective { get; private set; } = MatchingRunObjective.Total;

    /// <summary>
    /// Minimal change: keep approved and accepted pairs, keep proposed ones unless replacing one pays more than the
    /// threshold, fill the open places of requests that lost an expert; the run records <see cref="Changes"/>.
    /// </summary>
    public bool Replan { get; private set; }

    /// <summary>For a re-planning run: what changed against the previous proposals, per request.</summary>
    public IReadOnlyList<RunChange> Changes => _changes;
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? StartedAt { get; private set; }
    public DateTimeOffset? FinishedAt { get; private set; }
    public int RequestCount { get; private set; }
    public int ProposalCount { get; private set; }
    public long? TotalCost { get; private set; }
    public IReadOnlyList<UnstaffableRequest> Unstaffable => _unstaffable;
    public string? Error { get; private set; }
    public Guid? WorstRequestId { get; private set; }
    public double? WorstRequestScore { get; private set; }
    public double? Gap { get; private set; }
    public double? TopDecileShare { get; private set; }
    public double? Gini { get; private set; }

    public bool IsActive => Status is MatchingRunStatus.Queued or MatchingRunStatus.Running;

    public static MatchingRun Queue(AccountId by, DateTimeOffset now, MatchingRunObjective objective = MatchingRunObjective.Total, bool replan = false) =>
        new() { Id = MatchingRunId.New(now), Status = MatchingRunStatus.Queued, StartedBy = by, CreatedAt = now, Objective = objective, Replan = replan };

    /// <summary>The change list of a re-planning run, recorded with its outcome.</summary>
    public void RecordChanges(IEnumerable<RunChange> changes) => _changes = [.. changes];

    /// <summary>
    /// Starts a queued run, or starts again a run whose earlier attempt died with its instance: an attempt saves
    /// nothing but this status until it completes, so starting over from the beginning loses no work.
    /// </summary>
    public void Start(int requestCount, DateTimeOffset now)
    {
        if (!IsActive)
        {
            throw new BusinessRuleException(RuleCodes.MatchingRun.NotQueued, $"The run is {Codes<MatchingRunStatus>.Of(Status)}; only a queued (or interrupted) run starts.");
        }

        Status = MatchingRunStatus.Running;
        RequestCount = requestCount;
        StartedAt = now;
    }

    public void ReportProgress(int percent) => Progress = Math.Clamp(percent, 0, 99);

    public void Complete(int proposals, long totalCost, IEnumerable<UnstaffableRequest> unstaffable, MatchingRunFigures figures, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(figures);
        WorstRequestId = figures.WorstRequestId;
        WorstRequestScore = figures.WorstRequestScore;
        Gap = figures.Gap;
        TopDecileShare = figures.Concentration.TopDecileShare;
        Gini = figures.Concentration.Gini;
        Status = MatchingRunStatus.Completed;
        ProposalCount = proposals;
        TotalCost = totalCost;
        _unstaffable = [.. unstaffable];
        Progress = 100;
        FinishedAt = now;
    }

    public void Fail(string error, DateTimeOffset now)
    {
        Status = MatchingRunStatus.Failed;
        Error = error;
        FinishedAt = now;
    }
}
