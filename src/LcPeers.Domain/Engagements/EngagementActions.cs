namespace LcPeers.Domain.Engagements;

/// <summary>The stable names of what someone may do with an engagement now (the <c>actions</c> of an engagement response).</summary>
public static class EngagementActions
{
    public const string Complete = "complete";
    public const string ScheduleSession = "schedule-session";
    public const string GiveFeedback = "give-feedback";
    public const string FileReport = "file-report";
}

/// <summary>The stable names of what someone may do with a session now (the <c>actions</c> of a session response).</summary>
public static class SessionActions
{
    /// <summary>Give a planned session (no date yet) its first date.</summary>
    public const string Plan = "plan";

    /// <summary>Move a scheduled session.</summary>
    public const string Reschedule = "reschedule";

    public const string Cancel = "cancel";
}
