using LcPeers.Domain.Common;
using LcPeers.Domain.Reference;

namespace LcPeers.Domain.LearningCommunities;

/// <summary>
/// A Learning Community in the directory: who does what, where, with whom (the report's monitor option 1).
/// </summary>
public sealed class LearningCommunity
{
    private List<ContactPerson> _contacts = [];
    private List<PartnerTypeCount> _partnerTypes = [];

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

    /// <summary>How many partners of each kind it has (education per level, companies, SMEs, governments, research).</summary>
    public IReadOnlyList<PartnerTypeCount> PartnerTypes => _partnerTypes;

    /// <summary>The year it started: how long it has existed.</summary>
    public int? StartedYear { get; private set; }

    /// <summary>The LC's number in Table 2 of the source report, for seeded LCs; null for LCs added later.</summary>
    public int? ReportNumber { get; private set; }

    /// <summary>Optimistic concurrency: every change increments it; a write based on an older version is refused.</summary>
    public int Version { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>When a coordinator (or staff) last said the directory entry is correct, or edited it.</summary>
    public DateTimeOffset DirectoryConfirmedAt { get; private set; }

    /// <summary>Confirmation requests sent to the coordinators since <see cref="DirectoryConfirmedAt"/> (0, 1 or 2).</summary>
    public int DirectoryConfirmationRequestsSent { get; private set; }

    public DateTimeOffset? LastDirectoryConfirmationRequestAt { get; private set; }

    /// <summary>Set when two confirmation requests went unanswered; staff see the entry as stale.</summary>
    public DateTimeOffset? DirectoryStaleSince { get; private set; }

    public bool IsDirectoryStale => DirectoryStaleSince is not null;

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

    /// <summary>"Gegevens kloppen nog": the entry stays as it is and a new confirmation cycle starts.</summary>
    public void ConfirmDirectoryEntry(DateTimeOffset now)
    {
        MarkDirectoryConfirmed(now);
        Version++;
    }

    /// <summary>What the periodic confirmation of the directory entry asks for next (see <see cref="Freshness"/>).</summary>
    public ConfirmationStep NextConfirmationStep(DateTimeOffset now, TimeSpan interval, TimeSpan answerWindow) =>
        Freshness.Next(DirectoryConfirmedAt, DirectoryConfirmationRequestsSent, LastDirectoryConfirmationRequestAt, IsDirectoryStale, now, interval, answerWindow);

    /// <summary>A confirmation request was queued to the coordinators for this cycle.</summary>
    public void RecordConfirmationRequest(DateTimeOffset now)
    {
        DirectoryConfirmationRequestsSent++;
        LastDirectoryConfirmationRequestAt = now;
        Version++;
    }

    /// <summary>Both requests of the cycle went unanswered.</summary>
    public void MarkStale(DateTimeOffset now)
    {
        DirectoryStaleSince ??= now;
        Version++;
    }

    private void MarkDirectoryConfirmed(DateTimeOffset now)
    {
        DirectoryConfirmedAt = now;
        DirectoryConfirmationRequestsSent = 0;
        LastDirectoryConfirmationRequestAt = null;
        DirectoryStaleSince = null;
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
        _partnerTypes = [.. Domain.LearningCommunities.PartnerTypes.All
            .Select(t => (profile.PartnerTypes ?? []).FirstOrDefault(p => p.Type == t && p.Count > 0))
            .OfType<PartnerTypeCount>()];
        StartedYear = profile.StartedYear;
        UpdatedAt = now;
        MarkDirectoryConfirmed(now);
    }

    private static List<string> DistinctTrimmed(IEnumerable<string> values) =>
        [.. values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v.Trim()).Distinct(StringComparer.OrdinalIgnoreCase)];
}
