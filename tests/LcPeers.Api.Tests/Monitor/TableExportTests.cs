using System.Text;
using LcPeers.Api.Exports;

namespace LcPeers.Api.Tests.Monitor;

public sealed class TableExportTests
{
    private sealed record Story(string Title, double Share);

    [Theory]
    [InlineData("=HYPERLINK(\"http://evil.example\")")]
    [InlineData("+31 6 1234")]
    [InlineData("-2+3")]
    [InlineData("@SUM(A1)")]
    public void Csv_CellsThatWouldStartAFormula_AreEscaped_NumbersAreNot(string title)
    {
        var table = new Table<Story>("stories", [new Story(title, -0.25)], new("title", s => s.Title), new("share", s => s.Share));

        var text = Encoding.UTF8.GetString(TableExport.ToCsv(table)).TrimStart('\uFEFF');
        var row = text.Split("\r\n")[1];

        Assert.StartsWith("'", row.TrimStart('"'), StringComparison.Ordinal); // Excel reads a leading ' as "this is text"
        Assert.EndsWith(";-0,25", row, StringComparison.Ordinal); // a negative number stays a number
    }

    [Fact]
    public void Csv_SeveralTables_EachUnderItsName_AndXlsx_OneSheetEach()
    {
        var a = new Table<Story>("first", [new Story("Een", 1)], new Column<Story>("title", s => s.Title));
        var b = new Table<Story>("second", [new Story("Twee", 2), new Story("Drie; vier", 3)], new("title", s => s.Title), new("share", s => s.Share));

        var lines = Encoding.UTF8.GetString(TableExport.ToCsv(a, b)).TrimStart('\uFEFF').Split("\r\n");

        Assert.Equal(["first", "title", "Een", "\"\"", "second", "title;share", "Twee;2", "\"Drie; vier\";3", ""], lines);
        using var workbook = new MemoryStream(TableExport.ToXlsx(a, b));
        Assert.Equal(["first", "second"], MiniExcelLibs.MiniExcel.GetSheetNames(workbook));
    }
}
