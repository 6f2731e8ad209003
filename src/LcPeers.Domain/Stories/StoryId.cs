namespace LcPeers.Domain.Stories;

public readonly record struct StoryId(Guid Value)
{
    public static StoryId New(DateTimeOffset now) => new(Guid.CreateVersion7(now));

    public override string ToString() => Value.ToString();
}
