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

/// <summary>A request the run could not (fully) staff, and why.</summary>
public sealed record UnstaffableRequest(Guid RequestId, int Missing, IReadOnlyList<string> Reasons, string Explanation);

/// <summary>
/// One batch assignment over all submitted requests without proposals: a job with status and progress that ends in
/// proposals (for staff to approve) and a list of requests it could not staff, with reasons.
/// </summary>
public sealed class MatchingRun
{
    private List<UnstaffableRequest> _unstaffable = [];

    private MatchingRun() { } // for EF

    public MatchingRunId Id { get; private set; }
    public MatchingRunStatus Status { get; private set; }

    /// <summary>0..100.</summary>
    public int Progress { get; private set; }

    public AccountId StartedBy { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? StartedAt { get; private set; }
    public DateTimeOffset? FinishedAt { get; private set; }
    public int RequestCount { get; private set; }
    public int ProposalCount { get; private set; }
    public long? TotalCost { get; private set; }
    public IReadOnlyList<UnstaffableRequest> Unstaffable => _unstaffable;
    public string? Error { get; private set; }

    public bool IsActive => Status is MatchingRunStatus.Queued or MatchingRunStatus.Running;

    public static MatchingRun Queue(AccountId by, DateTimeOffset now) =>
        new() { Id = MatchingRunId.New(now), Status = MatchingRunStatus.Queued, StartedBy = by, CreatedAt = now };

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

    public void Complete(int proposals, long totalCost, IEnumerable<UnstaffableRequest> unstaffable, DateTimeOffset now)
    {
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
