using LcPeers.Application.Common.Email;
using Microsoft.Extensions.Options;

namespace LcPeers.Infrastructure.Email;

/// <summary>
/// Writes each message as an .eml file named after its outbox row, so the app works without a mail server and a
/// resend overwrites the same file. The file appears whole (written aside, then moved).
/// </summary>
internal sealed class PickupDirectoryEmailTransport(string directory, IOptions<EmailOptions> sender) : IEmailTransport
{
    public string Directory { get; } = directory;

    public async Task SendAsync(EmailMessage message, CancellationToken ct)
    {
        System.IO.Directory.CreateDirectory(Directory);
        var name = message.MessageId.Split('@')[0];
        var final = Path.Combine(Directory, $"{name}.eml");
        var temp = Path.Combine(Directory, $".{name}.{Guid.NewGuid():N}.tmp");
        await MimeMessageFactory.Build(message, sender.Value.From, sender.Value.FromName).WriteToAsync(temp, ct);
        File.Move(temp, final, overwrite: true);
    }
}
