namespace LcPeers.Application.Engagements.SessionJobs;

/// <summary>The <c>Sessions</c> section.</summary>
public sealed class SessionOptions
{
    public const string Section = "Sessions";

    /// <summary>How long before a session its reminder goes out.</summary>
    public TimeSpan ReminderLeadTime { get; set; } = TimeSpan.FromHours(24);

    /// <summary>How often the session job looks for reminders to send and sessions that began.</summary>
    public TimeSpan JobInterval { get; set; } = TimeSpan.FromMinutes(5);
}
