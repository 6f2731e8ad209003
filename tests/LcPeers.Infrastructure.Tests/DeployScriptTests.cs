namespace LcPeers.Infrastructure.Tests;

/// <summary>infra/deploy.sh cannot run here (no Azure), but it must at least parse.</summary>
public sealed class DeployScriptTests
{
    [Fact]
    public async Task DeployScript_Parses()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "bash is not assumed on Windows.");

        var (exitCode, output) = await ProcessRunner.RunAsync("bash", ["-n", "infra/deploy.sh"], Repository.Root, TestContext.Current.CancellationToken);

        Assert.True(exitCode == 0, $"bash -n infra/deploy.sh failed:\n{output}");
    }

    [Fact]
    public void DeployScript_AppliesTheIdempotentScriptWithEntraAuthentication()
    {
        var script = File.ReadAllText(Path.Combine(Repository.Infra, "deploy.sh"));

        Assert.Contains("dotnet ef migrations script --idempotent", script, StringComparison.Ordinal);
        Assert.Contains("FROM EXTERNAL PROVIDER", script, StringComparison.Ordinal);
        Assert.Contains("--type zip", script, StringComparison.Ordinal);
        Assert.Matches(@"sqlcmd [^\n]*-G", script);
    }
}
