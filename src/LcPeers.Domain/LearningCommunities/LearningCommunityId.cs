namespace LcPeers.Domain.LearningCommunities;

public readonly record struct LearningCommunityId(Guid Value)
{
    public static LearningCommunityId New(DateTimeOffset now) => new(Guid.CreateVersion7(now));

    public override string ToString() => Value.ToString();
}
