using System.Text.RegularExpressions;

namespace LcPeers.Architecture.Tests;

/// <summary>
/// Use cases stay small: a handler loads, calls the domain and saves; the workflow's side effects live in domain event
/// handlers. Counted from the source: a member's first line to its closing brace.
/// </summary>
public sealed partial class MethodLengthTests
{
    private const int MaxMethodLines = 60;
    private const int MaxWorkflowHandlerLines = 40;

    /// <summary>The ranking and assignment code moves to its own project (one matching policy); until then it is not counted here.</summary>
    [Fact]
    public void ApplicationMethods_AreAtMost60Lines()
    {
        var tooLong = Methods(Path.Combine(LayerTests.RepositoryRoot(), "src", "LcPeers.Application"))
            .Where(m => m.Lines > MaxMethodLines)
            .Select(m => $"{m.File}: {m.Name} has {m.Lines} lines")
            .ToList();

        Assert.Empty(tooLong);
    }

    [Theory]
    [InlineData("Matching/AcceptProposal/AcceptProposal.cs")]
    [InlineData("Matching/DeclineProposal/DeclineProposal.cs")]
    [InlineData("Matching/Runs/ExecuteMatchingRun.cs")]
    [InlineData("Matching/CreateProposals/CreateProposals.cs")]
    public void WorkflowHandlers_AreUnder40Lines(string file)
    {
        var handle = Methods(Path.Combine(LayerTests.RepositoryRoot(), "src", "LcPeers.Application", file)).Where(m => m.Name == "Handle").ToList();

        Assert.NotEmpty(handle);
        Assert.All(handle, m => Assert.True(m.Lines < MaxWorkflowHandlerLines, $"{file}: Handle has {m.Lines} lines"));
    }

    [Fact]
    public void Counting_SeesALongMethod()
    {
        var dir = Directory.CreateTempSubdirectory();
        try
        {
            File.WriteAllText(Path.Combine(dir.FullName, "Long.cs"),
                "class C\n{\n    public void Long()\n    {\n" + string.Concat(Enumerable.Repeat("        _ = 1;\n", 70)) + "    }\n\n    public int Short() => 1;\n}\n");
            var method = Assert.Single(Methods(dir.FullName));
            Assert.Equal("Long", method.Name);
            Assert.Equal(73, method.Lines);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    private static IEnumerable<(string File, string Name, int Lines)> Methods(string path)
    {
        var files = File.Exists(path) ? [path] : Directory.EnumerateFiles(path, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
        foreach (var file in files)
        {
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                if (Member().Match(lines[i]) is not { Success: true } member || TypeDeclaration().IsMatch(lines[i]))
                {
                    continue;
                }

                var indent = lines[i].Length - lines[i].TrimStart().Length;
                var open = i;
                while (open < lines.Length && !lines[open].TrimEnd().EndsWith(';') && !IsBrace(lines[open], "{", indent))
                {
                    open++;
                }

                if (open >= lines.Length || !IsBrace(lines[open], "{", indent))
                {
                    continue; // an expression-bodied member or a declaration
                }

                var close = open + 1;
                while (close < lines.Length && !IsBrace(lines[close], "}", indent))
                {
                    close++;
                }

                yield return (file.Replace('\\', '/'), member.Groups["name"].Value, close - i + 1);
                i = close;
            }
        }
    }

    private static bool IsBrace(string line, string brace, int indent) =>
        line.Trim() == brace && line.Length - line.TrimStart().Length == indent;

    [GeneratedRegex(@"^\s*(?:(?:public|private|internal|protected|static|async|override|sealed|virtual)\s+)+[\w<>\[\]?,. ()]+?\s(?<name>\w+)(?:<[^>]+>)?\(")]
    private static partial Regex Member();

    [GeneratedRegex(@"\b(class|record|struct|interface)\s+\w+")]
    private static partial Regex TypeDeclaration();
}
