using System.Net;
using System.Text;
using LcPeers.Api.Tests.Infrastructure;

namespace LcPeers.Api.Tests.Monitor;

/// <summary>Impact reports per LC and period, and the monitor's impact totals, on a database of this class's own.</summary>
public sealed class ImpactReportTests(LcPeersApiFactory factory) : IClassFixture<LcPeersApiFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static object Body(string period, int students = 40, string? narrative = "Twee nieuwe leerlijnen.") =>
        new { period, studentsTrained = students, workersUpskilled = 12, innovations = 3, partnersJoined = 2, partnersLeft = 0, narrative };

    private async Task<(Scenario Scenario, HttpClient Coordinator)> CoordinatorOfAsync(string lc)
    {
        var s = await new Scenario(factory, Scenario.NewTag()).WithRequestAsync(lc);
        return (s, s.Coordinator);
    }

    [Fact]
    public async Task Coordinator_ReportsOncePerPeriod_EditsWithTheVersion_AndTheMonitorSumsPerYear_MissingIsNotZero()
    {
        var (wind, coordinator) = await CoordinatorOfAsync("CIV Wind op Zee");
        var (seece, other) = await CoordinatorOfAsync("SEECE");

        var created = await (await coordinator.PostJsonAsync($"/api/learning-communities/{wind.LcId}/impact-reports", Body("2027"))).ReadJsonAsync(HttpStatusCode.Created);
        var id = created.GetProperty("id").GetGuid();
        await (await coordinator.PostJsonAsync($"/api/learning-communities/{wind.LcId}/impact-reports", Body("2027", 1)))
            .AssertProblemCodeAsync(HttpStatusCode.Conflict, "impact-report.period-taken");
        await (await other.PostJsonAsync($"/api/learning-communities/{seece.LcId}/impact-reports", Body("2027", 10, null))).ReadJsonAsync(HttpStatusCode.Created);
        await (await other.PostJsonAsync($"/api/learning-communities/{seece.LcId}/impact-reports", Body("2026", 5, null))).ReadJsonAsync(HttpStatusCode.Created);

        var reports = await (await coordinator.GetAsync($"/api/learning-communities/{wind.LcId}/impact-reports", Ct)).ReadJsonAsync(HttpStatusCode.OK);
        var report = reports[0];
        Assert.Equal(40, report.GetProperty("studentsTrained").GetInt32());
        Assert.Equal("output", report.GetProperty("stages").GetProperty("studentsTrained").GetString());
        Assert.Equal("outcome", report.GetProperty("stages").GetProperty("innovations").GetString());
        Assert.Equal("input", report.GetProperty("stages").GetProperty("partnersJoined").GetString());
        var version = report.GetProperty("version").GetInt32();

        var edit = new { studentsTrained = 45, workersUpskilled = 12, innovations = 4, partnersJoined = 2, partnersLeft = 1, narrative = "Bijgewerkt.", version };
        var updated = await (await coordinator.PutJsonAsync($"/api/learning-communities/{wind.LcId}/impact-reports/{id}", edit)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(45, updated.GetProperty("studentsTrained").GetInt32());
        await (await coordinator.PutJsonAsync($"/api/learning-communities/{wind.LcId}/impact-reports/{id}", edit)) // the same, stale version
            .AssertProblemCodeAsync(HttpStatusCode.Conflict, "concurrency.stale-version");

        var impact = await (await factory.StaffClient().GetAsync("/api/monitor/impact", Ct)).ReadJsonAsync(HttpStatusCode.OK);
        var years = impact.GetProperty("years").EnumerateArray().ToList();
        Assert.Equal([2026, 2027], years.Select(y => y.GetProperty("year").GetInt32()));
        var y2027 = years[1];
        Assert.Equal(2, y2027.GetProperty("learningCommunitiesReporting").GetInt32());
        Assert.Equal(50, y2027.GetProperty("learningCommunitiesMissing").GetInt32()); // 52 LCs, all active in the seed: missing, not zero
        Assert.Equal(55, y2027.GetProperty("totals").GetProperty("studentsTrained").GetInt32());
        Assert.Equal(7, y2027.GetProperty("totals").GetProperty("innovations").GetInt32());
        Assert.Equal(51, years[0].GetProperty("learningCommunitiesMissing").GetInt32());
        var zeeland = impact.GetProperty("breakdown").EnumerateArray()
            .Single(r => r.GetProperty("year").GetInt32() == 2027 && r.GetProperty("by").GetString() == "province" && r.GetProperty("key").GetString() == "Zeeland");
        Assert.Equal(45, zeeland.GetProperty("totals").GetProperty("studentsTrained").GetInt32());

        var csv = Encoding.UTF8.GetString(await (await factory.StaffClient().GetAsync("/api/monitor/impact?format=csv", Ct)).Content.ReadAsByteArrayAsync(Ct));
        Assert.Contains("year;learningCommunitiesReporting;learningCommunitiesMissing;reports;studentsTrained;workersUpskilled;innovations;partnersJoined;partnersLeft\r\n" +
            "2026;1;51;1;5;12;3;2;0\r\n2027;2;50;2;55;24;7;4;1\r\n", csv, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("period", "27")]
    [InlineData("period", "2027-H3")]
    [InlineData("period", "1999")]
    [InlineData("studentsTrained", -1)]
    [InlineData("studentsTrained", 100001)]
    [InlineData("innovations", 10001)]
    [InlineData("partnersLeft", null)]
    [InlineData("narrative", "tekst\u0000met NUL")]
    public async Task BadFigures_Are400NamingTheField_AndStoreNothing(string field, object? value)
    {
        var (s, coordinator) = await CoordinatorOfAsync("FiDETT");
        var body = new Dictionary<string, object?> { ["period"] = "2028", ["studentsTrained"] = 1, ["workersUpskilled"] = 1, ["innovations"] = 1, ["partnersJoined"] = 0, ["partnersLeft"] = 0 };
        body[field] = value;

        await (await coordinator.PostJsonAsync($"/api/learning-communities/{s.LcId}/impact-reports", body)).AssertValidationProblemAsync(field);

        var stored = await (await coordinator.GetAsync($"/api/learning-communities/{s.LcId}/impact-reports", Ct)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(0, stored.GetArrayLength());
    }

    [Fact]
    public async Task AnotherLcsCoordinator_Gets403BeforeAny400_Anonymous401_UnknownLc404()
    {
        var (s, _) = await CoordinatorOfAsync("Gas erop!");
        var outsider = factory.ClientAs($"outsider-{Scenario.NewTag()}@lc.example", "Coordinator");

        Assert.Equal(HttpStatusCode.Forbidden, (await outsider.PostJsonAsync($"/api/learning-communities/{s.LcId}/impact-reports", new { period = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await outsider.GetAsync($"/api/learning-communities/{s.LcId}/impact-reports", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.CreateClient().PostJsonAsync($"/api/learning-communities/{s.LcId}/impact-reports", Body("2027"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await s.Coordinator.GetAsync("/api/monitor/impact", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await factory.StaffClient().PostJsonAsync($"/api/learning-communities/{Guid.NewGuid()}/impact-reports", Body("2027"))).StatusCode);
    }
}
