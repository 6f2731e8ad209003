using LcPeers.Domain.Accounts;

namespace LcPeers.Domain.Monitor;

/// <summary>The monitor's aggregates staff may make public: counts and levels without any LC's name (report ch. 6.4).</summary>
public static class MonitorAggregates
{
    /// <summary>Peer-review levels per dimension per year.</summary>
    public const string Quality = "quality";

    /// <summary>The impact the LCs report, per year and by phase, sector and province.</summary>
    public const string Impact = "impact";

    /// <summary>Needs against supply per phase and bottleneck, nationally and per province.</summary>
    public const string Needs = "needs";

    /// <summary>The network's headline figures month by month.</summary>
    public const string History = "history";

    public static readonly IReadOnlyList<string> All = [Needs, Quality, Impact, History];

    public static bool IsKnown(string? code) => code is not null && All.Contains(code, StringComparer.Ordinal);
}

/// <summary>
/// The one row that says which monitor aggregates are public: staff decide per aggregate, nothing is public until
/// they do. Versioned, so two staff members changing it at once are caught.
/// </summary>
public sealed class MonitorPublication
{
    public const int SingletonId = 1;

    private MonitorPublication() { } // for EF

    public int Id { get; private set; } = SingletonId;
    public IReadOnlyList<string> Published { get; private set; } = [];
    public AccountId UpdatedBy { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public int Version { get; private set; }

    public bool IsPublished(string aggregate) => Published.Contains(aggregate, StringComparer.Ordinal);

    public static MonitorPublication CreateDefault(DateTimeOffset now) => new() { UpdatedBy = AccountId.System, UpdatedAt = now, Version = 1 };

    public void Publish(IReadOnlyCollection<string> aggregates, AccountId by, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(aggregates);
        if (aggregates.FirstOrDefault(a => !MonitorAggregates.IsKnown(a)) is { } unknown)
        {
            throw new ArgumentException($"'{unknown}' is not a monitor aggregate: {string.Join(", ", MonitorAggregates.All)}.", nameof(aggregates));
        }

        Published = [.. MonitorAggregates.All.Where(a => aggregates.Contains(a, StringComparer.Ordinal))];
        UpdatedBy = by;
        UpdatedAt = now;
        Version++;
    }
}
