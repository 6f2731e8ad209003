namespace LcPeers.Api.Exports;

/// <summary>One column of an exported table: its header and how to read its cell from a row.</summary>
public sealed record Column<T>(string Header, Func<T, object?> Value);

/// <summary>
/// A table as people download it: a name (the sheet's, the file's) and its columns over the rows. Both the CSV and
/// the workbook are written from this one description, so their columns cannot drift apart.
/// </summary>
public interface ITable
{
    string Name { get; }

    IReadOnlyList<string> Headers { get; }

    IEnumerable<object?[]> Cells();
}

public sealed class Table<T>(string name, IEnumerable<T> rows, params Column<T>[] columns) : ITable
{
    public string Name => name;

    public IReadOnlyList<string> Headers { get; } = [.. columns.Select(c => c.Header)];

    public IEnumerable<object?[]> Cells() => rows.Select(r => columns.Select(c => c.Value(r)).ToArray());
}
