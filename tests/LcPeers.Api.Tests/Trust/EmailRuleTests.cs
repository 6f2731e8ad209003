using LcPeers.Application.Common.Validation;
using MimeKit;

namespace LcPeers.Api.Tests.Trust;

/// <summary>The input rule for addresses against the mail library the service sends with.</summary>
public sealed class EmailRuleTests
{
    [Theory]
    [InlineData("anna@example.nl")]
    [InlineData("anna.de.vries+lc@sub.example.nl")]
    [InlineData("o'brien@example.ie")]
    [InlineData("expert01@demo.lcpeers.example")]
    [InlineData("a_b-c@x-y.example")]
    public void Accepted_IsParsedByTheMailLibrary_AsExactlyThatAddress(string address)
    {
        Assert.True(TextRules.IsEmailAddress(address));
        Assert.True(MailboxAddress.TryParse(address, out var mailbox));
        Assert.Equal(address, mailbox.Address);
        Assert.Empty(mailbox.Name ?? "");
    }

    [Theory]
    [InlineData("anna\r\n@example.nl")]
    [InlineData("anna@example.nl\r\nBcc: eve@attacker.example")]
    [InlineData("Anna <anna@example.nl>")]
    [InlineData("\"anna de vries\"@example.nl")]
    [InlineData("anna@example.nl, eve@attacker.example")]
    [InlineData("anna(comment)@example.nl")]
    [InlineData("anna@@example.nl")]
    [InlineData("anna@example")]
    [InlineData("anna@-example.nl")]
    [InlineData("anna..vries@example.nl")]
    [InlineData(".anna@example.nl")]
    [InlineData("anna@example.nl.")]
    [InlineData("anna @example.nl")]
    [InlineData("anna@exa\0mple.nl")]
    [InlineData("")]
    public void Refused_EvenWhereTheMailLibraryWouldReadSomethingIntoIt(string address) =>
        Assert.False(TextRules.IsEmailAddress(address));

    [Fact]
    public void Refused_TooLongALocalPart() =>
        Assert.False(TextRules.IsEmailAddress(new string('a', 65) + "@example.nl"));
}
