using System.Net;
using LcPeers.Api.Tests.Infrastructure;
using LcPeers.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LcPeers.Api.Tests.Persistence;

public sealed class SeedingTests(LcPeersApiFactory factory) : IClassFixture<LcPeersApiFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Initialize_Twice_AddsNoDuplicatesAndKeepsStaffEdits()
    {
        var client = factory.StaffClient();
        var page = await (await client.GetAsync("/api/learning-communities?q=100% Duurzaam", Ct)).ReadJsonAsync(HttpStatusCode.OK);
        var lc = Assert.Single(page.GetProperty("items").EnumerateArray());
        var id = lc.GetProperty("id").GetGuid();
        var edit = await client.PutJsonAsync($"/api/learning-communities/{id}", new { name = "100% Duurzaam Friesland", region = "Friesland", phase = "deepening", version = 1 });
        Assert.Equal(HttpStatusCode.OK, edit.StatusCode);

        await factory.Services.InitializeDatabaseAsync(Ct); // a second start-up

        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<LcPeersDbContext>();
        Assert.Equal(52, await db.LearningCommunities.CountAsync(x => x.ReportNumber != null, Ct));
        Assert.Equal(14, await db.Tools.CountAsync(Ct));
        Assert.Equal(4, await db.ReferenceTerms.CountAsync(t => t.Kind == Domain.Reference.ReferenceKind.Phase, Ct));
        Assert.Equal(6, await db.ReferenceTerms.CountAsync(t => t.Kind == Domain.Reference.ReferenceKind.Bottleneck, Ct));
        var kept = await db.LearningCommunities.SingleAsync(x => x.ReportNumber == 1, Ct);
        Assert.Equal("100% Duurzaam Friesland", kept.Name);
        Assert.Equal(Domain.Reference.Phase.Deepening, kept.Phase);
    }

    [Fact]
    public async Task SeededIds_AreStableAcrossInstallations()
    {
        using var other = new LcPeersApiFactory();
        var mine = await (await factory.CreateClient().GetAsync("/api/tools", Ct)).ReadJsonAsync(HttpStatusCode.OK);
        var theirs = await (await other.CreateClient().GetAsync("/api/tools", Ct)).ReadJsonAsync(HttpStatusCode.OK);

        Assert.Equal(
            mine.GetProperty("items").EnumerateArray().Select(t => t.GetProperty("id").GetGuid()),
            theirs.GetProperty("items").EnumerateArray().Select(t => t.GetProperty("id").GetGuid()));
    }
}
