using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using LcPeers.Api.Tests.Infrastructure;
using LcPeers.Domain.LearningCommunities;
using LcPeers.Domain.Reference;
using Microsoft.EntityFrameworkCore;

namespace LcPeers.Api.Tests.Monitor;

/// <summary>
/// Every monitor route narrows by period (years), phase, sector and province, as JSON and as CSV; a bad filter is a
/// 400 naming it, after 401 and 403. On a database of this class's own: one peer review in Zeeland (an offshore-wind LC
/// in execution) and one in Overijssel (a new-gas LC starting up), each with an impact report.
/// </summary>
public sealed class MonitorFilterTests(LcPeersApiFactory factory) : IClassFixture<LcPeersApiFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly SemaphoreSlim Arranged = new(1, 1);
    private static bool IsArranged;

    private async Task ArrangeAsync()
    {
        await Arranged.WaitAsync(Ct);
        try
        {
            if (IsArranged)
            {
                return;
            }

            await ReviewedAsync("CIV Wind op Zee", "execution", "Zeeland", [Sectors.OffshoreWind], 2);
            await ReviewedAsync("Gas erop!", "startup", "Overijssel", [Sectors.NewGas], 4);
            IsArranged = true;
        }
        finally
        {
            Arranged.Release();
        }
    }

    private async Task ReviewedAsync(string lc, string phase, string region, string[] sectors, int level)
    {
        var s = await new Scenario(factory, Scenario.NewTag()).WithRequestAsync(lc, b =>
        {
            b["kind"] = "peer-review";
            b["tool"] = "Peer review";
            b["phase"] = phase;
            b["region"] = region;
        });
        await s.InDbAsync(async db =>
        {
            var entity = await db.LearningCommunities.SingleAsync(l => l.Id == new LearningCommunityId(s.LcId), Ct);
            entity.Update(new LearningCommunityProfile(entity.Name, entity.Region, entity.Type, entity.Status, entity.Phase, entity.PartnerCount,
                entity.PartnerOrganisations, sectors, entity.Contacts, entity.Description), factory.Time.GetUtcNow());
            return await db.SaveChangesAsync(Ct);
        });
        var (_, _, engagement) = await s.EngagedAsync(1);
        await s.FileReportAsync(engagement, [level, level, level, level]);
        var impact = new { period = Year.ToString(CultureInfo.InvariantCulture), studentsTrained = 10 * level, workersUpskilled = 1, innovations = 0, partnersJoined = 0, partnersLeft = 0 };
        await (await s.Coordinator.PostJsonAsync($"/api/learning-communities/{s.LcId}/impact-reports", impact)).ReadJsonAsync(HttpStatusCode.Created);
    }

    private int Year => factory.Time.GetUtcNow().Year;

    private async Task<JsonElement> GetAsync(string route) => await (await factory.StaffClient().GetAsync(route, Ct)).ReadJsonAsync(HttpStatusCode.OK);

    private static int ValueOf(JsonElement counts, string key) =>
        counts.EnumerateArray().Single(c => c.GetProperty("key").GetString() == key).GetProperty("value").GetInt32();

    [Fact]
    public async Task Counts_NarrowTheLcsAndTheirWork_ByProvincePhaseSectorAndYear()
    {
        await ArrangeAsync();

        var all = await GetAsync("/api/monitor");
        var zeeland = await GetAsync("/api/monitor?province=Zeeland");
        var windByPhase = await GetAsync("/api/monitor?phase=execution");
        var gas = await GetAsync("/api/monitor?sector=new-gas");
        var later = await GetAsync($"/api/monitor?from={Year + 1}");

        Assert.Equal(52, all.GetProperty("learningCommunities").GetInt32());
        Assert.Equal(2, all.GetProperty("requests").GetInt32());
        Assert.InRange(zeeland.GetProperty("learningCommunities").GetInt32(), 1, 51); // the LCs whose region lies in Zeeland
        Assert.Equal(1, zeeland.GetProperty("requests").GetInt32());
        Assert.Equal(1, ValueOf(zeeland.GetProperty("engagementsByStatus"), "active"));
        Assert.Equal(1, windByPhase.GetProperty("requests").GetInt32());
        Assert.Equal(1, gas.GetProperty("learningCommunities").GetInt32());
        Assert.Equal(1, gas.GetProperty("requests").GetInt32());
        Assert.Equal(0, later.GetProperty("requests").GetInt32());
        Assert.Equal(0, ValueOf(later.GetProperty("proposalsByStatus"), "accepted"));
        Assert.Equal(2, ValueOf(all.GetProperty("proposalsByStatus"), "accepted"));
    }

    [Fact]
    public async Task Quality_Impact_ToolsAndNeeds_FollowTheSameFilter_AlsoAsCsv()
    {
        await ArrangeAsync();

        Assert.Equal(2, (await GetAsync("/api/monitor/quality")).GetProperty("reports").GetInt32());
        var zeeland = await GetAsync("/api/monitor/quality?province=Zeeland");
        Assert.Equal(1, zeeland.GetProperty("reports").GetInt32());
        Assert.All(zeeland.GetProperty("rows").EnumerateArray(), r => Assert.Equal(2.0, r.GetProperty("meanLevel").GetDouble()));
        Assert.Equal(0, (await GetAsync($"/api/monitor/quality?to={Year - 1}")).GetProperty("reports").GetInt32());
        Assert.Equal(2, (await GetAsync($"/api/monitor/quality?from={Year}&to={Year}")).GetProperty("reports").GetInt32());

        var impact = await GetAsync("/api/monitor/impact?sector=new-gas");
        var year = impact.GetProperty("years").EnumerateArray().Single();
        Assert.Equal(1, year.GetProperty("learningCommunitiesReporting").GetInt32());
        Assert.Equal(40, year.GetProperty("totals").GetProperty("studentsTrained").GetInt32());
        Assert.Equal(0, year.GetProperty("learningCommunitiesMissing").GetInt32()); // the only new-gas LC reported
        Assert.Empty((await GetAsync($"/api/monitor/impact?from={Year + 1}")).GetProperty("years").EnumerateArray());

        static int PeerReviewUse(JsonElement tools) => tools.GetProperty("items").EnumerateArray()
            .Single(t => t.GetProperty("name").GetString() == "Peer review").GetProperty("use").GetProperty("requests").GetInt32();
        Assert.Equal(2, PeerReviewUse(await GetAsync("/api/monitor/tools")));
        Assert.Equal(1, PeerReviewUse(await GetAsync("/api/monitor/tools?phase=startup")));
        Assert.Equal(0, PeerReviewUse(await GetAsync($"/api/monitor/tools?from={Year + 1}")));

        static int Requests(JsonElement needs) => needs.GetProperty("rows").EnumerateArray()
            .Where(r => r.GetProperty("province").ValueKind == JsonValueKind.Null).Sum(r => r.GetProperty("requests").GetInt32());
        var national = Requests(await GetAsync("/api/monitor/needs"));
        Assert.True(national >= 2);
        Assert.Equal(national / 2, Requests(await GetAsync("/api/monitor/needs?sector=offshore-wind"))); // both ask about the same two bottlenecks
        Assert.Equal(0, Requests(await GetAsync($"/api/monitor/needs?from={Year - 2}&to={Year - 1}")));

        var csv = Encoding.UTF8.GetString(await (await factory.StaffClient().GetAsync("/api/monitor/quality?province=Zeeland&format=csv", Ct)).Content.ReadAsByteArrayAsync(Ct));
        Assert.Contains($"\r\n{Year};vision-and-ambition;1;0;1;0;0;0;2\r\n", csv, StringComparison.Ordinal);
        Assert.Empty((await GetAsync($"/api/monitor/history?from={Year + 1}")).GetProperty("months").EnumerateArray());
        Assert.NotEmpty((await GetAsync($"/api/monitor/history?from={Year}")).GetProperty("months").EnumerateArray()); // the start-up snapshot
    }

    [Theory]
    [InlineData("", "?from=1999", "from")]
    [InlineData("", "?to=2101", "to")]
    [InlineData("/quality", "?from=2027&to=2026", "to")]
    [InlineData("/impact", "?sector=space", "sector")]
    [InlineData("/tools", "?phase=launch", "phase")]
    [InlineData("/tools", "?province=Atlantis", "province")]
    [InlineData("/needs", "?sector=space", "sector")]
    [InlineData("/needs", "?from=2028&to=2027", "to")]
    [InlineData("/history", "?from=1900", "from")]
    public async Task BadFilter_Is400NamingTheField_AfterAnonymous401AndCoordinator403(string route, string query, string field)
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.CreateClient().GetAsync("/api/monitor" + route + query, Ct)).StatusCode);
        var coordinator = factory.ClientAs($"c-{Scenario.NewTag()}@lc.example", "Coordinator");
        Assert.Equal(HttpStatusCode.Forbidden, (await coordinator.GetAsync("/api/monitor" + route + query, Ct)).StatusCode);

        await (await factory.StaffClient().GetAsync("/api/monitor" + route + query, Ct)).AssertValidationProblemAsync(field);
    }
}
