using System.Reflection;

namespace LcPeers.Infrastructure.Persistence.Seeding;

/// <summary>Reads the tab-separated reference files embedded in this assembly: '#' lines are comments, the first other line is the header.</summary>
internal static class Tsv
{
    public static IReadOnlyList<IReadOnlyDictionary<string, string>> ReadEmbedded(string fileName)
    {
        var resource = $"LcPeers.Seed.{fileName}";
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Embedded seed file '{resource}' is missing.");
        using var reader = new StreamReader(stream);
        return Parse(reader);
    }

    public static IReadOnlyList<IReadOnlyDictionary<string, string>> Parse(TextReader reader)
    {
        string[]? header = null;
        var rows = new List<IReadOnlyDictionary<string, string>>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var cells = line.Split('\t');
            if (header is null)
            {
                header = cells;
                continue;
            }

            var row = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < header.Length; i++)
            {
                row[header[i]] = i < cells.Length ? cells[i].Trim() : "";
            }

            rows.Add(row);
        }

        return rows;
    }
}
