using LcPeers.Application.Common;
using LcPeers.Application.Notifications;
using LcPeers.Domain.Reference;
using LcPeers.Domain.Requests;

namespace LcPeers.Application.Tests;

public sealed class EmailTemplateTests
{
    private static readonly RequestFacts Facts = new("CIV Wind op Zee", RequestKind.PeerReview, Phase.Startup, "Help <ons> & snel",
        new DateOnly(2027, 2, 1), new DateOnly(2027, 5, 31), 24, WorkFormat.Online, null);

    [Theory]
    [InlineData(new[] { Language.Nl }, "nl")]
    [InlineData(new[] { Language.Nl, Language.En }, "nl")]
    [InlineData(new[] { Language.En }, "en")]
    [InlineData(new Language[0], "nl")]
    public void LanguageFor_PrefersDutch(Language[] languages, string expected) => Assert.Equal(expected, EmailTemplates.LanguageFor(languages));

    [Fact]
    public void Invitation_InDutchAndEnglish_EncodesHtml()
    {
        var nl = EmailTemplates.Invitation("nl", "Anna", Facts, "https://lcpeers.example/expert/invitations?proposalId=1");
        var en = EmailTemplates.Invitation("en", "Anna", Facts, "https://lcpeers.example/expert/invitations?proposalId=1");

        Assert.Equal("Uitnodiging: CIV Wind op Zee vraagt om je hulp", nl.Subject);
        Assert.Equal("Invitation: CIV Wind op Zee asks for your help", en.Subject);
        Assert.Contains("1 februari 2027", nl.Text, StringComparison.Ordinal);
        Assert.Contains("1 February 2027", en.Text, StringComparison.Ordinal);
        Assert.Contains("Help &lt;ons&gt; &amp; snel", nl.Html, StringComparison.Ordinal);
        Assert.Contains("Help <ons> & snel", nl.Text, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://lcpeers.example/expert/invitations?proposalId=1\">Bekijk en beantwoord de uitnodiging</a>", nl.Html, StringComparison.Ordinal);
        Assert.Contains("View and answer the invitation: https://lcpeers.example/expert/invitations?proposalId=1", en.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void CalendarSummary_NamesTheSessionKindAndTheLc()
    {
        Assert.Equal("Intake \u2013 CIV Wind op Zee", EmailTemplates.CalendarSummary("nl", Domain.Engagements.SessionKind.Intake, "CIV Wind op Zee"));
        Assert.Equal("Visit \u2013 CIV Wind op Zee", EmailTemplates.CalendarSummary("en", Domain.Engagements.SessionKind.Visit, "CIV Wind op Zee"));
    }

    [Theory]
    [InlineData("anna@example.org", "Anna de Vries", "Anna de Vries (anna@example.org)")]
    [InlineData("anna@example.org", null, "anna@example.org")]
    [InlineData("anna@example.org", " ", "anna@example.org")]
    public void Person_NamesTheCoordinatorWhenKnown(string email, string? name, string expected) => Assert.Equal(expected, EmailTemplates.Person(email, name));

    [Fact]
    public void Session_ShowsWallClockTimeInTheZone()
    {
        var facts = new SessionFacts("Visitatie", new DateTime(2027, 10, 31, 10, 0, 0), new DateTime(2027, 10, 31, 12, 0, 0), LocalTimes.Amsterdam, null, "https://meet.example", null);
        var mail = EmailTemplates.Session("nl", facts, update: true, cancel: false, "https://lcpeers.example/expert/engagements");
        Assert.Equal("Gewijzigd: Visitatie", mail.Subject);
        Assert.Contains("zondag 31 oktober 2027 10:00 - 12:00 (Europe/Amsterdam)", mail.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2027-10-31T10:00:00", "2027-10-31T09:00:00Z")]
    [InlineData("2027-10-29T10:00:00", "2027-10-29T08:00:00Z")]
    [InlineData("2027-10-31T10:00:00+01:00", "2027-10-31T09:00:00Z")]
    [InlineData("2027-10-31T09:00:00Z", "2027-10-31T09:00:00Z")]
    public void LocalTimes_WithoutOffsetAreAmsterdamTime(string text, string utc)
    {
        Assert.True(LocalTimes.TryParse(text, LocalTimes.Amsterdam, out var instant));
        Assert.Equal(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture), instant);
    }

    [Fact]
    public void LocalTimes_TheSpringGap_DoesNotExist() => Assert.False(LocalTimes.TryParse("2027-03-28T02:30:00", LocalTimes.Amsterdam, out _));
}
