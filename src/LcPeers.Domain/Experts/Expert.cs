using LcPeers.Domain.Accounts;
using LcPeers.Domain.Common;
using LcPeers.Domain.Reference;
using LcPeers.Domain.Tools;

namespace LcPeers.Domain.Experts;

/// <summary>
/// An experienced person who offers temporary help to LCs ("best persons, not best practices").
/// The account email ties the profile to a signed-in user; the contact email is shared only where the rules allow.
/// </summary>
public sealed class Expert : AggregateRoot
{
    public const string ErasedDisplayName = "Verwijderde expert";

    private List<Competence> _competences = [];
    private List<PhaseExperience> _phasesGuided = [];
    private List<AvailabilityPeriod> _availability = [];

    private Expert() { } // for EF

    public ExpertId Id { get; private set; }

    /// <summary>The signed-in user who owns this profile (lower case). One profile per account.</summary>
    public string AccountEmail { get; private set; } = "";

    public string DisplayName { get; private set; } = "";
    public string? Email { get; private set; }
    public IReadOnlyList<string> Organisations { get; private set; } = [];
    public IReadOnlyList<ExpertRole> RolesOffered { get; private set; } = [];
    public IReadOnlyList<Competence> Competences => _competences;
    public IReadOnlyList<string> ProcessCompetences { get; private set; } = [];
    public IReadOnlyList<ToolId> Tools { get; private set; } = [];
    public IReadOnlyList<PhaseExperience> PhasesGuided => _phasesGuided;
    public IReadOnlyList<string> Sectors { get; private set; } = [];
    public IReadOnlyList<string> Regions { get; private set; } = [];
    public bool Online { get; private set; }
    public IReadOnlyList<Language> Languages { get; private set; } = [];
    public string? Bio { get; private set; }

    /// <summary>Without consent the expert is never proposed.</summary>
    public bool Consent { get; private set; }

    public int HoursPerMonth { get; private set; }
    public int MaxConcurrentEngagements { get; private set; }
    public IReadOnlyList<AvailabilityPeriod> Availability => _availability;

    public DateTimeOffset RegisteredAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public DateTimeOffset? ErasedAt { get; private set; }
    public int Version { get; private set; }

    public bool IsErased => ErasedAt is not null;

    /// <summary>When the expert last said their availability is correct: at registration, on any availability edit, on confirming.</summary>
    public DateTimeOffset AvailabilityConfirmedAt { get; private set; }

    /// <summary>Confirmation requests sent since <see cref="AvailabilityConfirmedAt"/> (0, 1 or 2).</summary>
    public int ConfirmationRequestsSent { get; private set; }

    public DateTimeOffset? LastConfirmationRequestAt { get; private set; }

    /// <summary>Set when two confirmation requests went unanswered; the profile then ranks lower (never excluded for it).</summary>
    public DateTimeOffset? StaleSince { get; private set; }

    public bool IsStale => StaleSince is not null;

    public static Expert Register(string accountEmail, ExpertProfile profile, ExpertAvailability availability, AccountId by, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(accountEmail);
        var expert = new Expert
        {
            Id = ExpertId.New(now),
            AccountEmail = NormaliseEmail(accountEmail),
            RegisteredAt = now,
            AvailabilityConfirmedAt = now,
            Version = 1,
        };
        expert.ApplyProfile(profile);
        expert.ApplyAvailability(availability);
        expert.UpdatedAt = now;
        expert.Raise(new ExpertRegistered(expert, by, now));
        return expert;
    }

    /// <summary>Replaces the profile; <paramref name="availability"/>, when given and different, changes too.</summary>
    public void UpdateProfile(ExpertProfile profile, ExpertAvailability? availability, AccountId by, DateTimeOffset now)
    {
        EnsureNotErased();
        ApplyProfile(profile);
        Touch(now);
        Raise(new ExpertProfileUpdated(this, by, now));
        if (availability is not null)
        {
            ChangeAvailability(availability, by, now);
        }
    }

    public void SetAvailability(ExpertAvailability availability, AccountId by, DateTimeOffset now)
    {
        EnsureNotErased();
        ChangeAvailability(availability, by, now);
        Touch(now);
    }

    /// <summary>"Ja, klopt nog": the availability stays as it is and a new confirmation cycle starts.</summary>
    public void ConfirmAvailability(DateTimeOffset now)
    {
        EnsureNotErased();
        MarkAvailabilityConfirmed(now);
        Version++;
    }

    /// <summary>What the periodic confirmation of the availability asks for next (see <see cref="Freshness"/>).</summary>
    public ConfirmationStep NextConfirmationStep(DateTimeOffset now, TimeSpan interval, TimeSpan answerWindow) =>
        IsErased ? ConfirmationStep.None
            : Freshness.Next(AvailabilityConfirmedAt, ConfirmationRequestsSent, LastConfirmationRequestAt, IsStale, now, interval, answerWindow);

    /// <summary>A confirmation request was queued for this cycle.</summary>
    public void RecordConfirmationRequest(DateTimeOffset now)
    {
        ConfirmationRequestsSent++;
        LastConfirmationRequestAt = now;
        Version++;
    }

