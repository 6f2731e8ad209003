using LcPeers.Domain.Common;

namespace LcPeers.Domain.Messaging;

/// <summary>
/// pending (waiting to be sent or retried) → sent, or dead after too many failures (staff may retry); cancelled when
/// the recipient was erased before it went out (never sent).
/// </summary>
public enum OutboxStatus
{
    Pending = 1,
    Sent = 2,
    Dead = 3,
    Cancelled = 4,
}

/// <summary>
/// One email to one recipient, stored in the same transaction as the change that causes it (a transactional outbox),
/// fully rendered, so sending later never depends on data that may have changed. A dispatcher claims, sends and marks
/// it; its <see cref="MessageId"/> derives from <see cref="Id"/>, so a resend after a crash is the same message.
/// </summary>
public sealed class OutboxEmail
{
    private OutboxEmail() { } // for EF

    public Guid Id { get; private set; }

    /// <summary>What the email is about, e.g. <c>proposal.invitation</c> or <c>session.request</c>.</summary>
    public string Kind { get; private set; } = "";

    /// <summary>Unique per event and recipient: the same event never queues the same email twice.</summary>
    public string DeduplicationKey { get; private set; } = "";

    public Guid? RelatedEntityId { get; private set; }
    public string ToAddress { get; private set; } = "";
    public string? ToName { get; private set; }
    public string Language { get; private set; } = "nl";
    public string Subject { get; private set; } = "";
    public string TextBody { get; private set; } = "";
    public string HtmlBody { get; private set; } = "";

    /// <summary>An iCalendar object (RFC 5545) sent as a <c>text/calendar</c> part and an .ics attachment.</summary>
    public string? Calendar { get; private set; }

    /// <summary>The iTIP method of <see cref="Calendar"/> (RFC 5546): REQUEST or CANCEL.</summary>
    public string? CalendarMethod { get; private set; }

    public OutboxStatus Status { get; private set; }
    public int Attempts { get; private set; }
    public DateTimeOffset NextAttemptAt { get; private set; }
    public string? LastError { get; private set; }
    public string? ClaimedBy { get; private set; }
    public DateTimeOffset? ClaimedUntil { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? SentAt { get; private set; }

    /// <summary>The W3C trace context of the change that queued the email, so its delivery shows in the same trace.</summary>
    public string? TraceParent { get; private set; }

    /// <summary>When subject and bodies were removed: a retention period after sending, or the recipient's erasure.</summary>
    public DateTimeOffset? BodyPurgedAt { get; private set; }

    public string MessageId => $"{Id:N}@lcpeers";

    /// <summary>
    /// For a nudge: where the recipient turns nudges off with one click (the List-Unsubscribe header, RFC 2369 and
    /// RFC 8058). Null for mail the work depends on.
    /// </summary>
    public string? UnsubscribeUrl { get; private set; }

    /// <summary>
    /// Marks the email as a nudge: it carries its unsubscribe link and goes no earlier than <paramref name="notBefore"/>
    /// (outside quiet hours).
    /// </summary>
    public OutboxEmail AsNudge(string unsubscribeUrl, DateTimeOffset notBefore)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(unsubscribeUrl);
        UnsubscribeUrl = unsubscribeUrl;
        if (notBefore > NextAttemptAt)
        {
            NextAttemptAt = notBefore;
        }

        return this;
    }

    public static OutboxEmail Create(string kind, string deduplicationKey, Guid? relatedEntityId, string toAddress, string? toName, string language,
        string subject, string textBody, string htmlBody, string? calendar, string? calendarMethod, DateTimeOffset now, string? traceParent = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(kind);
        ArgumentException.ThrowIfNullOrWhiteSpace(deduplicationKey);
        ArgumentException.ThrowIfNullOrWhiteSpace(toAddress);
        ArgumentException.ThrowIfNullOrWhiteSpace(subject);
        return new OutboxEmail
        {
            Id = Guid.CreateVersion7(now),
            Kind = kind,
            DeduplicationKey = deduplicationKey,
            RelatedEntityId = relatedEntityId,
            ToAddress = toAddress.Trim(),
            ToName = toName,
            Language = language,
            Subject = subject,
            TextBody = textBody,
            HtmlBody = htmlBody,
            Calendar = calendar,
            CalendarMethod = calendarMethod,
            TraceParent = traceParent,
            Status = OutboxStatus.Pending,
            NextAttemptAt = now,
            CreatedAt = now,
        };
    }

    /// <summary>Staff send a dead email again, from a fresh count of attempts.</summary>
    public void Retry(DateTimeOffset now)
    {
        if (Status != OutboxStatus.Dead)
        {
            throw new BusinessRuleException(RuleCodes.Outbox.NotDead, "Only an email that was given up on can be retried.");
        }

        Status = OutboxStatus.Pending;
        Attempts = 0;
        NextAttemptAt = now;
        ClaimedBy = null;
        ClaimedUntil = null;
    }

    /// <summary>Sent mail keeps its envelope (kind, status, times) for the outbox view; its text goes after the retention period.</summary>
    public void PurgeBody(DateTimeOffset now)
    {
        Subject = PurgedSubject;
        TextBody = "";
        HtmlBody = "";
        Calendar = null;
        UnsubscribeUrl = null; // its token names the address
        LastError = null;
        BodyPurgedAt ??= now;
    }

    /// <summary>
    /// The recipient, or a person the email is about, was erased: the text and every trace of the address go, and
    /// mail that had not gone out yet never will. <paramref name="marker"/> replaces the address (not reversible).
    /// </summary>
    public void Forget(string marker, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(marker);
        if (Status is OutboxStatus.Pending or OutboxStatus.Dead)
        {
            Status = OutboxStatus.Cancelled;
            ClaimedBy = null;
            ClaimedUntil = null;
        }

        ToAddress = marker;
        ToName = null;
        DeduplicationKey = $"{marker}:{Id:N}";
        PurgeBody(now);
    }

    public const string PurgedSubject = "(purged)";
}
