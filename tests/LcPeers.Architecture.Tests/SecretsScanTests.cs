using System.Diagnostics;
using System.Text.RegularExpressions;

namespace LcPeers.Architecture.Tests;

/// <summary>Secrets come from configuration and Key Vault, never from the repository: scan every tracked file.</summary>
public sealed partial class SecretsScanTests
{
    [Fact]
    public void TrackedFiles_ContainNoSecrets()
    {
        var root = LayerTests.RepositoryRoot();
        var findings = new List<string>();
        // This file's own samples are fake secrets by design.
        foreach (var file in TrackedFiles(root).Where(f => !f.EndsWith("/SecretsScanTests.cs", StringComparison.Ordinal)))
        {
            var path = Path.Combine(root, file);
            if (!File.Exists(path) || new FileInfo(path).Length > 2_000_000 || IsBinary(path))
            {
                continue;
            }

            var lines = File.ReadAllLines(path);
            for (var i = 0; i < lines.Length; i++)
            {
                foreach (var (name, pattern) in Patterns)
                {
                    if (pattern.IsMatch(lines[i]))
                    {
                        findings.Add($"{file}:{i + 1}: {name}");
                    }
                }
            }
        }

        Assert.True(findings.Count == 0, "Possible secrets in tracked files:\n" + string.Join('\n', findings));
    }

    [Theory]
    [InlineData("Server=tcp:x.database.windows.net;Database=d;User ID=sa;Password=Sup3rS3cret!;")]
    [InlineData("DefaultEndpointsProtocol=https;AccountName=a;AccountKey=abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJ==;")]
    [InlineData("-----BEGIN RSA PRIVATE KEY-----")]
    [InlineData("\"ClientSecret\": \"Q~abcdefghijklmnopqrstuvwxyz0123456789\"")]
    [InlineData("Endpoint=sb://x.servicebus.windows.net/;SharedAccessKeyName=k;SharedAccessKey=abcdefghijklmnopqrstuvwxyz0123456789=")]
    [InlineData("InstrumentationKey=12345678-1234-1234-1234-123456789012;IngestionEndpoint=https://x")]
    public void Patterns_CatchTypicalSecrets(string line) => Assert.Contains(Patterns, p => p.Pattern.IsMatch(line));

    [Theory]
    [InlineData("Server=tcp:x.database.windows.net;Database=d;Authentication=Active Directory Default;")]
    [InlineData("\"Password\": \"\"")]
    [InlineData("Email:Smtp:Password | (none) | SMTP password; from Key Vault in production.")]
    public void Patterns_LeaveHarmlessLinesAlone(string line) => Assert.DoesNotContain(Patterns, p => p.Pattern.IsMatch(line));

    private static readonly (string Name, Regex Pattern)[] Patterns =
    [
        ("password in a connection string", PasswordInConnectionString()),
        ("storage account key", AccountKey()),
        ("private key", PrivateKey()),
        ("client secret", ClientSecret()),
        ("shared access key", SharedAccessKey()),
        ("instrumentation key", InstrumentationKey()),
    ];

    private static string[] TrackedFiles(string root)
    {
        using var git = Process.Start(new ProcessStartInfo("git", "ls-files -z") { WorkingDirectory = root, RedirectStandardOutput = true })!;
        var output = git.StandardOutput.ReadToEnd();
        git.WaitForExit();
        Assert.Equal(0, git.ExitCode);
        return output.Split('\0', StringSplitOptions.RemoveEmptyEntries);
    }

    private static bool IsBinary(string path)
    {
        Span<byte> head = stackalloc byte[512];
        using var stream = File.OpenRead(path);
        var read = stream.Read(head);
        return head[..read].Contains((byte)0);
    }

    [GeneratedRegex(@"(?i)(password|pwd)\s*=\s*[^;""'\s{}]{4,}")]
    private static partial Regex PasswordInConnectionString();

    [GeneratedRegex(@"(?i)AccountKey\s*=\s*[A-Za-z0-9+/]{20,}")]
    private static partial Regex AccountKey();

    [GeneratedRegex(@"-----BEGIN [A-Z ]*PRIVATE KEY-----")]
    private static partial Regex PrivateKey();

    [GeneratedRegex(@"(?i)client_?secret""?\s*[:=]\s*""[^""\s]{16,}""")]
    private static partial Regex ClientSecret();

    [GeneratedRegex(@"(?i)SharedAccessKey\s*=\s*[A-Za-z0-9+/]{20,}")]
    private static partial Regex SharedAccessKey();

    [GeneratedRegex(@"(?i)InstrumentationKey\s*=\s*[0-9a-f]{8}-[0-9a-f]{4}")]
    private static partial Regex InstrumentationKey();
}
