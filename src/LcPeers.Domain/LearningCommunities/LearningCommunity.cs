using LcPeers.Domain.Reference;

namespace LcPeers.Domain.LearningCommunities;

/// <summary>
/// A Learning Community in the directory: who does what, where, with whom (the report's monitor option 1).
/// </summary>
public sealed class LearningCommunity
{
    private List<ContactPerson> _contacts = [];

    private LearningCommunity() { } // for EF

    public LearningCommunityId Id { get; private set; }
    public string Name { get; private set; } = "";
    public string? Region { get; private set; }
    public LearningCommunityType Type { get; private set; }
    public LearningCommunityStatus Status { get; private set; }
    public Phase? Phase { get; private set; }
    public int? PartnerCountValue { get; private set; }
    public bool PartnerCountIsMinimum { get; private set; }
    public IReadOnlyList<string> PartnerOrganisations { get; private set; } = [];
    public IReadOnlyList<string> Sectors { get; private set; } = [];
    public IReadOnlyList<ContactPerson> Contacts => _contacts;
    public string? Description { get; private set; }

    /// <summary>The LC's number in Table 2 of the source report, for seeded LCs; null for LCs added later.</summary>
    public int? ReportNumber { get; private set; }

    /// <summary>Optimistic concurrency: every change increments it; a write based on an older version is refused.</summary>
    public int Version { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }

    public PartnerCount? PartnerCount =>
        PartnerCountValue is { } n ? new PartnerCount(n, PartnerCountIsMinimum) : null;

    public static LearningCommunity Create(LearningCommunityProfile profile, DateTimeOffset now) =>
        Create(LearningCommunityId.New(now), profile, reportNumber: null, now);

    /// <summary>Creates an LC with a known id, as the reference data seeding does for the report's LCs.</summary>
    public static LearningCommunity Create(LearningCommunityId id, LearningCommunityProfile profile, int? reportNumber, DateTimeOffset now)
    {
        var lc = new LearningCommunity { Id = id, ReportNumber = reportNumber, CreatedAt = now, Version = 1 };
        lc.Apply(profile, now);
        return lc;
    }

    public void Update(LearningCommunityProfile profile, DateTimeOffset now)
    {
        Apply(profile, now);
        Version++;
    }

    private void Apply(LearningCommunityProfile profile, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentException.ThrowIfNullOrWhiteSpace(profile.Name);
        Name = profile.Name.Trim();
        Region = string.IsNullOrWhiteSpace(profile.Region) ? null : profile.Region.Trim();
        Type = profile.Type;
        Status = profile.Status;
        Phase = profile.Phase;
        PartnerCountValue = profile.PartnerCount?.Value;
        PartnerCountIsMinimum = profile.PartnerCount?.IsMinimum ?? false;
        PartnerOrganisations = DistinctTrimmed(profile.PartnerOrganisations);
        Sectors = DistinctTrimmed(profile.Sectors);
        _contacts = [.. profile.Contacts];
        Description = string.IsNullOrWhiteSpace(profile.Description) ? null : profile.Description.Trim();
        UpdatedAt = now;
    }

    private static List<string> DistinctTrimmed(IEnumerable<string> values) =>
        [.. values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v.Trim()).Distinct(StringComparer.OrdinalIgnoreCase)];
}
