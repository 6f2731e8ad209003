using LcPeers.Domain.Reference;

namespace LcPeers.Domain.Experts;

/// <summary>How well an expert knows a bottleneck theme: 1 aware, 2 practised, 3 guided others through it.</summary>
public sealed record Competence
{
    public const int MinLevel = 1;
    public const int MaxLevel = 3;

    public Competence(Bottleneck bottleneck, int level)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(level, MinLevel);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(level, MaxLevel);
        Bottleneck = bottleneck;
        Level = level;
    }

    public Bottleneck Bottleneck { get; private init; }
    public int Level { get; private init; }
}
