namespace LcPeers.Domain.Requests;

public readonly record struct SupportRequestId(Guid Value)
{
    public static SupportRequestId New(DateTimeOffset now) => new(Guid.CreateVersion7(now));

    public override string ToString() => Value.ToString();
}
