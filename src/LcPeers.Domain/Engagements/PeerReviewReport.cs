using LcPeers.Domain.Accounts;
using LcPeers.Domain.Common;
using LcPeers.Domain.Experts;
using LcPeers.Domain.LearningCommunities;
using LcPeers.Domain.Requests;

namespace LcPeers.Domain.Engagements;

/// <summary>The LC's level (1-5) on one dimension, with what the reviewer found and advises.</summary>
public sealed record DimensionAssessment(string Dimension, int Level, string Findings, string Advice);

/// <summary>
/// A peer reviewer's report: findings, advice and a level per dimension, deliberately without an overall grade.
/// The LC keeps every report, so its development shows over time.
/// </summary>
public sealed class PeerReviewReport
{
    private List<DimensionAssessment> _dimensions = [];

    private PeerReviewReport() { } // for EF

    public Guid Id { get; private set; }
    public EngagementId EngagementId { get; private set; }
    public LearningCommunityId LearningCommunityId { get; private set; }
    public ExpertId ExpertId { get; private set; }
    public string? Summary { get; private set; }
    public IReadOnlyList<DimensionAssessment> Dimensions => _dimensions;
    public AccountId SubmittedBy { get; private set; }
    public DateTimeOffset SubmittedAt { get; private set; }

    public static PeerReviewReport Submit(Engagement engagement, string? summary, IReadOnlyList<DimensionAssessment> dimensions, AccountId by, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(engagement);
        ArgumentNullException.ThrowIfNull(dimensions);
        if (!engagement.IsPeerReview)
        {
            throw new BusinessRuleException(RuleCodes.Report.NotPeerReview, "Only a peer review engagement has a report.");
        }

        var codes = dimensions.Select(d => d.Dimension).ToList();
        if (codes.Count != ReviewDimensions.All.Count || !ReviewDimensions.All.SetEquals(codes))
        {
            throw new BusinessRuleException(RuleCodes.Report.Dimensions, $"A report assesses each dimension once: {string.Join(", ", ReviewDimensions.Ordered)}.");
        }

        if (dimensions.Any(d => d.Level is < ReviewDimensions.MinLevel or > ReviewDimensions.MaxLevel))
        {
            throw new BusinessRuleException(RuleCodes.Report.Level, $"Levels run from {ReviewDimensions.MinLevel} to {ReviewDimensions.MaxLevel}.");
        }

        return new PeerReviewReport
        {
            Id = Guid.CreateVersion7(now),
            EngagementId = engagement.Id,
            LearningCommunityId = engagement.LearningCommunityId,
            ExpertId = engagement.ExpertId,
            Summary = string.IsNullOrWhiteSpace(summary) ? null : summary.Trim(),
            _dimensions = [.. dimensions.OrderBy(d => ReviewDimensions.Ordered.ToList().IndexOf(d.Dimension))
                .Select(d => d with { Findings = d.Findings.Trim(), Advice = d.Advice.Trim() })],
            SubmittedBy = by,
            SubmittedAt = now,
        };
    }
}
