using System.Text.RegularExpressions;

namespace LcPeers.Infrastructure.Tests;

/// <summary>
/// Every Bicep template and parameter file under infra/ compiles and passes the default linter with no warning at all,
/// offline, with the Bicep CLI from NuGet.
/// </summary>
public sealed partial class BicepTests : IDisposable
{
    private readonly string _output = Directory.CreateTempSubdirectory("lcpeers-bicep-").FullName;

    public void Dispose() => Directory.Delete(_output, recursive: true);

    public static TheoryData<string> BicepFiles() => Files("*.bicep");

    public static TheoryData<string> ParameterFiles() => Files("*.bicepparam");

    [Fact]
    public void Infra_HasTheTemplateAndBothEnvironments()
    {
        Assert.Contains("infra/main.bicep", BicepFiles().Select(row => row.Data));
        Assert.Equal(["infra/env/production.bicepparam", "infra/env/test.bicepparam"], ParameterFiles().Select(row => row.Data));
    }

    [Theory]
    [MemberData(nameof(BicepFiles))]
    public async Task Template_BuildsAndLintsClean(string file)
    {
        Assert.SkipUnless(BicepCli.IsSupported, "The Bicep CLI package used here is for Linux x64.");

        await AssertCleanAsync(file, ["build", Repository.Full(file), "--outdir", _output]);
        Assert.True(File.Exists(Path.Combine(_output, Path.ChangeExtension(Path.GetFileName(file), ".json"))), $"{file} produced no ARM template.");
        await AssertCleanAsync(file, ["lint", Repository.Full(file)]);
    }

    [Theory]
    [MemberData(nameof(ParameterFiles))]
    public async Task ParameterFile_BuildsAndLintsClean(string file)
    {
        Assert.SkipUnless(BicepCli.IsSupported, "The Bicep CLI package used here is for Linux x64.");

        var outFile = Path.Combine(_output, Path.ChangeExtension(Path.GetFileName(file), ".parameters.json"));
        await AssertCleanAsync(file, ["build-params", Repository.Full(file), "--outfile", outFile]);
        Assert.True(File.Exists(outFile), $"{file} produced no parameters file.");
        await AssertCleanAsync(file, ["lint", Repository.Full(file)]);
    }

    private static async Task AssertCleanAsync(string file, string[] arguments)
    {
        var (exitCode, output) = await ProcessRunner.RunAsync(BicepCli.Path, arguments, Repository.Root, TestContext.Current.CancellationToken);
        Assert.True(exitCode == 0, $"bicep {arguments[0]} {file} exited with {exitCode}:\n{output}");
        Assert.False(Diagnostic().IsMatch(output), $"bicep {arguments[0]} {file} reported problems:\n{output}");
    }

    private static TheoryData<string> Files(string pattern) =>
        new(Directory.EnumerateFiles(Repository.Infra, pattern, SearchOption.AllDirectories)
            .Select(Repository.Relative)
            .Order(StringComparer.Ordinal));

    // Bicep prints diagnostics as "<file>(line,col) : Warning <rule>: ..." (or Error/Info).
    [GeneratedRegex(@"\b(Warning|Error|Info)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Diagnostic();
}
