using LcPeers.Domain.Accounts;
using LcPeers.Domain.Common;
using LcPeers.Domain.Experts;
using LcPeers.Domain.LearningCommunities;

namespace LcPeers.Domain.Engagements;

/// <summary>
/// A rating (1-5) with a comment, given once per side after the engagement ended: the coordinator rates the help,
/// the expert rates the collaboration. Coordinator ratings feed the expert's track record.
/// </summary>
public sealed class EngagementFeedback
{
    public const int MinRating = 1;
    public const int MaxRating = 5;

    private EngagementFeedback() { } // for EF

    public Guid Id { get; private set; }
    public EngagementId EngagementId { get; private set; }
    public ExpertId ExpertId { get; private set; }
    public LearningCommunityId LearningCommunityId { get; private set; }
    public FeedbackRole Role { get; private set; }
    public AccountId GivenBy { get; private set; }
    public int Rating { get; private set; }
    public string? Comment { get; private set; }
    public DateTimeOffset GivenAt { get; private set; }

    public static EngagementFeedback Give(Engagement engagement, FeedbackRole role, AccountId by, int rating, string? comment, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(engagement);
        ArgumentOutOfRangeException.ThrowIfLessThan(rating, MinRating);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(rating, MaxRating);
        if (!engagement.HasEnded(now))
        {
            throw new BusinessRuleException(RuleCodes.Feedback.TooEarly, "Feedback is given after the engagement ended (completed, or its period is over).");
        }

        return new EngagementFeedback
        {
            Id = Guid.CreateVersion7(now),
            EngagementId = engagement.Id,
            ExpertId = engagement.ExpertId,
            LearningCommunityId = engagement.LearningCommunityId,
            Role = role,
            GivenBy = by,
            Rating = rating,
            Comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim(),
            GivenAt = now,
        };
    }
}
