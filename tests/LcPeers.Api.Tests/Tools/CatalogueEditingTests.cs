using System.Net;
using System.Text.Json;
using LcPeers.Api.Tests.Infrastructure;

namespace LcPeers.Api.Tests.Tools;

/// <summary>Staff add tools and good practices to the catalogue; anyone reads them; on a database of this class's own.</summary>
public sealed class CatalogueEditingTests(LcPeersApiFactory factory) : IClassFixture<LcPeersApiFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Dictionary<string, object?> ToolBody(string name) => new()
    {
        ["name"] = name,
        ["phases"] = new[] { "startup", "execution" },
        ["bottlenecks"] = new[] { "financing" },
        ["needsFacilitator"] = true,
        ["lcSpecific"] = false,
        ["descriptionNl"] = "Een begrotingsspel waarin partners samen de kosten en baten verdelen.",
    };

    private static Dictionary<string, object?> PracticeBody(string title, string? tool = null, string phase = "execution", string bottleneck = "financing") => new()
    {
        ["title"] = title,
        ["phase"] = phase,
        ["bottleneck"] = bottleneck,
        ["whatWasDone"] = "De partners legden hun bijdragen in uren en geld naast elkaar.",
        ["whatItBrought"] = "Een meerjarenbegroting die alle partners dragen.",
        ["contact"] = "Cor Wind, cor@lc.example",
        ["tool"] = tool,
    };

    private async Task<JsonElement> PublicAsync(string url) => await (await factory.CreateClient().GetAsync(url, Ct)).ReadJsonAsync(HttpStatusCode.OK);

    [Fact]
    public async Task StaffAddATool_ItIsInTheCatalogue_NumberedAfterTheReport_WithTheDutchTextAsEnglishFallback_AndAudited()
    {
        var created = await (await factory.StaffClient().PostJsonAsync("/api/tools", ToolBody("Begrotingsspel"))).ReadJsonAsync(HttpStatusCode.Created);
        var id = created.GetProperty("id").GetGuid();

        var tool = await PublicAsync($"/api/tools/{id}");
        Assert.Equal("Begrotingsspel", tool.GetProperty("name").GetString());
        Assert.True(tool.GetProperty("number").GetInt32() >= 101);
        Assert.Equal(["startup", "execution"], tool.GetProperty("phases").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal(tool.GetProperty("description").GetProperty("nl").GetString(), tool.GetProperty("description").GetProperty("en").GetString());
        var financing = await PublicAsync("/api/tools?phase=startup&bottleneck=financing");
        Assert.Contains(financing.GetProperty("items").EnumerateArray(), t => t.GetProperty("id").GetGuid() == id);

        var second = await (await factory.StaffClient().PostJsonAsync("/api/tools", ToolBody("Begrotingsspel 2"))).ReadJsonAsync(HttpStatusCode.Created);
        var secondNumber = (await PublicAsync($"/api/tools/{second.GetProperty("id").GetGuid()}")).GetProperty("number").GetInt32();
        Assert.Equal(tool.GetProperty("number").GetInt32() + 1, secondNumber);

        var audit = await (await factory.StaffClient().GetAsync($"/api/audit?entityId={id}", Ct)).ReadJsonAsync(HttpStatusCode.OK);
        var entry = Assert.Single(audit.EnumerateArray());
        Assert.Equal(("tool", "added"), (entry.GetProperty("entityType").GetString(), entry.GetProperty("action").GetString()));
    }

    [Fact]
    public async Task AddTool_SameNameAgain_Is409_AndBadFieldsAre400NamingThem_AndNothingIsStored()
    {
        await (await factory.StaffClient().PostJsonAsync("/api/tools", ToolBody("Partnerdag"))).ReadJsonAsync(HttpStatusCode.Created);
        await (await factory.StaffClient().PostJsonAsync("/api/tools", ToolBody("Partnerdag"))).AssertProblemCodeAsync(HttpStatusCode.Conflict, "tool.name-taken");

        var before = (await PublicAsync("/api/tools")).GetProperty("totalCount").GetInt32();
        var noPhases = ToolBody("Zonder fase");
        noPhases["phases"] = Array.Empty<string>();
        await (await factory.StaffClient().PostJsonAsync("/api/tools", noPhases)).AssertValidationProblemAsync("phases");
        var badBottleneck = ToolBody("Fout knelpunt");
        badBottleneck["bottlenecks"] = new[] { "money" };
        await (await factory.StaffClient().PostJsonAsync("/api/tools", badBottleneck)).AssertValidationProblemAsync("bottlenecks[0]");
        var noText = ToolBody("Zonder tekst");
        noText["descriptionNl"] = " ";
        await (await factory.StaffClient().PostJsonAsync("/api/tools", noText)).AssertValidationProblemAsync("descriptionNl");
        Assert.Equal(before, (await PublicAsync("/api/tools")).GetProperty("totalCount").GetInt32());
    }

    [Theory]
    [InlineData("POST", "/api/tools")]
    [InlineData("POST", "/api/good-practices")]
    [InlineData("PUT", "/api/good-practices/0196a6a0-0000-7000-8000-000000000001")]
    [InlineData("DELETE", "/api/good-practices/0196a6a0-0000-7000-8000-000000000001?version=1")]
    public async Task Writes_Anonymous401_Coordinator403_BeforeValidation(string method, string url)
    {
        using var anonymous = new HttpRequestMessage(new HttpMethod(method), url) { Content = JsonContent("{}") };
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.CreateClient().SendAsync(anonymous, Ct)).StatusCode);
        using var coordinator = new HttpRequestMessage(new HttpMethod(method), url) { Content = JsonContent("{}") };
        Assert.Equal(HttpStatusCode.Forbidden, (await factory.ClientAs("coordinator@lc.example", "Coordinator").SendAsync(coordinator, Ct)).StatusCode);
    }

    private static StringContent JsonContent(string json) => new(json, System.Text.Encoding.UTF8, "application/json");

    [Fact]
    public async Task GoodPractice_RecordedByStaff_IsPublic_FilteredByPhaseBottleneckAndTool_ChangedWithItsVersion_AndRemoved()
    {
        var staff = factory.StaffClient();
        var id = (await (await staff.PostJsonAsync("/api/good-practices", PracticeBody("Samen begroten", "Partnerschapskaart"))).ReadJsonAsync(HttpStatusCode.Created))
            .GetProperty("id").GetGuid();
        var other = (await (await staff.PostJsonAsync("/api/good-practices", PracticeBody("Stagebank", null, "startup", "diversity"))).ReadJsonAsync(HttpStatusCode.Created))
            .GetProperty("id").GetGuid();

        var practice = await PublicAsync($"/api/good-practices/{id}");
        Assert.Equal("Partnerschapskaart", practice.GetProperty("tool").GetProperty("name").GetString());
        Assert.Equal("Cor Wind, cor@lc.example", practice.GetProperty("contact").GetString());
        static List<Guid> Ids(JsonElement page) => [.. page.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("id").GetGuid())];
        Assert.Equal([id], Ids(await PublicAsync("/api/good-practices?tool=Partnerschapskaart")));
        Assert.Equal([other], Ids(await PublicAsync("/api/good-practices?phase=startup")));
        Assert.Equal([id], Ids(await PublicAsync("/api/good-practices?bottleneck=financing&phase=execution")));

        factory.Time.Advance(TimeSpan.FromMinutes(1)); // the audit trail lists by time
        var change = PracticeBody("Samen begroten, elk jaar", "Partnerschapskaart");
        change["version"] = 1;
        var changed = await (await staff.PutJsonAsync($"/api/good-practices/{id}", change)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(2, changed.GetProperty("version").GetInt32());
        change["title"] = "Een verouderde wijziging";
        await (await staff.PutJsonAsync($"/api/good-practices/{id}", change)).ReadJsonAsync(HttpStatusCode.Conflict); // still version 1
        Assert.Equal("Samen begroten, elk jaar", (await PublicAsync($"/api/good-practices/{id}")).GetProperty("title").GetString());

        Assert.Equal(HttpStatusCode.Conflict, (await staff.DeleteAsync($"/api/good-practices/{id}?version=1", Ct)).StatusCode);
        factory.Time.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(HttpStatusCode.NoContent, (await staff.DeleteAsync($"/api/good-practices/{id}?version=2", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClient().GetAsync($"/api/good-practices/{id}", Ct)).StatusCode);
        var audit = await (await staff.GetAsync($"/api/audit?entityId={id}", Ct)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(["added", "changed", "removed"], audit.EnumerateArray().Select(a => a.GetProperty("action").GetString()));
    }

    [Fact]
    public async Task GoodPractice_BadInput_Is400NamingTheField_AndAnUnknownToolIsNamed()
    {
        var staff = factory.StaffClient();
        var before = (await PublicAsync("/api/good-practices")).GetProperty("totalCount").GetInt32();
        foreach (var (field, value) in new (string, object?)[] { ("title", ""), ("phase", "later"), ("bottleneck", null), ("whatItBrought", " "), ("contact", "a\nb") })
        {
            var body = PracticeBody("Fout");
            body[field] = value;
            await (await staff.PostJsonAsync("/api/good-practices", body)).AssertValidationProblemAsync(field);
        }

        await (await staff.PostJsonAsync("/api/good-practices", PracticeBody("Onbekende tool", "Toverstaf"))).AssertValidationProblemAsync("tool");
        var noVersion = PracticeBody("Zonder versie");
        await (await staff.PutJsonAsync($"/api/good-practices/{Guid.NewGuid()}", noVersion)).AssertValidationProblemAsync("version");
        await (await factory.CreateClient().GetAsync("/api/good-practices?phase=later", Ct)).AssertValidationProblemAsync("phase");
        Assert.Equal(before, (await PublicAsync("/api/good-practices")).GetProperty("totalCount").GetInt32());
    }
}
