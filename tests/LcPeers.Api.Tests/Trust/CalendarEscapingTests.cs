using System.Text;
using LcPeers.Application.Common.Calendar;
using LcPeers.Infrastructure.Calendar;

namespace LcPeers.Api.Tests.Trust;

/// <summary>The iCalendar text itself: whatever a name or title holds, it cannot add a line or a parameter.</summary>
public sealed class CalendarEscapingTests
{
    private static readonly DateTimeOffset Start = new(2027, 10, 29, 8, 0, 0, TimeSpan.Zero);

    private static string Build(string attendeeName, string summary = "Visitatie", string? description = null, string? location = null, string organizerName = "LcPeers", bool askForReplies = true) =>
        new IcalCalendarInviteBuilder().Build(new CalendarInvite(
            CalendarMethod.Request, "uid-1@lcpeers", 0, summary, description, location, null, Start, Start.AddHours(2), "Europe/Amsterdam",
            new CalendarPerson("planning@lcpeers.example", organizerName),
            [new CalendarPerson("anna@example.nl", attendeeName), new CalendarPerson("coord@lc.example", "Coördinator")],
            Start.AddDays(-1), askForReplies));

    private static List<string> Unfolded(string ics) =>
        [.. ics.Replace("\r\n ", "", StringComparison.Ordinal).Replace("\r\n\t", "", StringComparison.Ordinal).Split("\r\n")];

    [Theory]
    [InlineData("Anna\r\nATTENDEE:mailto:evil@attacker.example")]
    [InlineData("Anna\nATTENDEE:mailto:evil@attacker.example")]
    [InlineData("Anna\rDTSTART:20270101T000000Z")]
    [InlineData("Anna\0\u0085\u2028DTSTART:20270101T000000Z")]
    public void Build_ControlCharactersInAName_AddNoLine(string name)
    {
        var ics = Build(name, summary: "Visitatie\r\nDTSTART:20270101T000000Z", location: "Zaal\r\nATTENDEE:mailto:x@y.example", organizerName: name);

        Assert.DoesNotContain(Unfolded(ics), l => l.StartsWith("ATTENDEE:", StringComparison.Ordinal) || l.StartsWith("DTSTART:2027", StringComparison.Ordinal));
        Assert.Equal(2, Unfolded(ics).Count(l => l.StartsWith("ATTENDEE", StringComparison.Ordinal)));
        Assert.Single(Unfolded(ics), l => l.StartsWith("DTSTART;TZID=", StringComparison.Ordinal));
        Assert.DoesNotContain(ics.Replace("\r\n", "", StringComparison.Ordinal), c => char.IsControl(c) || c is '\u2028' or '\u2029');
        Assert.DoesNotContain('\n', ics.Replace("\r\n", "", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_ParameterValues_AreQuotedWhenTheyHoldSpecialCharacters_AndNeverHoldAQuote()
    {
        var ics = Build("de Vries; \"Anna\": ROLE=CHAIR, x");
        var attendee = Unfolded(ics).Single(l => l.StartsWith("ATTENDEE", StringComparison.Ordinal) && l.Contains("anna@example.nl", StringComparison.Ordinal));

        var cn = attendee[(attendee.IndexOf("CN=", StringComparison.Ordinal) + 3)..];
        Assert.StartsWith("\"", cn, StringComparison.Ordinal);
        var value = cn[1..cn.IndexOf('"', 1)];
        Assert.Equal("de Vries; 'Anna': ROLE=CHAIR, x", value);
        Assert.DoesNotContain(";ROLE=CHAIR", attendee, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_TextValues_EscapeSemicolonCommaBackslashAndNewline()
    {
        var ics = Build("Anna", summary: "Visit; part 1, a\\b", description: "Line one\nLine two; three, four\\five");
        var lines = Unfolded(ics);

        Assert.Contains(@"SUMMARY:Visit\; part 1\, a\\b", lines);
        Assert.Contains(@"DESCRIPTION:Line one\nLine two\; three\, four\\five", lines);
    }

    [Fact]
    public void Build_WithoutAMailboxForReplies_AsksNoAttendeeToAnswer()
    {
        var asking = Unfolded(Build("Anna", askForReplies: true)).Where(l => l.StartsWith("ATTENDEE", StringComparison.Ordinal)).ToList();
        var silent = Unfolded(Build("Anna", askForReplies: false)).Where(l => l.StartsWith("ATTENDEE", StringComparison.Ordinal)).ToList();

        Assert.All(asking, l => Assert.Contains("RSVP=TRUE", l, StringComparison.Ordinal));
        Assert.All(silent, l => Assert.DoesNotContain("RSVP=TRUE", l, StringComparison.Ordinal));
        Assert.Equal(2, silent.Count);
    }

    [Fact]
    public void Build_LongValues_AreFoldedAt75Octets()
    {
        var summary = string.Concat(Enumerable.Repeat("Lange titel met ë en ü ", 20));
        var ics = Build(new string('é', 60), summary: summary, description: new string('x', 500));

        foreach (var line in ics.Split("\r\n"))
        {
            Assert.True(Encoding.UTF8.GetByteCount(line) <= 75, $"Line of {Encoding.UTF8.GetByteCount(line)} octets: {line}");
        }

        Assert.Contains("SUMMARY:" + summary, Unfolded(ics));
    }
}
