using System.Text.RegularExpressions;
using System.Xml.Linq;
using LcPeers.Web.Tests.Infrastructure;

namespace LcPeers.Web.Tests;

/// <summary>Every text the pages use exists in Dutch and in English.</summary>
public sealed partial class ResourceTests
{
    private static readonly string ApiProject = Path.Combine(RepositoryPaths.Root(), "src", "LcPeers.Api");

    private static Dictionary<string, string> Read(string file) =>
        XDocument.Load(Path.Combine(ApiProject, "Resources", file)).Root!.Elements("data")
            .ToDictionary(d => d.Attribute("name")!.Value, d => d.Element("value")!.Value, StringComparer.Ordinal);

    [Fact]
    public void DutchAndEnglish_HaveTheSameKeys_AndNoEmptyTexts()
    {
        var nl = Read("SharedResource.resx");
        var en = Read("SharedResource.en.resx");

        Assert.Empty(nl.Keys.Except(en.Keys));
        Assert.Empty(en.Keys.Except(nl.Keys));
        Assert.All(nl.Concat(en), kv => Assert.False(string.IsNullOrWhiteSpace(kv.Value), kv.Key));
    }

    [Fact]
    public void EveryKeyThePagesName_Exists()
    {
        var nl = Read("SharedResource.resx");
        var sources = Directory.EnumerateFiles(ApiProject, "*.cs*", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
        var used = sources.SelectMany(f => KeyUse().Matches(File.ReadAllText(f)).Select(m => m.Groups["key"].Value)).Distinct().ToList();

        Assert.NotEmpty(used);
        Assert.DoesNotContain(used, k => !nl.ContainsKey(k));
    }

    [GeneratedRegex("""(?:T\[|new\("[^"]*", )"(?<key>[A-Z][A-Za-z]+\.[A-Za-z0-9.\-]+)""")]
    private static partial Regex KeyUse();
}
