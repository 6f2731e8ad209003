using LcPeers.Domain.Reference;

namespace LcPeers.Domain.Experts;

/// <summary>The expert has guided <see cref="Count"/> LCs through <see cref="Phase"/>.</summary>
public sealed record PhaseExperience
{
    public PhaseExperience(Phase phase, int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        Phase = phase;
        Count = count;
    }

    public Phase Phase { get; private init; }
    public int Count { get; private init; }
}
