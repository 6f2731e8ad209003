using System.Text;
using LcPeers.Application.Common.Email;
using MimeKit;
using MimeKit.Text;

namespace LcPeers.Infrastructure.Email;

/// <summary>
/// Builds the MIME message for an outbox email: plain text and HTML alternatives and, for invitations, a
/// <c>text/calendar; method=…</c> alternative plus the same object as an .ics attachment (clients differ in which
/// they read). The Message-ID comes from the outbox row, so every attempt sends the same message. Text parts are
/// UTF-8 in quoted-printable (RFC 2045: 8-bit text needs a transfer encoding), so the message is 7-bit clean whatever
/// the relay supports.
/// </summary>
internal static class MimeMessageFactory
{
    public static MimeMessage Build(EmailMessage m, string from, string fromName)
    {
        var message = new MimeMessage
        {
            MessageId = m.MessageId,
            Subject = m.Subject,
            Date = m.Date,
        };
        message.From.Add(new MailboxAddress(fromName, from));
        message.To.Add(new MailboxAddress(m.ToName ?? "", m.ToAddress));
        message.Headers.Add("X-LcPeers-Kind", m.Kind);
        if (m.UnsubscribeUrl is { } unsubscribe)
        {
            // RFC 2369 and RFC 8058: mail clients offer "unsubscribe" and POST "List-Unsubscribe=One-Click" to the link.
            message.Headers.Add("List-Unsubscribe", $"<{unsubscribe}>");
            message.Headers.Add("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }

        var alternative = new MultipartAlternative
        {
            Text(TextFormat.Plain, m.TextBody),
            Text(TextFormat.Html, m.HtmlBody),
        };

        if (m.Calendar is not { } ics)
        {
            message.Body = alternative;
            return message;
        }

        var method = m.CalendarMethod ?? "REQUEST";
        var inline = new TextPart("calendar");
        inline.ContentType.Parameters.Add("method", method);
        inline.SetText(Encoding.UTF8, ics);
        inline.ContentTransferEncoding = ContentEncoding.QuotedPrintable;
        alternative.Add(inline);

        var attachment = new MimePart("text", "calendar")
        {
            Content = new MimeContent(new MemoryStream(Encoding.UTF8.GetBytes(ics))),
            ContentDisposition = new ContentDisposition(ContentDisposition.Attachment),
            ContentTransferEncoding = ContentEncoding.Base64,
            FileName = method == "CANCEL" ? "cancel.ics" : "invite.ics",
        };
        attachment.ContentType.Parameters.Add("method", method);
        attachment.ContentType.Charset = "utf-8";

        message.Body = new Multipart("mixed") { alternative, attachment };
        return message;
    }

    private static TextPart Text(TextFormat format, string text)
    {
        var part = new TextPart(format) { ContentTransferEncoding = ContentEncoding.QuotedPrintable };
        part.SetText(Encoding.UTF8, text);
        return part;
    }
}
