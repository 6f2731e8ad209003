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
    public async Task Development_NewDatabase_HasAYearOfHistory_ForTheMonitor_WithoutMailOrTouchingTheLcsTheDemoDrives()
    {
        using var factory = new EnvironmentFactory("Development");
        var staff = factory.StaffClient();

        var monitor = await (await staff.GetAsync("/api/monitor", Ct)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.True(Count(monitor.GetProperty("engagementsByStatus"), "completed") >= 10);
        Assert.True(Count(monitor.GetProperty("requestsByStatus"), "cancelled") >= 2);
        Assert.True(monitor.GetProperty("ratings").GetInt32() >= 10);
        Assert.True(monitor.GetProperty("feedback").GetProperty("coordinatorShare").GetDouble() > 0.9);

        var quality = await (await staff.GetAsync("/api/monitor/quality", Ct)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.True(quality.GetProperty("reports").GetInt32() >= 5);
        Assert.True(quality.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("year").GetInt32()).Distinct().Count() >= 2); // a trend, not one point

        var impact = await (await staff.GetAsync("/api/monitor/impact", Ct)).ReadJsonAsync(HttpStatusCode.OK);
        var years = impact.GetProperty("years").EnumerateArray().ToList();
        Assert.Equal(2, years.Count);
        Assert.All(years, y => Assert.True(y.GetProperty("learningCommunitiesMissing").GetInt32() > 0)); // missing stays missing

        var needs = await (await staff.GetAsync("/api/monitor/needs", Ct)).ReadJsonAsync(HttpStatusCode.OK);
        var national = needs.GetProperty("rows").EnumerateArray().Where(r => r.GetProperty("province").ValueKind == System.Text.Json.JsonValueKind.Null).ToList();
        Assert.Contains(national, r => r.GetProperty("medianDaysToMatch").ValueKind == System.Text.Json.JsonValueKind.Number);
        Assert.Contains(national, r => r.GetProperty("unmatchedShare").ValueKind == System.Text.Json.JsonValueKind.Number && r.GetProperty("unmatchedShare").GetDouble() > 0);

        var anonymous = factory.CreateClient();
        var stories = (await (await anonymous.GetAsync("/api/stories", Ct)).ReadJsonAsync(HttpStatusCode.OK)).GetProperty("items").EnumerateArray().ToList();
        Assert.True(stories.Count >= 4);
        Assert.Contains(stories, s => s.GetProperty("expertName").ValueKind == System.Text.Json.JsonValueKind.String); // named with consent
        Assert.Contains(stories, s => s.GetProperty("expertName").ValueKind == System.Text.Json.JsonValueKind.Null);
        var practices = await (await anonymous.GetAsync("/api/good-practices", Ct)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.True(practices.GetProperty("items").GetArrayLength() >= 3);

        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<LcPeersDbContext>();
        var driven = await db.LearningCommunities.Where(l => l.Name == "CIV Wind op Zee" || l.Name == "SEECE" || l.Name == "Gas erop!").Select(l => l.Id).ToListAsync(Ct);
        Assert.Equal(3, driven.Count);
        Assert.False(await db.Engagements.AnyAsync(e => driven.Contains(e.LearningCommunityId), Ct));
        Assert.False(await db.ImpactReports.AnyAsync(r => driven.Contains(r.LearningCommunityId), Ct));
        var now = factory.Services.GetRequiredService<TimeProvider>().GetUtcNow(); // the host's clock
        Assert.All(await db.EngagementFeedback.Select(f => f.GivenAt).ToListAsync(Ct), at => Assert.True(at < now));
        Assert.All(await db.Stories.Select(s => s.PublishedAt).ToListAsync(Ct), at => Assert.True(at < now));
        var historyExperts = await db.Engagements.Select(e => e.ExpertId).Distinct().ToListAsync(Ct);
        var emails = await db.Experts.Where(e => historyExperts.Contains(e.Id)).Select(e => e.AccountEmail).ToListAsync(Ct);
        Assert.NotEmpty(emails);
        Assert.False(await db.OutboxEmails.AnyAsync(m => emails.Contains(m.ToAddress), Ct)); // history sends no mail
    }

    private static int Count(System.Text.Json.JsonElement counts, string key) =>
        counts.EnumerateArray().Single(c => c.GetProperty("key").GetString() == key).GetProperty("value").GetInt32();

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
