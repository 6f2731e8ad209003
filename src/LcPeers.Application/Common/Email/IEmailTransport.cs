namespace LcPeers.Application.Common.Email;

/// <summary>A fully rendered email as the outbox hands it to a transport.</summary>
public sealed record EmailMessage(
    string MessageId,
    string ToAddress,
    string? ToName,
    string Subject,
    string TextBody,
    string HtmlBody,
    string? Calendar,
    string? CalendarMethod,
    DateTimeOffset Date,
    string Kind,
    string? UnsubscribeUrl = null);

/// <summary>
/// Delivers one email (SMTP, or a pickup folder when no server is configured). Throws when it could not; the outbox
/// retries. Sending the same <see cref="EmailMessage.MessageId"/> twice must be harmless.
/// </summary>
public interface IEmailTransport
{
    Task SendAsync(EmailMessage message, CancellationToken ct);
}
