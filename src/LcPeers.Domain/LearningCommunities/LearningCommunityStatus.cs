namespace LcPeers.Domain.LearningCommunities;

public enum LearningCommunityStatus
{
    Active = 1,
    Ended = 2,
}
