using System.Net;
using AngleSharp.Html.Parser;
using LcPeers.Api.Tests.Infrastructure;

namespace LcPeers.Api.Tests.LearningCommunities;

/// <summary>LCs meeting LCs: the most alike LCs with why and their public contacts, on a database of this class's own.</summary>
public sealed class SimilarLearningCommunitiesTests(LcPeersApiFactory factory) : IClassFixture<LcPeersApiFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<Guid> DescribeAsync(string name, string phase, string region, string[] sectors, string? contactEmail = null)
    {
        var staff = factory.StaffClient();
        var page = await (await staff.GetAsync($"/api/learning-communities?q={Uri.EscapeDataString(name)}", Ct)).ReadJsonAsync(HttpStatusCode.OK);
        var lc = page.GetProperty("items").EnumerateArray().First(i => i.GetProperty("name").GetString() == name);
        var id = lc.GetProperty("id").GetGuid();
        object[] contacts = contactEmail is null ? [] : [new { name = $"Contact {name}", role = "aanjager", email = contactEmail }];
        await (await staff.PutJsonAsync($"/api/learning-communities/{id}",
            new { name, region, phase, sectors, contacts, version = lc.GetProperty("version").GetInt32() })).ReadJsonAsync(HttpStatusCode.OK);
        return id;
    }

    [Fact]
    public async Task Similar_RanksByPhaseBottlenecksSectorAndRegion_WithReasonsAndContacts_PublicOnTheLcPage()
    {
        var gas = await DescribeAsync("Gas erop!", "startup", "Overijssel", ["new-gas"]);
        var fidett = await DescribeAsync("FiDETT", "startup", "Overijssel", ["building-and-technology"]);
        var seece = await DescribeAsync("SEECE", "execution", "Gelderland", ["new-gas"], "els@seece.example");
        await new Scenario(factory, Scenario.NewTag()).WithRequestAsync("Gas erop!"); // continuity and financing
        await new Scenario(factory, Scenario.NewTag()).WithRequestAsync("SEECE");

        var similar = (await (await factory.CreateClient().GetAsync($"/api/learning-communities/{gas}/similar", Ct)).ReadJsonAsync(HttpStatusCode.OK))
            .EnumerateArray().ToList();

        Assert.Equal(seece, similar[0].GetProperty("id").GetGuid()); // two shared bottlenecks, a sector, a neighbouring province
        Assert.Equal(["shared-bottleneck", "shared-sector", "neighbour-province"],
            similar[0].GetProperty("reasons").EnumerateArray().Select(r => r.GetString()!).Where(r => r != "same-type"));
        Assert.Equal(["continuity", "financing"], similar[0].GetProperty("sharedBottlenecks").EnumerateArray().Select(b => b.GetString()));
        Assert.Equal("els@seece.example", similar[0].GetProperty("contacts")[0].GetProperty("email").GetString());
        Assert.Equal(fidett, similar[1].GetProperty("id").GetGuid()); // same phase, same province
        Assert.Equal(["same-phase", "same-province"], similar[1].GetProperty("reasons").EnumerateArray().Select(r => r.GetString()!).Where(r => r != "same-type"));
        Assert.True(similar[0].GetProperty("score").GetDouble() > similar[1].GetProperty("score").GetDouble());
        Assert.True(similar.Count <= 5);
        Assert.DoesNotContain(similar, s => s.GetProperty("id").GetGuid() == gas);

        var html = await (await factory.CreateClient().GetAsync($"/learning-communities/{gas}", Ct)).Content.ReadAsStringAsync(Ct);
        var item = (await new HtmlParser().ParseDocumentAsync(html, Ct)).QuerySelector($"#similar-lcs li[data-lc-id='{seece}']")!;
        Assert.Contains("vroeg ook hulp bij Continuïteit, Financiering", item.TextContent, StringComparison.Ordinal);
        Assert.NotNull(item.QuerySelector("a[href='mailto:els@seece.example']"));

        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClient().GetAsync($"/api/learning-communities/{Guid.NewGuid()}/similar", Ct)).StatusCode);
    }
}
