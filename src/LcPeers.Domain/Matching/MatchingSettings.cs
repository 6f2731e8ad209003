using LcPeers.Domain.Accounts;
namespace LcPeers.Domain.Matching;

/// <summary>The one row of matching settings staff maintain: the weights, versioned so concurrent edits are caught.</summary>
public sealed class MatchingSettings
{
    public const int SingletonId = 1;

    private MatchingSettings() { } // for EF

    public int Id { get; private set; } = SingletonId;
    public MatchingWeights Weights { get; private set; } = MatchingWeights.Default;
    public AccountId UpdatedBy { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public int Version { get; private set; }

    public static MatchingSettings CreateDefault(DateTimeOffset now) =>
        new() { Weights = MatchingWeights.Default, UpdatedBy = AccountId.System, UpdatedAt = now, Version = 1 };

    public void ChangeWeights(MatchingWeights weights, AccountId by, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(weights);
        weights.EnsureValid();
        Weights = weights;
        UpdatedBy = by;
        UpdatedAt = now;
        Version++;
    }
}
