namespace LcPeers.Domain.Tools;

public readonly record struct GoodPracticeId(Guid Value)
{
    public static GoodPracticeId New(DateTimeOffset now) => new(Guid.CreateVersion7(now));

    public override string ToString() => Value.ToString();
}
