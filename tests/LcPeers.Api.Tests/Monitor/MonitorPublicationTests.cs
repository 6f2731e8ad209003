using System.Net;
using LcPeers.Api.Tests.Infrastructure;
using LcPeers.Domain.Auditing;
using LcPeers.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LcPeers.Api.Tests.Monitor;

/// <summary>
/// Staff decide per aggregate what the public network monitor shows; nothing is public before they do, none of it names
/// an LC, a stale choice is 409 and a bad one 400 (after 401 and 403), and every change is audited.
/// </summary>
public sealed class MonitorPublicationTests(LcPeersApiFactory factory) : IClassFixture<LcPeersApiFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task NothingIsPublicUntilStaffChoose_ThenExactlyTheChosenAggregates_WithoutLcNames_AndAudited()
    {
        var s = await new Scenario(factory, Scenario.NewTag()).WithRequestAsync("Gas erop!", b => b["kind"] = "peer-review");
        var (_, _, engagement) = await s.EngagedAsync(1);
        await s.FileReportAsync(engagement, [3, 3, 3, 3], findings: "Bevinding bij Gas erop!");
        var visitor = factory.CreateClient();
        var staff = factory.StaffClient();

        var before = await (await visitor.GetAsync("/api/monitor/public", Ct)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Empty(before.GetProperty("published").EnumerateArray());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, before.GetProperty("quality").ValueKind);
        var publication = await (await staff.GetAsync("/api/monitor/publication", Ct)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(["needs", "quality", "impact", "history"], publication.GetProperty("aggregates").EnumerateArray().Select(a => a.GetString()));
        var version = publication.GetProperty("version").GetInt32();

        var changed = await (await staff.PutJsonAsync("/api/monitor/publication", new { aggregates = new[] { "impact", "quality" }, version })).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(["quality", "impact"], changed.GetProperty("published").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal(version + 1, changed.GetProperty("version").GetInt32());

        var after = await visitor.GetAsync("/api/monitor/public", Ct);
        var text = await after.Content.ReadAsStringAsync(Ct);
        var body = await after.ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(1, body.GetProperty("quality").GetProperty("reports").GetInt32());
        Assert.Equal(System.Text.Json.JsonValueKind.Object, body.GetProperty("impact").ValueKind);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, body.GetProperty("needs").ValueKind);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, body.GetProperty("history").ValueKind);
        Assert.DoesNotContain("Gas erop", text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await visitor.GetAsync("/api/monitor/quality", Ct)).StatusCode); // the staff route stays staff-only

        await (await staff.PutJsonAsync("/api/monitor/publication", new { aggregates = new[] { "needs" }, version }))
            .AssertProblemCodeAsync(HttpStatusCode.Conflict, "concurrency.stale-version");
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LcPeersDbContext>();
        var audit = await db.AuditEntries.Where(a => a.EntityType == AuditEntityKinds.MonitorPublication).ToListAsync(Ct);
        var entry = Assert.Single(audit);
        Assert.Equal(AuditActions.Changed, entry.Action);
        Assert.Equal("quality,impact", entry.To);
    }

    [Theory]
    [InlineData("""{ "aggregates": ["names"], "version": 1 }""", "aggregates[0]")]
    [InlineData("""{ "aggregates": ["quality"] }""", "version")]
    [InlineData("""{ "version": 1 }""", "aggregates")]
    public async Task BadChoice_Is400NamingTheField_After401And403_AndChangesNothing(string json, string field)
    {
        StringContent content() => new(json, System.Text.Encoding.UTF8, "application/json");
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.CreateClient().PutAsync("/api/monitor/publication", content(), Ct)).StatusCode);
        var coordinator = factory.ClientAs($"c-{Scenario.NewTag()}@lc.example", "Coordinator");
        Assert.Equal(HttpStatusCode.Forbidden, (await coordinator.PutAsync("/api/monitor/publication", content(), Ct)).StatusCode);
        var staff = factory.StaffClient();
        var version = (await (await staff.GetAsync("/api/monitor/publication", Ct)).ReadJsonAsync(HttpStatusCode.OK)).GetProperty("version").GetInt32();

        await (await staff.PutAsync("/api/monitor/publication", content(), Ct)).AssertValidationProblemAsync(field);

        Assert.Equal(version, (await (await staff.GetAsync("/api/monitor/publication", Ct)).ReadJsonAsync(HttpStatusCode.OK)).GetProperty("version").GetInt32());
    }
}
