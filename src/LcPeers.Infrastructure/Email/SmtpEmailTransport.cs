using LcPeers.Application.Common.Email;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;

namespace LcPeers.Infrastructure.Email;

/// <summary>Sends through an SMTP server with MailKit, one connection per message.</summary>
internal sealed class SmtpEmailTransport(IOptions<EmailDeliveryOptions> delivery, IOptions<EmailOptions> sender) : IEmailTransport
{
    public async Task SendAsync(EmailMessage message, CancellationToken ct)
    {
        var smtp = delivery.Value.Smtp;
        using var client = new SmtpClient { Timeout = (int)smtp.Timeout.TotalMilliseconds };
        var security = !smtp.UseTls ? SecureSocketOptions.None : smtp.Port == 465 ? SecureSocketOptions.SslOnConnect : SecureSocketOptions.StartTls;
        await client.ConnectAsync(smtp.Host ?? throw new InvalidOperationException("Email:Smtp:Host is not set."), smtp.Port, security, ct);
        if (!string.IsNullOrEmpty(smtp.User))
        {
            await client.AuthenticateAsync(smtp.User, smtp.Password ?? "", ct);
        }

        await client.SendAsync(MimeMessageFactory.Build(message, sender.Value.From, sender.Value.FromName), ct);
        await client.DisconnectAsync(quit: true, ct);
    }
}
