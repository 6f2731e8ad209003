using System.Net;
using System.Text;
using System.Text.Json;
using LcPeers.Api.Tests.Infrastructure;
using MiniExcelLibs;

namespace LcPeers.Api.Tests.Monitor;

/// <summary>
/// Needs against supply through HTTP on a database of this class's own: two requests in Zeeland for continuity and
/// financing in the continuation phase, one expert who could take the continuity part, two who could not.
/// </summary>
public sealed class NeedsTests(LcPeersApiFactory factory) : IClassFixture<LcPeersApiFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static JsonElement Row(JsonElement needs, string phase, string bottleneck, string? province) =>
        needs.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("phase").GetString() == phase
            && r.GetProperty("bottleneck").GetString() == bottleneck && r.GetProperty("province").GetString() == province);

    private async Task ArrangeAsync()
    {
        var withdrawn = await new Scenario(factory, Scenario.NewTag()).WithRequestAsync();
        var engaged = await new Scenario(factory, Scenario.NewTag()).WithRequestAsync();
        var tag = Scenario.NewTag();
        var noConsent = Bodies.Expert("Zonder toestemming", $"nc-{tag}@experts.example").With("consent", false);
        var onlyAware = Bodies.Expert("Alleen bewust", $"aware-{tag}@experts.example").With("competences", new[] { new { bottleneck = "continuity", level = 1 } });
        await (await factory.ClientAs($"nc-{tag}@accounts.example", "Expert").PostJsonAsync("/api/experts", noConsent)).ReadJsonAsync(HttpStatusCode.Created);
        await (await factory.ClientAs($"aware-{tag}@accounts.example", "Expert").PostJsonAsync("/api/experts", onlyAware)).ReadJsonAsync(HttpStatusCode.Created);

        factory.Time.Advance(TimeSpan.FromDays(3));
        await engaged.EngagedAsync(1); // level 3 on continuity, guided continuation, Zeeland and Zuid-Holland; one of two engagements used
        await (await withdrawn.Coordinator.PostJsonAsync($"/api/requests/{withdrawn.RequestId}/withdraw", new { reason = "Elders geholpen" }))
            .ReadJsonAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Needs_CountRequestsAgainstExpertsWhoCouldTakeThemNow_PerPhaseBottleneckAndProvince_AsJsonCsvAndXlsx()
    {
        await ArrangeAsync();
        var staff = factory.StaffClient();

        var needs = await (await staff.GetAsync("/api/monitor/needs", Ct)).ReadJsonAsync(HttpStatusCode.OK);

        Assert.Equal(12, needs.GetProperty("months").GetInt32());
        Assert.Equal(4 * 6 * 13, needs.GetProperty("rows").GetArrayLength()); // every phase × bottleneck, nationally and per province
        var continuity = Row(needs, "continuation", "continuity", "Zeeland");
        Assert.Equal(2, continuity.GetProperty("requests").GetInt32());
        Assert.Equal(1, continuity.GetProperty("eligibleExperts").GetInt32()); // not the one without consent, not the one at level 1
        Assert.Equal(0.5, continuity.GetProperty("ratio").GetDouble());
        Assert.Equal(3.0, continuity.GetProperty("medianDaysToMatch").GetDouble());
        Assert.Equal(0.5, continuity.GetProperty("unmatchedShare").GetDouble()); // the withdrawn one, closed without a match
        var financing = Row(needs, "continuation", "financing", "Zeeland");
        Assert.Equal(2, financing.GetProperty("requests").GetInt32());
        Assert.Equal(0, financing.GetProperty("eligibleExperts").GetInt32());
        var elsewhere = Row(needs, "continuation", "continuity", "Zuid-Holland");
        Assert.Equal(0, elsewhere.GetProperty("requests").GetInt32());
        Assert.Equal(1, elsewhere.GetProperty("eligibleExperts").GetInt32());
        Assert.Equal(JsonValueKind.Null, elsewhere.GetProperty("ratio").ValueKind);
        Assert.Equal(JsonValueKind.Null, elsewhere.GetProperty("medianDaysToMatch").ValueKind);
        Assert.Equal(1, Row(needs, "continuation", "continuity", null).GetProperty("eligibleExperts").GetInt32());
        Assert.Equal(0, Row(needs, "startup", "continuity", "Zeeland").GetProperty("eligibleExperts").GetInt32()); // never guided a startup

        var zeeland = await (await staff.GetAsync("/api/monitor/needs?province=zeeland&phase=continuation", Ct)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(6, zeeland.GetProperty("rows").GetArrayLength());
        Assert.All(zeeland.GetProperty("rows").EnumerateArray(), r => Assert.Equal("Zeeland", r.GetProperty("province").GetString()));

        var csv = await staff.GetAsync("/api/monitor/needs?format=csv", Ct);
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        var bytes = await csv.Content.ReadAsByteArrayAsync(Ct);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]); // UTF-8 with BOM: Dutch Excel reads the ï in Continuïteit right
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n");
        Assert.Equal("phase;bottleneck;province;requests;eligibleExperts;ratio;medianDaysToMatch;unmatchedShare", lines[0]);
        Assert.Contains("continuation;continuity;Zeeland;2;1;0,5;3;0,5", lines); // semicolons, decimal commas
        Assert.Equal(1 + (4 * 6 * 13), lines.Count(l => l.Length > 0));

        var xlsx = await staff.GetAsync("/api/monitor/needs?format=xlsx&province=Zeeland", Ct);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType!.MediaType);
        using var workbook = new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync(Ct));
        var sheet = workbook.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(4 * 6, sheet.Count);
        var cell = sheet.Single(r => (string?)r["phase"] == "continuation" && (string?)r["bottleneck"] == "financing");
        Assert.Equal(2d, Convert.ToDouble(cell["requests"], System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("?months=0", "months")]
    [InlineData("?months=121", "months")]
    [InlineData("?phase=launch", "phase")]
    [InlineData("?bottleneck=money", "bottleneck")]
    [InlineData("?province=Vlaanderen", "province")]
    [InlineData("?format=pdf", "format")]
    public async Task Needs_BadFilter_Is400NamingTheField(string query, string field) =>
        await (await factory.StaffClient().GetAsync("/api/monitor/needs" + query, Ct)).AssertValidationProblemAsync(field);

    [Fact]
    public async Task Needs_AndMonitorDownloads_AreForStaffOnly_401BeforeForbiddenBeforeBadInput()
    {
        var coordinator = factory.ClientAs($"c-{Scenario.NewTag()}@lc.example", "Coordinator");
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.CreateClient().GetAsync("/api/monitor/needs?format=pdf", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await coordinator.GetAsync("/api/monitor/needs?months=0", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await coordinator.GetAsync("/api/monitor?format=csv", Ct)).StatusCode);

        var monitor = await factory.StaffClient().GetAsync("/api/monitor?format=csv", Ct);
        var text = Encoding.UTF8.GetString(await monitor.Content.ReadAsByteArrayAsync(Ct));
        Assert.Contains("learningCommunitiesByPhase", text, StringComparison.Ordinal);
        Assert.Contains("\r\nkey;value\r\n", text, StringComparison.Ordinal);
        Assert.Contains("learningCommunities;52", text, StringComparison.Ordinal);
    }
}
