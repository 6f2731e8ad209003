using System.Globalization;
using CsvHelper;
using FluentValidation;
using FluentValidation.Results;
using MiniExcelLibs;

namespace LcPeers.Api.Exports;

/// <summary>
/// Writes tables as files that open correctly in Dutch Excel: CSV with a semicolon separator, UTF-8 with a byte-order
/// mark and Dutch number formatting, cells that could start a formula escaped (CsvHelper's injection guard); or an
/// .xlsx workbook with one sheet per table.
/// </summary>
public static class TableExport
{
    public const string Json = "json";
    public const string Csv = "csv";
    public const string Xlsx = "xlsx";
    public const string CsvContentType = "text/csv; charset=utf-8";
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    private static readonly CsvWriterOptions CsvSettings = CsvWriterOptions.Default with
    {
        Separator = ';',
        Injection = CsvInjection.Escape,
        FormatProvider = Dutch,
        WriteByteOrderMark = true,
        ValidateFieldCount = false, // several tables, each with its own columns, in one file
    };

    /// <summary>The format asked for: json (the default), csv or xlsx; anything else is a 400 naming <c>format</c>.</summary>
    public static string FormatOf(string? format)
    {
        var value = string.IsNullOrWhiteSpace(format) ? Json : format.Trim().ToLowerInvariant();
        return value is Json or Csv or Xlsx
            ? value
            : throw new ValidationException([new ValidationFailure("format", "'format' must be one of: json, csv, xlsx.") { ErrorCode = "format" }]);
    }

    public static byte[] ToCsv(params ITable[] tables)
    {
        ArgumentNullException.ThrowIfNull(tables);
        using var stream = new MemoryStream();
        using (var csv = CsvWriter.Create(stream, CsvSettings, leaveOpen: true))
        {
            var many = tables.Length > 1;
            foreach (var (table, index) in tables.Select((t, i) => (t, i)))
            {
                if (index > 0)
                {
                    csv.WriteField(string.Empty); // an empty record between tables
                    csv.EndRecord();
                }

                if (many)
                {
                    csv.WriteField(table.Name);
                    csv.EndRecord();
                }

                WriteRows(csv, table);
            }
        }

        return stream.ToArray();
    }

    public static byte[] ToXlsx(params ITable[] tables)
    {
        ArgumentNullException.ThrowIfNull(tables);
        var sheets = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            sheets[SheetName(table.Name, sheets.Count)] = table.Cells()
                .Select(cells => (IDictionary<string, object?>)table.Headers.Zip(cells).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal))
                .ToList();
        }

        using var stream = new MemoryStream();
        stream.SaveAs(sheets);
        return stream.ToArray();
    }

    /// <summary>The route's answer in the format asked for: JSON, or the tables as a download named after <paramref name="fileName"/>.</summary>
    public static IResult Respond<T>(T body, string format, string fileName, Func<T, ITable[]> tables) => format switch
    {
        Csv => TypedResults.File(ToCsv(tables(body)), CsvContentType, fileName + ".csv"),
        Xlsx => TypedResults.File(ToXlsx(tables(body)), XlsxContentType, fileName + ".xlsx"),
        _ => TypedResults.Ok(body),
    };

    private static void WriteRows(CsvWriter csv, ITable table)
    {
        foreach (var header in table.Headers)
        {
            csv.WriteField(header);
        }

        csv.EndRecord();
        foreach (var cells in table.Cells())
        {
            foreach (var cell in cells)
            {
                csv.WriteField(cell);
            }

            csv.EndRecord();
        }
    }

    /// <summary>Excel allows 31 characters and no <c>[]:*?/\</c> in a sheet name, and each name once.</summary>
    private static string SheetName(string name, int index)
    {
        var clean = new string([.. name.Where(c => "[]:*?/\\".IndexOf(c, StringComparison.Ordinal) < 0)]);
        clean = clean.Length > 28 ? clean[..28] : clean;
        return string.IsNullOrWhiteSpace(clean) ? $"Sheet{index + 1}" : clean;
    }
}
