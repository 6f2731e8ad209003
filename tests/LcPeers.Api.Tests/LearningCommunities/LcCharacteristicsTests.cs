using System.Net;
using LcPeers.Api.Tests.Infrastructure;

namespace LcPeers.Api.Tests.LearningCommunities;

/// <summary>
/// The characteristics the report judges an LC's set-up by (ch. 2.1.3), without tick-boxes: how many partners of each
/// kind (education per level, companies, SMEs, governments, research) and the year it started; bad values are a 400
/// naming the field and change nothing.
/// </summary>
public sealed class LcCharacteristicsTests(LcPeersApiFactory factory) : IClassFixture<LcPeersApiFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<Guid> CreateAsync(object? partnerTypes = null, int? startedYear = null)
    {
        var body = new { name = $"Kenmerken LC {Scenario.NewTag()}", region = "Utrecht", partnerTypes, startedYear };
        return (await (await factory.StaffClient().PostJsonAsync("/api/learning-communities", body)).ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
    }

    [Fact]
    public async Task PartnerTypesAndStartedYear_AreKeptInTheReportsOrder_AndAPutWithoutThemClearsThem()
    {
        var id = await CreateAsync(new[] { new { type = "sme", count = 4 }, new { type = "mbo", count = 2 }, new { type = "research", count = 1 } }, 2019);

        var lc = await (await factory.CreateClient().GetAsync($"/api/learning-communities/{id}", Ct)).ReadJsonAsync(HttpStatusCode.OK);

        Assert.Equal(["mbo:2", "sme:4", "research:1"],
            lc.GetProperty("partnerTypes").EnumerateArray().Select(p => $"{p.GetProperty("type").GetString()}:{p.GetProperty("count").GetInt32()}"));
        Assert.Equal(2019, lc.GetProperty("startedYear").GetInt32());

        var cleared = await (await factory.StaffClient().PutJsonAsync($"/api/learning-communities/{id}", new { name = lc.GetProperty("name").GetString(), version = 1 }))
            .ReadJsonAsync(HttpStatusCode.OK);
        Assert.Empty(cleared.GetProperty("partnerTypes").EnumerateArray());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, cleared.GetProperty("startedYear").ValueKind);
    }

    [Theory]
    [InlineData("""[{ "type": "bank", "count": 1 }]""", null, "partnerTypes[0].type")]
    [InlineData("""[{ "type": "mbo", "count": 0 }]""", null, "partnerTypes[0].count")]
    [InlineData("""[{ "type": "mbo" }]""", null, "partnerTypes[0].count")]
    [InlineData("""[{ "type": "mbo", "count": 1 }, { "type": "mbo", "count": 2 }]""", null, "partnerTypes")]
    [InlineData("[]", 1800, "startedYear")]
    public async Task BadCharacteristics_Are400NamingTheField_AndChangeNothing(string partnerTypes, int? startedYear, string field)
    {
        var id = await CreateAsync(new[] { new { type = "hbo", count = 3 } }, 2020);
        var year = startedYear is null ? "null" : startedYear.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var json = $$"""{ "name": "Kenmerken LC {{id:N}}", "partnerTypes": {{partnerTypes}}, "startedYear": {{year}}, "version": 1 }""";
        var coordinator = factory.ClientAs($"c-{Scenario.NewTag()}@lc.example", "Coordinator");
        using (var forbidden = new StringContent(json, System.Text.Encoding.UTF8, "application/json"))
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await coordinator.PutAsync($"/api/learning-communities/{id}", forbidden, Ct)).StatusCode);
        }

        using var content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");
        await (await factory.StaffClient().PutAsync($"/api/learning-communities/{id}", content, Ct)).AssertValidationProblemAsync(field);

        var lc = await (await factory.CreateClient().GetAsync($"/api/learning-communities/{id}", Ct)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(3, lc.GetProperty("partnerTypes")[0].GetProperty("count").GetInt32());
        Assert.Equal(2020, lc.GetProperty("startedYear").GetInt32());
    }
}
