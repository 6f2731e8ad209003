using LcPeers.Application.Common.Email;
using LcPeers.Infrastructure.Email;
using MimeKit;

namespace LcPeers.Api.Tests.Trust;

public sealed class MailEncodingTests
{
    [Fact]
    public async Task Build_Utf8Text_EveryTextPartNamesATransferEncoding_AndTheMessageIsSevenBit()
    {
        var message = MimeMessageFactory.Build(
            new EmailMessage("<m1@lcpeers>", "anna@example.nl", "Anna Müller", "Uitnodiging: café-overleg", "Beste Anna, één vraag: ça va? ✓",
                "<p>Beste Anna, één vraag ✓</p>", "BEGIN:VCALENDAR\r\nSUMMARY:Café\r\nEND:VCALENDAR\r\n", "REQUEST",
                new DateTimeOffset(2027, 1, 15, 9, 0, 0, TimeSpan.Zero), "session.request"),
            "noreply@lcpeers.example", "LcPeers");

        using var stream = new MemoryStream();
        await message.WriteToAsync(stream, TestContext.Current.CancellationToken);
        var bytes = stream.ToArray();

        Assert.All(bytes, b => Assert.True(b < 0x80, $"byte 0x{b:x2} is not 7-bit"));
        var parts = message.BodyParts.OfType<MimePart>().ToList();
        Assert.Equal(4, parts.Count);
        Assert.All(parts, p => Assert.Contains(p.ContentTransferEncoding, new[] { ContentEncoding.QuotedPrintable, ContentEncoding.Base64 }));

        stream.Position = 0;
        var parsed = await MimeMessage.LoadAsync(stream, TestContext.Current.CancellationToken);
        Assert.Equal("Beste Anna, één vraag: ça va? ✓", parsed.TextBody);
        Assert.Equal("Uitnodiging: café-overleg", parsed.Subject);
    }
}
