using LcPeers.Api.Charts;
using LcPeers.Api.Web;
using LcPeers.Application.Engagements.Reports;
using LcPeers.Domain.Engagements;

namespace LcPeers.Api.Pages.Directory;

/// <summary>
/// An LC's development over time: its level on each of the four dimensions in every peer-review report, as a line
/// chart and, beside it, the same numbers in a table. No overall grade: the report's model has none.
/// </summary>
public sealed class DevelopmentView
{
    public DevelopmentView(IReadOnlyList<ReviewResponse> reports, string yLabel)
    {
        ArgumentNullException.ThrowIfNull(reports);
        Reports = [.. reports.OrderBy(r => r.SubmittedAt)];
        Dimensions = [.. ReviewDimensions.Ordered.Select(code => (code, Reports.SelectMany(r => r.Dimensions).FirstOrDefault(d => d.Dimension == code) is { } d
            ? Ui.Text(d.Label) : code))];
        if (Reports.Count > 0)
        {
            var series = Dimensions.Select(d => new ChartSeries(d.Label,
                [.. Reports.Select(r => (r.SubmittedAt.UtcDateTime, (double?)r.Dimensions.FirstOrDefault(x => x.Dimension == d.Code)?.Level))
                    .Where(p => p.Item2 is not null).Select(p => (p.UtcDateTime, p.Item2!.Value))])).ToList();
            ChartSource = SvgChart.DataUri(SvgChart.LevelsOverTime(series, ReviewDimensions.MinLevel, ReviewDimensions.MaxLevel, yLabel));
        }
    }

    public IReadOnlyList<ReviewResponse> Reports { get; }

    public IReadOnlyList<(string Code, string Label)> Dimensions { get; }

    /// <summary>The chart as an image source, or null when the LC has no reports yet.</summary>
    public string? ChartSource { get; }

    public int? Level(ReviewResponse report, string dimension) => report.Dimensions.FirstOrDefault(d => d.Dimension == dimension)?.Level;

    /// <summary>"Visie en ambitie: van 2 naar 3" for the text alternative: first and last level per dimension.</summary>
    public IEnumerable<(string Label, int First, int Last)> Change() =>
        Dimensions.Select(d => (d.Label, Reports.Select(r => Level(r, d.Code)).FirstOrDefault(l => l is not null), Reports.Select(r => Level(r, d.Code)).LastOrDefault(l => l is not null)))
            .Where(x => x.Item2 is not null && x.Item3 is not null).Select(x => (x.Label, x.Item2!.Value, x.Item3!.Value));
}
