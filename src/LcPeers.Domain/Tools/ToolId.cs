namespace LcPeers.Domain.Tools;

public readonly record struct ToolId(Guid Value)
{
    public static ToolId New(DateTimeOffset now) => new(Guid.CreateVersion7(now));

    public override string ToString() => Value.ToString();
}
