using System.Net;
using LcPeers.Api.Tests.Infrastructure;
using LcPeers.Infrastructure.Persistence;
using LcPeers.Infrastructure.Persistence.Seeding;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LcPeers.Api.Tests.Persistence;

public sealed class DemoDataTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private sealed class EnvironmentFactory(string environment, params (string Key, string Value)[] settings) : LcPeersApiFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseEnvironment(environment);
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }
        }
    }

    [Fact]
    public async Task Development_NewDatabase_GetsALivingFictitiousPool()
    {
        using var factory = new EnvironmentFactory("Development");
        var staff = factory.StaffClient();

        var experts = await (await staff.GetAsync("/api/experts?pageSize=200", Ct)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(DemoDataSeeder.ExpertCount, experts.GetProperty("totalCount").GetInt32());
        var items = experts.GetProperty("items").EnumerateArray().ToList();
        Assert.All(items, e => Assert.EndsWith("@" + DemoDataSeeder.EmailDomain, e.GetProperty("email").GetString(), StringComparison.Ordinal));
        Assert.Equal(4, items.SelectMany(e => e.GetProperty("phasesGuided").EnumerateArray().Select(p => p.GetProperty("phase").GetString())).Distinct().Count());
        Assert.Equal(6, items.SelectMany(e => e.GetProperty("competences").EnumerateArray().Select(p => p.GetProperty("bottleneck").GetString())).Distinct().Count());
        Assert.Equal(4, items.SelectMany(e => e.GetProperty("rolesOffered").EnumerateArray().Select(r => r.GetString())).Distinct().Count());
        Assert.True(items.SelectMany(e => e.GetProperty("regions").EnumerateArray().Select(r => r.GetString())).Distinct().Count() >= 8);
        Assert.Contains(items, e => !e.GetProperty("consent").GetBoolean());
        var lcs = await (await staff.GetAsync("/api/learning-communities?pageSize=200", Ct)).ReadJsonAsync(HttpStatusCode.OK);
        var partners = lcs.GetProperty("items").EnumerateArray().SelectMany(l => l.GetProperty("partnerOrganisations").EnumerateArray().Select(p => p.GetString())).ToHashSet();
        Assert.Contains(items, e => e.GetProperty("organisations").EnumerateArray().Any(o => partners.Contains(o.GetString())));

        var requests = await (await staff.GetAsync("/api/requests?status=submitted", Ct)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.True(requests.GetProperty("totalCount").GetInt32() >= 2);

        var coordinator = factory.ClientAs($"coordinator.windopzee@{DemoDataSeeder.EmailDomain}", "Coordinator");
        var mine = await (await coordinator.GetAsync("/api/learning-communities/mine", Ct)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(["CIV Wind op Zee"], mine.EnumerateArray().Select(l => l.GetProperty("name").GetString()));
    }

    [Fact]
    public async Task Development_Restart_DoesNotSeedTwice()
    {
        using var factory = new EnvironmentFactory("Development");
        _ = factory.CreateClient();

        await factory.Services.InitializeDatabaseAsync(Ct);

        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<LcPeersDbContext>();
        Assert.Equal(DemoDataSeeder.ExpertCount, await db.Experts.CountAsync(Ct));
    }

    [Fact]
    public async Task Production_NeverGetsDemoData()
    {
        using var factory = new EnvironmentFactory("Production", ("Auth:Mode", "AzureAd"), ("AzureAd:TenantId", "contoso.onmicrosoft.com"), ("AzureAd:ClientId", "00000000-0000-0000-0000-000000000001"));
        _ = factory.CreateClient();

        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<LcPeersDbContext>();
        Assert.Equal(0, await db.Experts.CountAsync(Ct));
        Assert.Equal(0, await db.SupportRequests.CountAsync(Ct));
        Assert.Equal(52, await db.LearningCommunities.CountAsync(Ct));
    }
}
