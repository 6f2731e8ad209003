namespace LcPeers.Application.Lifecycle;

/// <summary>The <c>Lifecycle</c> section: answer windows, confirmations and the staff digest.</summary>
public sealed class LifecycleOptions
{
    public const string Section = "Lifecycle";

    /// <summary>How long an invited expert has to answer; halfway they get one reminder, at the end the invitation expires.</summary>
    public TimeSpan InvitationAnswerWindow { get; set; } = TimeSpan.FromDays(5);

    /// <summary>The LC's coordinators get a confirmation mail when a request is submitted.</summary>
    public bool ConfirmSubmissions { get; set; } = true;

    /// <summary>How often the lifecycle job looks for reminders, expired invitations and a due digest.</summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Local time (Europe/Amsterdam, <c>HH:mm</c>) of the staff digest on working days; empty: no digest.</summary>
    public string? StaffDigestTime { get; set; } = "08:00";

    /// <summary>Who receives the staff digest. Accounts carry no roles (those come from the identity provider), so staff addresses are configured.</summary>
    public IList<string> StaffDigestRecipients { get; } = [];

    /// <summary>Engagements that ended longer ago than this are not asked any more (no flood of requests on work long past).</summary>
    public TimeSpan FeedbackRequestHorizon { get; set; } = TimeSpan.FromDays(30);

    /// <summary>After this, one reminder goes to whoever has not given feedback (or the report) yet.</summary>
    public TimeSpan FeedbackReminderAfter { get; set; } = TimeSpan.FromDays(7);

    /// <summary>Local time (Europe/Amsterdam, <c>HH:mm</c>) from which no nudges go out, until <see cref="QuietHoursEnd"/>.</summary>
    public string QuietHoursStart { get; set; } = "20:00";

    /// <summary>Local time (Europe/Amsterdam, <c>HH:mm</c>) from which nudges go out again on working days.</summary>
    public string QuietHoursEnd { get; set; } = "08:00";

    /// <summary>No nudges on Saturday and Sunday either.</summary>
    public bool QuietWeekends { get; set; } = true;

    /// <summary>How long after an expert last confirmed (or edited) their availability they are asked whether it is still correct.</summary>
    public TimeSpan AvailabilityConfirmInterval { get; set; } = TimeSpan.FromDays(91);

    /// <summary>How long after an LC's directory entry was last confirmed (or edited) its coordinators are asked whether it is still correct.</summary>
    public TimeSpan DirectoryConfirmInterval { get; set; } = TimeSpan.FromDays(182);

    /// <summary>How long a confirmation request waits for its answer: then a second one, and after the second the entry is stale.</summary>
    public TimeSpan ConfirmationAnswerWindow { get; set; } = TimeSpan.FromDays(14);

    /// <summary>The digest's time of day, or none when the digest is switched off.</summary>
    public TimeOnly? DigestTimeOfDay() =>
        string.IsNullOrWhiteSpace(StaffDigestTime)
            ? null
            : TimeOnly.ParseExact(StaffDigestTime.Trim(), "HH:mm", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The times of day parse (<c>HH:mm</c>) and the windows are positive: checked at start-up.</summary>
    public bool IsValid() =>
        IsTime(QuietHoursStart) && IsTime(QuietHoursEnd) && (string.IsNullOrWhiteSpace(StaffDigestTime) || IsTime(StaffDigestTime))
        && InvitationAnswerWindow > TimeSpan.Zero && SweepInterval > TimeSpan.Zero && FeedbackReminderAfter > TimeSpan.Zero && FeedbackRequestHorizon > TimeSpan.Zero;

    private static bool IsTime(string? text) =>
        TimeOnly.TryParseExact(text?.Trim(), "HH:mm", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out _);
}