    /// <summary>Both requests of the cycle went unanswered.</summary>
    public void MarkStale(DateTimeOffset now)
    {
        StaleSince ??= now;
        Version++;
    }

    /// <summary>
    /// The right to erasure: personal data is removed, the record stays as an anonymous stub so counts of past
    /// engagements remain true. The account email is released, so the person may register afresh.
    /// </summary>
    public void Erase(DateTimeOffset now)
    {
        EnsureNotErased();
        AccountEmail = $"erased-{Id.Value:N}";
        DisplayName = ErasedDisplayName;
        Email = null;
        Organisations = [];
        Bio = null;
        Regions = [];
        Sectors = [];
        ProcessCompetences = [];
        Tools = [];
        RolesOffered = [];
        _competences = [];
        _availability = [];
        Languages = [];
        Consent = false;
        Online = false;
        HoursPerMonth = 0;
        MaxConcurrentEngagements = 0;
        ErasedAt = now;
        Touch(now);
    }

    public bool Offers(ExpertRole role) => RolesOffered.Contains(role);

    public bool CanFacilitate(ToolId tool) => Tools.Contains(tool);

    public int CompetenceLevel(Bottleneck bottleneck) =>
        _competences.Where(c => c.Bottleneck == bottleneck).Select(c => c.Level).DefaultIfEmpty(0).Max();

    public int LcsGuidedIn(Phase phase) =>
        _phasesGuided.Where(p => p.Phase == phase).Sum(p => p.Count);

    /// <summary>True when an explicit "unavailable" period overlaps the range.</summary>
    public bool IsUnavailableDuring(DateOnly start, DateOnly end) =>
        _availability.Any(p => !p.Available && p.Overlaps(start, end));

    public static string NormaliseEmail(string email) => email.Trim().ToLowerInvariant();

    private void ApplyProfile(ExpertProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentException.ThrowIfNullOrWhiteSpace(profile.DisplayName);
        DisplayName = profile.DisplayName.Trim();
        Email = string.IsNullOrWhiteSpace(profile.Email) ? null : profile.Email.Trim();
        Organisations = DistinctTrimmed(profile.Organisations);
        RolesOffered = [.. profile.RolesOffered.Distinct().Order()];
        _competences = [.. profile.Competences.GroupBy(c => c.Bottleneck).Select(g => g.MaxBy(c => c.Level)!).OrderBy(c => c.Bottleneck)];
        ProcessCompetences = DistinctTrimmed(profile.ProcessCompetences);
        Tools = [.. profile.Tools.Distinct()];
        _phasesGuided = [.. profile.PhasesGuided.GroupBy(p => p.Phase).Select(g => new PhaseExperience(g.Key, g.Sum(p => p.Count))).OrderBy(p => p.Phase)];
        Sectors = DistinctTrimmed(profile.Sectors);
        Regions = [.. profile.Regions.Select(Provinces.Normalise).Distinct()];
        Online = profile.Online;
        Languages = [.. profile.Languages.Distinct().Order()];
        Bio = string.IsNullOrWhiteSpace(profile.Bio) ? null : profile.Bio.Trim();
        Consent = profile.Consent;
    }

    /// <summary>The current hours, maximum and periods, as a value to compare with or to keep.</summary>
    public ExpertAvailability CurrentAvailability() => new(HoursPerMonth, MaxConcurrentEngagements, [.. _availability]);

    private void ChangeAvailability(ExpertAvailability availability, AccountId by, DateTimeOffset now)
    {
        MarkAvailabilityConfirmed(now); // saving the availability, changed or not, says it is correct
        var previous = CurrentAvailability();
        ApplyAvailability(availability);
        var current = CurrentAvailability();
        if (previous.HoursPerMonth != current.HoursPerMonth || previous.MaxConcurrentEngagements != current.MaxConcurrentEngagements
            || !previous.Periods.SequenceEqual(current.Periods))
        {
            Raise(new ExpertAvailabilityChanged(this, previous, by, now));
        }
    }

    private void ApplyAvailability(ExpertAvailability availability)
    {
        ArgumentNullException.ThrowIfNull(availability);
        ArgumentOutOfRangeException.ThrowIfNegative(availability.HoursPerMonth);
        ArgumentOutOfRangeException.ThrowIfNegative(availability.MaxConcurrentEngagements);
        HoursPerMonth = availability.HoursPerMonth;
        MaxConcurrentEngagements = availability.MaxConcurrentEngagements;
        _availability = [.. availability.Periods.OrderBy(p => p.From).ThenBy(p => p.To)];
    }

    private void MarkAvailabilityConfirmed(DateTimeOffset now)
    {
        AvailabilityConfirmedAt = now;
        ConfirmationRequestsSent = 0;
        LastConfirmationRequestAt = null;
        StaleSince = null;
    }

    private void Touch(DateTimeOffset now)
    {
        UpdatedAt = now;
        Version++;
    }

    private void EnsureNotErased()
    {
        if (IsErased)
        {
            throw new BusinessRuleException(RuleCodes.Expert.Erased, "This expert profile was erased at the owner's request and can no longer change.");
        }
    }

    private static List<string> DistinctTrimmed(IEnumerable<string> values) =>
        [.. values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v.Trim()).Distinct(StringComparer.OrdinalIgnoreCase)];
}
