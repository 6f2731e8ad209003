namespace LcPeers.Domain.Engagements;

/// <summary>
/// After the work ends, the service asks for what the track record and the monitor live on: feedback from the
/// coordinators and the expert, and a peer review's report. One request, then one reminder; nothing more.
/// </summary>
public sealed partial class Engagement
{
    /// <summary>When the coordinators and the expert were asked for feedback (and the reviewer for the report).</summary>
    public DateTimeOffset? FeedbackRequestedAt { get; private set; }

    /// <summary>When those who had not answered the request were reminded, once.</summary>
    public DateTimeOffset? FeedbackReminderSentAt { get; private set; }

    /// <summary>The day the work ended: the day it was closed, else its last day once that has passed; none while it runs.</summary>
    public DateOnly? EndedOn(DateTimeOffset now) =>
        CompletedAt is { } completed ? DateOnly.FromDateTime(completed.UtcDateTime)
        : DateOnly.FromDateTime(now.UtcDateTime) > End ? End
        : null;

    /// <summary>
    /// The work ended no longer than <paramref name="horizon"/> ago and nobody was asked yet. Engagements that ended
    /// before that are left alone: a late request for feedback on work long past helps nobody.
    /// </summary>
    public bool NeedsFeedbackRequest(DateTimeOffset now, TimeSpan horizon) =>
        FeedbackRequestedAt is null && EndedOn(now) is { } ended
        && ended.ToDateTime(TimeOnly.MinValue) >= DateOnly.FromDateTime((now - horizon).UtcDateTime).ToDateTime(TimeOnly.MinValue);

    /// <summary>The request went out at least <paramref name="after"/> ago and no reminder followed yet.</summary>
    public bool NeedsFeedbackReminder(DateTimeOffset now, TimeSpan after) =>
        FeedbackRequestedAt is { } asked && FeedbackReminderSentAt is null && now >= asked + after;

    public void MarkFeedbackRequested(DateTimeOffset now)
    {
        FeedbackRequestedAt ??= now;
        Touch(now);
    }

    public void MarkFeedbackReminderSent(DateTimeOffset now)
    {
        FeedbackReminderSentAt ??= now;
        Touch(now);
    }
}
