using LcPeers.Api.Charts;
using LcPeers.Application.Monitor.Quality;
using LcPeers.Domain.Engagements;

namespace LcPeers.Api.Pages.Staff;

/// <summary>Quality over time across all LCs: the mean level per review dimension per year, as a chart and a table.</summary>
public sealed class QualityView
{
    public QualityView(QualityResponse quality, IReadOnlyDictionary<string, string> dimensionLabels, string yLabel)
    {
        ArgumentNullException.ThrowIfNull(quality);
        ArgumentNullException.ThrowIfNull(dimensionLabels);
        Response = quality;
        Years = [.. quality.Rows.Select(r => r.Year).Distinct().Order()];
        Dimensions = [.. ReviewDimensions.Ordered.Select(c => (c, dimensionLabels.GetValueOrDefault(c, c)))];
        if (quality.Rows.Count > 0)
        {
            var series = Dimensions.Select(d => new ChartSeries(d.Label,
                [.. quality.Rows.Where(r => r.Dimension == d.Code).Select(r => (new DateTime(r.Year, 7, 1, 0, 0, 0, DateTimeKind.Utc), r.MeanLevel))])).ToList();
            ChartSource = SvgChart.DataUri(SvgChart.LevelsOverTime(series, ReviewDimensions.MinLevel, ReviewDimensions.MaxLevel, yLabel));
        }
    }

    public QualityResponse Response { get; }

    public IReadOnlyList<int> Years { get; }

    public IReadOnlyList<(string Code, string Label)> Dimensions { get; }

    public string? ChartSource { get; }

    public QualityRow? Row(int year, string dimension) => Response.Rows.FirstOrDefault(r => r.Year == year && r.Dimension == dimension);
}
