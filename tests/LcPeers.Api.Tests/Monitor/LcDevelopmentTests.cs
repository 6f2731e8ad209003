using System.Net;
using System.Text;
using AngleSharp.Html.Parser;
using LcPeers.Api.Tests.Infrastructure;

namespace LcPeers.Api.Tests.Monitor;

/// <summary>
/// An LC's development over time on its directory page: the levels of every peer-review report as a chart with a
/// text alternative and the same numbers in a table, for the LC's coordinators and staff only.
/// </summary>
public sealed class LcDevelopmentTests(LcPeersApiFactory factory) : IClassFixture<LcPeersApiFactory>
{
    private const string Lc = "Gas erop!";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<Scenario> ReviewedAsync(params int[] levels)
    {
        var s = await new Scenario(factory, Scenario.NewTag()).WithRequestAsync(Lc, b => b["kind"] = "peer-review");
        var (_, _, engagementId) = await s.EngagedAsync(1);
        var dimensions = new[] { "vision-and-ambition", "collaboration-and-governance", "learning-working-innovating", "continuity-and-embedding" }
            .Select((d, i) => new { dimension = d, level = levels[i], findings = $"Bevinding {d}", advice = $"Advies {d}" }).ToArray();
        await (await s.Expert(1).PostJsonAsync($"/api/engagements/{engagementId}/report", new { dimensions })).ReadJsonAsync(HttpStatusCode.Created);
        return s;
    }

    private static async Task<AngleSharp.Dom.IDocument> PageAsync(HttpClient client, Guid lcId)
    {
        var response = await client.GetAsync($"/learning-communities/{lcId}", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task LcPage_ShowsTheLevelsAcrossReports_AsChartAndTable_ForItsCoordinatorsAndStaffOnly()
    {
        var first = await ReviewedAsync(2, 3, 1, 4);
        factory.Time.Advance(TimeSpan.FromDays(5));
        await ReviewedAsync(3, 3, 2, 4);

        var page = await PageAsync(factory.StaffClient(), first.LcId);

        var section = page.QuerySelector("#lc-development")!;
        var rows = section.QuerySelectorAll("table.development tbody tr");
        Assert.Equal(2, rows.Length);
        Assert.Equal(["2", "3", "1", "4"], rows[0].QuerySelectorAll("td").Select(td => td.TextContent.Trim()));
        Assert.Equal(["3", "3", "2", "4"], rows[1].QuerySelectorAll("td").Select(td => td.TextContent.Trim()));
        var image = section.QuerySelector("figure img")!;
        Assert.Contains("Visie en ambitie van 2 naar 3", image.GetAttribute("alt"), StringComparison.Ordinal);
        const string prefix = "data:image/svg+xml;base64,";
        Assert.StartsWith(prefix, image.GetAttribute("src"), StringComparison.Ordinal);
        var svg = Encoding.UTF8.GetString(Convert.FromBase64String(image.GetAttribute("src")![prefix.Length..]));
        Assert.Contains("<svg", svg, StringComparison.Ordinal);
        Assert.Contains("Visie en ambitie", svg, StringComparison.Ordinal); // the legend

        Assert.NotNull((await PageAsync(first.Coordinator, first.LcId)).QuerySelector("#lc-development table.development"));
        Assert.Null((await PageAsync(factory.CreateClient(), first.LcId)).QuerySelector("#lc-development"));
        Assert.Null((await PageAsync(factory.ClientAs($"other-{Scenario.NewTag()}@lc.example", "Coordinator"), first.LcId)).QuerySelector("#lc-development"));
    }
}
