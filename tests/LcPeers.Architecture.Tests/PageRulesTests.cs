using System.Text.RegularExpressions;
using LcPeers.Domain.Common;
using LcPeers.Domain.Engagements;
using LcPeers.Domain.Matching;
using LcPeers.Domain.Requests;
using LcPeers.Domain.Stories;

namespace LcPeers.Architecture.Tests;

/// <summary>
/// Pages render buttons from the <c>actions</c> the domain decides; they do not repeat the domain's rules by comparing
/// status codes.
/// </summary>
public sealed partial class PageRulesTests
{
    private static readonly string[] StatusCodes =
    [
        .. Codes<RequestStatus>.All, .. Codes<ProposalStatus>.All, .. Codes<EngagementStatus>.All, .. Codes<SessionStatus>.All,
        .. Codes<MatchingRunStatus>.All, .. Codes<StoryStatus>.All,
    ];

    [Fact]
    public void Pages_DoNotCompareStatuses()
    {
        var pages = Path.Combine(LayerTests.RepositoryRoot(), "src", "LcPeers.Api", "Pages");
        var files = Directory.EnumerateFiles(pages, "*.cshtml*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cshtml", StringComparison.Ordinal) || f.EndsWith(".cshtml.cs", StringComparison.Ordinal))
            .ToList();
        Assert.NotEmpty(files);

        var offending = files
            .SelectMany(f => File.ReadLines(f).Select((line, n) => (File: Path.GetRelativePath(pages, f), Line: n + 1, Text: line.Trim())))
            .Where(l => ComparesStatus(l.Text))
            .Select(l => $"{l.File}:{l.Line}: {l.Text}")
            .ToList();
        Assert.True(offending.Count == 0, "Pages compare statuses (use the response's actions):\n" + string.Join("\n", offending));
    }

    [Theory]
    [InlineData("public bool CanEdit => Current?.Status is \"draft\" or \"submitted\";")]
    [InlineData("public bool CanSubmit => Current?.Status == \"draft\";")]
    [InlineData("@if (p.Status == \"proposed\")")]
    [InlineData("@if (s.Status != \"cancelled\")")]
    [InlineData("public bool InProgress => Run?.Status is \"queued\" or \"running\";")]
    [InlineData("e.Status == \"completed\" || e.End < today")]
    [InlineData("var label = e.Status switch")]
    [InlineData("if (string.Equals(status, \"withdrawn\", StringComparison.Ordinal))")]
    [InlineData("if (code is \"in-progress\")")]
    public void ComparesStatus_FlagsAComparison(string line) => Assert.True(ComparesStatus(line));

    [Theory]
    [InlineData("<span class=\"status-badge\" data-status=\"@r.Status\">@T.Code(\"status\", r.Status)</span>")]
    [InlineData("var status = Status == AnyStatus || string.IsNullOrWhiteSpace(Status) ? null : Status;")]
    [InlineData("<option value=\"active\">@T.Code(\"lc-status\", \"active\")</option>")]
    [InlineData("@if (p.Actions.Contains(ProposalActions.Approve))")]
    [InlineData("public bool InProgress => Run?.IsActive == true;")]
    public void ComparesStatus_LeavesDisplayAndActionsAlone(string line) => Assert.False(ComparesStatus(line));

    private static bool ComparesStatus(string line) =>
        StatusMemberComparison().IsMatch(line)
        || StatusCodes.Any(code => line.Contains($"\"{code}\"", StringComparison.Ordinal) && CodeComparison(code).IsMatch(line));

    private static Regex CodeComparison(string code) =>
        new($@"(==|!=|\bis\b|\bor\b|\band\b|\bnot\b|Equals\([^)]*)\s*""{Regex.Escape(code)}""", RegexOptions.CultureInvariant);

    [GeneratedRegex(@"\.Status\b\s*(==|!=|\bis\b|\bswitch\b)", RegexOptions.CultureInvariant)]
    private static partial Regex StatusMemberComparison();
}
