using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;

namespace LcPeers.Domain.Reference;

/// <summary>
/// The twelve provinces, the unit experts use to say where they work. Neighbours matter for matching: the report
/// finds a physical place and local relations drive an LC's success, so a neighbouring province is second best.
/// </summary>
public static class Provinces
{
    public const string Groningen = "Groningen";
    public const string Friesland = "Friesland";
    public const string Drenthe = "Drenthe";
    public const string Overijssel = "Overijssel";
    public const string Flevoland = "Flevoland";
    public const string Gelderland = "Gelderland";
    public const string Utrecht = "Utrecht";
    public const string NoordHolland = "Noord-Holland";
    public const string ZuidHolland = "Zuid-Holland";
    public const string Zeeland = "Zeeland";
    public const string NoordBrabant = "Noord-Brabant";
    public const string Limburg = "Limburg";

    public static readonly IReadOnlyList<string> All =
        [Groningen, Friesland, Drenthe, Overijssel, Flevoland, Gelderland, Utrecht, NoordHolland, ZuidHolland, Zeeland, NoordBrabant, Limburg];

    private static readonly FrozenDictionary<string, string> Canonical = All
        .Select(p => KeyValuePair.Create(p, p))
        .Append(KeyValuePair.Create("Fryslân", Friesland))
        .Append(KeyValuePair.Create("Fryslan", Friesland))
        .Append(KeyValuePair.Create("Brabant", NoordBrabant))
        .ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, FrozenSet<string>> NeighbourMap = new Dictionary<string, string[]>
    {
        [Groningen] = [Friesland, Drenthe],
        [Friesland] = [Groningen, Drenthe, Overijssel, Flevoland, NoordHolland],
        [Drenthe] = [Groningen, Friesland, Overijssel],
        [Overijssel] = [Friesland, Drenthe, Flevoland, Gelderland],
        [Flevoland] = [Friesland, Overijssel, Gelderland, Utrecht, NoordHolland],
        [Gelderland] = [Overijssel, Flevoland, Utrecht, ZuidHolland, NoordBrabant, Limburg],
        [Utrecht] = [Flevoland, Gelderland, NoordHolland, ZuidHolland],
        [NoordHolland] = [Friesland, Flevoland, Utrecht, ZuidHolland],
        [ZuidHolland] = [NoordHolland, Utrecht, Gelderland, NoordBrabant, Zeeland],
        [Zeeland] = [ZuidHolland, NoordBrabant],
        [NoordBrabant] = [Zeeland, ZuidHolland, Gelderland, Limburg],
        [Limburg] = [NoordBrabant, Gelderland],
    }.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToFrozenSet(StringComparer.Ordinal), StringComparer.Ordinal);

    /// <summary>Maps "zeeland", "Fryslân" or " Noord-Brabant " to the canonical province name.</summary>
    public static bool TryNormalise([NotNullWhen(true)] string? name, [NotNullWhen(true)] out string? province)
    {
        province = null;
        return name is not null && Canonical.TryGetValue(name.Trim(), out province);
    }

    public static bool IsKnown(string? name) => TryNormalise(name, out _);

    public static string Normalise(string name) =>
        TryNormalise(name, out var p) ? p : throw new ArgumentException($"'{name}' is not a Dutch province.", nameof(name));

    public static bool AreNeighbours(string a, string b) => NeighbourMap.TryGetValue(a, out var n) && n.Contains(b);

    /// <summary>
    /// The provinces an LC region as printed in the report refers to ("Zuidwest-Brabant, Zeeland", "Noord Nederland",
    /// "Delft"). Unknown or national regions give none.
    /// </summary>
    public static IReadOnlyList<string> FromRegionText(string? region)
    {
        if (string.IsNullOrWhiteSpace(region))
        {
            return [];
        }

        var found = new List<string>();
        foreach (var part in region.Split([',', '/', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var text = part.Replace('-', ' ').ToLowerInvariant();
            string[] matches = text switch
            {
                _ when text.Contains("noord nederland", StringComparison.Ordinal) => [Groningen, Friesland, Drenthe],
                _ when text.Contains("oost nederland", StringComparison.Ordinal) => [Overijssel, Gelderland],
                _ when text.Contains("zuid nederland", StringComparison.Ordinal) => [NoordBrabant, Limburg, Zeeland],
                _ when text.Contains("brabant", StringComparison.Ordinal) => [NoordBrabant],
                _ when text.Contains("limburg", StringComparison.Ordinal) => [Limburg],
                _ when text.Contains("rotterdam", StringComparison.Ordinal) || text.Contains("delft", StringComparison.Ordinal) => [ZuidHolland],
                _ when text.Contains("amsterdam", StringComparison.Ordinal) => [NoordHolland],
                _ when text.Contains("fryslân", StringComparison.Ordinal) || text.Contains("friesland", StringComparison.Ordinal) => [Friesland],
                _ => [.. All.Where(p => text.Contains(p.Replace('-', ' ').ToLowerInvariant(), StringComparison.Ordinal))],
            };
            found.AddRange(matches);
        }

        return [.. found.Distinct()];
    }
}
