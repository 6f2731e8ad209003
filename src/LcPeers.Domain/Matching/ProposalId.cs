namespace LcPeers.Domain.Matching;

public readonly record struct ProposalId(Guid Value)
{
    public static ProposalId New(DateTimeOffset now) => new(Guid.CreateVersion7(now));

    public override string ToString() => Value.ToString();
}

public readonly record struct MatchingRunId(Guid Value)
{
    public static MatchingRunId New(DateTimeOffset now) => new(Guid.CreateVersion7(now));

    public override string ToString() => Value.ToString();
}
