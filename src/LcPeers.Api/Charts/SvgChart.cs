using System.Globalization;
using System.Text;

namespace LcPeers.Api.Charts;

/// <summary>One line of a chart: its label and its points (when, value).</summary>
public sealed record ChartSeries(string Label, IReadOnlyList<(DateTime At, double Value)> Points);

/// <summary>
/// Server-rendered charts (ScottPlot to SVG). A chart is a picture for those who can see it; the page always puts the
/// same numbers in a table beside it and the picture carries a text alternative.
/// </summary>
public static class SvgChart
{
    /// <summary>A line chart of levels over time, the y axis fixed to <paramref name="min"/>..<paramref name="max"/>.</summary>
    public static string LevelsOverTime(IReadOnlyList<ChartSeries> series, int min, int max, string yLabel, int width = 640, int height = 320)
    {
        ArgumentNullException.ThrowIfNull(series);
        var plot = new ScottPlot.Plot();
        try
        {
            foreach (var line in series.Where(s => s.Points.Count > 0))
            {
                var scatter = plot.Add.Scatter(line.Points.Select(p => p.At.ToOADate()).ToArray(), line.Points.Select(p => p.Value).ToArray());
                scatter.LegendText = line.Label;
                scatter.MarkerSize = 8;
                scatter.LineWidth = 2;
            }

            plot.Axes.DateTimeTicksBottom();
            plot.Axes.SetLimitsY(min - 0.5, max + 0.5);
            plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
                [.. Enumerable.Range(min, max - min + 1).Select(v => (double)v)],
                [.. Enumerable.Range(min, max - min + 1).Select(v => v.ToString(CultureInfo.InvariantCulture))]);
            plot.YLabel(yLabel);
            plot.ShowLegend(ScottPlot.Edge.Bottom);
            return plot.GetSvgHtml(width, height);
        }
        finally
        {
            plot.Dispose();
        }
    }

    /// <summary>The SVG as an image source, so the picture stays apart from the page's own ids and styles.</summary>
    public static string DataUri(string svg) => "data:image/svg+xml;base64," + Convert.ToBase64String(Encoding.UTF8.GetBytes(svg));
}
