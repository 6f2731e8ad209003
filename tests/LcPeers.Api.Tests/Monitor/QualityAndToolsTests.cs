using System.Net;
using System.Text;
using System.Text.Json;
using LcPeers.Api.Tests.Infrastructure;

namespace LcPeers.Api.Tests.Monitor;

/// <summary>Quality over time (levels per dimension per year, no LC named) and tools by use, through HTTP on a database of this class's own.</summary>
public sealed class QualityAndToolsTests(LcPeersApiFactory factory) : IClassFixture<LcPeersApiFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly string[] Dimensions = ["vision-and-ambition", "collaboration-and-governance", "learning-working-innovating", "continuity-and-embedding"];

    private async Task<(Scenario Scenario, Guid Engagement)> ReviewedAsync(string lc, string? tool, params int[] levels)
    {
        var s = await new Scenario(factory, Scenario.NewTag()).WithRequestAsync(lc, b =>
        {
            b["kind"] = "peer-review";
            b["tool"] = tool;
        });
        var (_, _, engagement) = await s.EngagedAsync(1);
        await s.FileReportAsync(engagement, levels);
        return (s, engagement);
    }

    [Fact]
    public async Task Quality_CountsLevelsPerDimensionPerYear_AndTools_CountUseAndRatings_MostUsedFirst()
    {
        var (rated, engagement) = await ReviewedAsync("Gas erop!", "Peer review", 2, 3, 1, 4);
        await ReviewedAsync("SEECE", "Peer review", 3, 3, 2, 4);
        await new Scenario(factory, Scenario.NewTag()).WithRequestAsync("FiDETT", b => b["tool"] = "Actiescan Learning Communities");
        Assert.Equal(HttpStatusCode.OK, (await rated.Staff.PostAsync($"/api/engagements/{engagement}/complete", null, Ct)).StatusCode);
        await (await rated.Coordinator.PostJsonAsync($"/api/engagements/{engagement}/feedback", new { rating = 4, comment = "Goed" })).ReadJsonAsync(HttpStatusCode.Created);
        var staff = factory.StaffClient();

        var quality = await (await staff.GetAsync("/api/monitor/quality", Ct)).ReadJsonAsync(HttpStatusCode.OK);

        Assert.Equal(2, quality.GetProperty("reports").GetInt32());
        Assert.Equal(2, quality.GetProperty("learningCommunitiesReviewed").GetInt32());
        var rows = quality.GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal(Dimensions, rows.Select(r => r.GetProperty("dimension").GetString()));
        Assert.All(rows, r => Assert.Equal(2027, r.GetProperty("year").GetInt32()));
        Assert.Equal([0, 1, 1, 0, 0], rows[0].GetProperty("levelCounts").EnumerateArray().Select(e => e.GetInt32()));
        Assert.Equal(2.5, rows[0].GetProperty("meanLevel").GetDouble());
        Assert.Equal(4.0, rows[3].GetProperty("meanLevel").GetDouble());
        Assert.DoesNotContain("Gas erop", quality.GetRawText(), StringComparison.Ordinal);
        var csv = Encoding.UTF8.GetString(await (await staff.GetAsync("/api/monitor/quality?format=csv", Ct)).Content.ReadAsByteArrayAsync(Ct)).TrimStart('\uFEFF');
        Assert.StartsWith("year;dimension;reports;level1;level2;level3;level4;level5;meanLevel\r\n2027;vision-and-ambition;2;0;1;1;0;0;2,5\r\n", csv, StringComparison.Ordinal);

        var tools = await (await factory.CreateClient().GetAsync("/api/tools?sort=use", Ct)).ReadJsonAsync(HttpStatusCode.OK); // public: counts, no LC names
        var items = tools.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal("Peer review", items[0].GetProperty("name").GetString());
        var use = items[0].GetProperty("use");
        Assert.Equal(2, use.GetProperty("requests").GetInt32());
        Assert.Equal(2, use.GetProperty("engagements").GetInt32());
        Assert.Equal(1, use.GetProperty("ratings").GetInt32());
        Assert.Equal(4.0, use.GetProperty("averageRating").GetDouble());
        var actiescan = items.Single(i => i.GetProperty("name").GetString() == "Actiescan Learning Communities").GetProperty("use");
        Assert.Equal(1, actiescan.GetProperty("requests").GetInt32());
        Assert.Equal(0, actiescan.GetProperty("engagements").GetInt32());
        Assert.Equal(JsonValueKind.Null, actiescan.GetProperty("averageRating").ValueKind);
        Assert.Equal("Actiescan Learning Communities", items[1].GetProperty("name").GetString());
        var byNumber = await (await factory.CreateClient().GetAsync("/api/tools", Ct)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(1, byNumber.GetProperty("items")[0].GetProperty("number").GetInt32());
        await (await factory.CreateClient().GetAsync("/api/tools?sort=popularity", Ct)).AssertValidationProblemAsync("sort");

        var monitorTools = Encoding.UTF8.GetString(await (await staff.GetAsync("/api/monitor/tools?format=csv", Ct)).Content.ReadAsByteArrayAsync(Ct)).TrimStart('\uFEFF');
        Assert.StartsWith("number;name;requests;engagements;ratings;averageRating\r\n9;Peer review;2;2;1;4\r\n", monitorTools, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await rated.Coordinator.GetAsync("/api/monitor/quality", Ct)).StatusCode);
    }
}
