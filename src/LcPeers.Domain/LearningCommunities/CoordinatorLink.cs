using LcPeers.Domain.Accounts;
namespace LcPeers.Domain.LearningCommunities;

/// <summary>
/// Staff link a coordinator (by the email they sign in with) to an LC; the coordinator then acts for that LC only.
/// Kept apart from the LC so linking people does not collide with edits of the LC's description.
/// </summary>
public sealed class CoordinatorLink
{
    private CoordinatorLink() { } // for EF

    public LearningCommunityId LearningCommunityId { get; private set; }
    public string Email { get; private set; } = "";
    public DateTimeOffset LinkedAt { get; private set; }
    public AccountId LinkedBy { get; private set; }

    public static CoordinatorLink Create(LearningCommunityId lc, string email, AccountId linkedBy, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(email);
        return new CoordinatorLink { LearningCommunityId = lc, Email = email.Trim().ToLowerInvariant(), LinkedBy = linkedBy, LinkedAt = now };
    }
}
