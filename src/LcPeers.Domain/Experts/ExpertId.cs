namespace LcPeers.Domain.Experts;

public readonly record struct ExpertId(Guid Value)
{
    public static ExpertId New(DateTimeOffset now) => new(Guid.CreateVersion7(now));

    public override string ToString() => Value.ToString();
}
