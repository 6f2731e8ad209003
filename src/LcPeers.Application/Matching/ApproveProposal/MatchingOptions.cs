namespace LcPeers.Application.Matching.ApproveProposal;

/// <summary>The <c>Matching</c> section.</summary>
public sealed class MatchingOptions
{
    public const string Section = "Matching";

    /// <summary>Four-eyes: a proposal needs approvals from two different staff members.</summary>
    public bool RequireSecondApprover { get; set; }

    /// <summary>
    /// How long a run with the <c>fair</c> objective may search; when it runs out, the best assignment found is kept
    /// and the run reports its optimality gap.
    /// </summary>
    public TimeSpan FairTimeLimit { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// When an invitation expires unanswered, the next alternate is approved and invited at once (by the system)
    /// instead of being proposed to staff.
    /// </summary>
    public bool AutoApproveAlternates { get; set; }

    /// <summary>
    /// A re-planning run (<c>replan</c>) replaces a proposed expert only when that improves the run's objective by
    /// more than this, in score (0..1) per replaced proposal. 0: any strict improvement.
    /// </summary>
    public double ReplanThreshold { get; set; } = 0.05;
}
