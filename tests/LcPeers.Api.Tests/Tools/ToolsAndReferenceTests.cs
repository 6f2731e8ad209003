using System.Net;
using LcPeers.Api.Tests.Infrastructure;

namespace LcPeers.Api.Tests.Tools;

public sealed class ToolsAndReferenceTests(LcPeersApiFactory factory) : IClassFixture<LcPeersApiFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task List_Deepening_ReturnsTheReportsFiveTools()
    {
        var list = await (await factory.CreateClient().GetAsync("/api/tools?phase=deepening", Ct)).ReadJsonAsync(HttpStatusCode.OK);

        Assert.Equal(
            ["Seeds of Innovation", "Reflectie op samenwerken", "Stakeholderanalyse", "Peer review", "Fasemodel PPS"],
            list.GetProperty("items").EnumerateArray().Select(t => t.GetProperty("name").GetString()));
        Assert.Equal(5, list.GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task List_All_Returns14Tools()
    {
        var list = await (await factory.CreateClient().GetAsync("/api/tools", Ct)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(14, list.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task List_PhaseAndBottleneck_Intersect()
    {
        var list = await (await factory.CreateClient().GetAsync("/api/tools?phase=startup&bottleneck=diversity", Ct)).ReadJsonAsync(HttpStatusCode.OK);

        Assert.Equal(["Partnerschapskaart", "Van taal naar tool (CHANGE GEAR)"],
            list.GetProperty("items").EnumerateArray().Select(t => t.GetProperty("name").GetString()));
    }

    [Fact]
    public async Task Get_ById_ReturnsPhasesBottlenecksAndBothDescriptions()
    {
        var list = await (await factory.CreateClient().GetAsync("/api/tools?bottleneck=balance", Ct)).ReadJsonAsync(HttpStatusCode.OK);
        var id = list.GetProperty("items").EnumerateArray().First(t => t.GetProperty("name").GetString() == "Reflectie op samenwerken").GetProperty("id").GetGuid();

        var tool = await (await factory.CreateClient().GetAsync($"/api/tools/{id}", Ct)).ReadJsonAsync(HttpStatusCode.OK);

        Assert.Equal(["deepening"], tool.GetProperty("phases").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal(["diversity", "balance"], tool.GetProperty("bottlenecks").EnumerateArray().Select(p => p.GetString()));
        Assert.StartsWith("Een gespreksplaat", tool.GetProperty("description").GetProperty("nl").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("A talk plate", tool.GetProperty("description").GetProperty("en").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/tools?phase=later", "phase")]
    [InlineData("/api/tools?bottleneck=money", "bottleneck")]
    public async Task List_UnknownCode_Is400NamingTheField(string url, string field) =>
        await (await factory.CreateClient().GetAsync(url, Ct)).AssertValidationProblemAsync(field);

    [Fact]
    public async Task Get_UnknownTool_Is404()
    {
        var response = await factory.CreateClient().GetAsync($"/api/tools/{Guid.NewGuid()}", Ct);
        await response.AssertProblemCodeAsync(HttpStatusCode.NotFound, "not-found");
    }

    [Fact]
    public async Task Phases_AreTheFourStableCodesWithDutchAndEnglishLabels()
    {
        var phases = await (await factory.CreateClient().GetAsync("/api/reference/phases", Ct)).ReadJsonAsync(HttpStatusCode.OK);

        Assert.Equal(["startup", "execution", "deepening", "continuation"], phases.EnumerateArray().Select(p => p.GetProperty("code").GetString()));
        Assert.Equal("Opstartfase", phases[0].GetProperty("label").GetProperty("nl").GetString());
        Assert.Equal("Continuation", phases[3].GetProperty("label").GetProperty("en").GetString());
        Assert.False(string.IsNullOrWhiteSpace(phases[0].GetProperty("description").GetProperty("nl").GetString()));
    }

    [Fact]
    public async Task Bottlenecks_AreTheSixStableCodes()
    {
        var themes = await (await factory.CreateClient().GetAsync("/api/reference/bottlenecks", Ct)).ReadJsonAsync(HttpStatusCode.OK);

        Assert.Equal(["certification", "diversity", "balance", "continuity", "financing", "infrastructure"],
            themes.EnumerateArray().Select(p => p.GetProperty("code").GetString()));
        Assert.Equal("Certificering", themes[0].GetProperty("label").GetProperty("nl").GetString());
    }

    [Fact]
    public async Task ProcessCompetences_EveryCodeTheDomainAcceptsHasLabels()
    {
        var terms = await (await factory.CreateClient().GetAsync("/api/reference/process-competences", Ct)).ReadJsonAsync(HttpStatusCode.OK);

        Assert.Equal(Domain.Reference.ProcessCompetences.All, terms.EnumerateArray().Select(t => t.GetProperty("code").GetString()));
        Assert.All(terms.EnumerateArray(), t => Assert.False(string.IsNullOrWhiteSpace(t.GetProperty("label").GetProperty("nl").GetString())));
    }

    [Fact]
    public async Task Sectors_EveryCodeTheDomainAcceptsHasLabels()
    {
        var terms = await (await factory.CreateClient().GetAsync("/api/reference/sectors", Ct)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(Domain.Reference.Sectors.All.Order(), terms.EnumerateArray().Select(t => t.GetProperty("code").GetString()!).Order());
    }
}
