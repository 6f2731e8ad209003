using System.Net;
using System.Text.Json;
using LcPeers.Api.Tests.Infrastructure;
using LcPeers.Application.Matching;
using LcPeers.Application.Matching.Snapshot;
using LcPeers.Domain.Experts;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using NSubstitute;

namespace LcPeers.Api.Tests.Matching;

/// <summary>A host whose first pool build waits until the test lets the track records through.</summary>
public sealed class SlowWarmingFactory : LcPeersApiFactory
{
    public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        var ratings = Substitute.For<IExpertRatings>();
        ratings.GetAsync(Arg.Any<IReadOnlyCollection<ExpertId>?>(), Arg.Any<CancellationToken>()).Returns(async _ =>
        {
            await Release.Task;
            return (IReadOnlyDictionary<ExpertId, (int Count, double Sum)>)new Dictionary<ExpertId, (int Count, double Sum)>();
        });
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<IExpertRatings>();
            services.AddScoped(_ => ratings);
        });
    }
}

/// <summary>
/// The ranking's in-memory pool (decision 10): kept current by the change log, equal to a pool loaded afresh, current
/// across two instances on one database, and announced as warming until it is built.
/// </summary>
public sealed class PoolSnapshotTests : IDisposable
{
    private readonly string _directory = LcPeersApiFactory.NewDatabaseDirectory();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose()
    {
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // a host may still hold the file for a moment; the temp folder is cleaned up anyway
        }
    }

    private static async Task<JsonElement> CandidatesAsync(LcPeersApiFactory factory, Guid request) =>
        await (await factory.StaffClient().GetAsync($"/api/requests/{request}/candidates?includeExcluded=true&excludedPageSize=200", Ct)).ReadJsonAsync(HttpStatusCode.OK);

    private static Dictionary<Guid, string[]> Excluded(JsonElement candidates) => candidates.GetProperty("excluded").EnumerateArray()
        .ToDictionary(e => e.GetProperty("expertId").GetGuid(), e => e.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()!).ToArray());

    private static List<Guid> Ranked(JsonElement candidates) =>
        [.. candidates.GetProperty("candidates").EnumerateArray().Select(c => c.GetProperty("expertId").GetGuid())];

    private static async Task<int> VersionAsync(HttpClient expert) =>
        (await (await expert.GetAsync("/api/experts/me", Ct)).ReadJsonAsync(HttpStatusCode.OK)).GetProperty("version").GetInt32();

    [Fact]
    public async Task Candidates_AfterChangesThroughTheApi_EqualThoseOfAPoolLoadedAfresh()
    {
        await using var factory = new LcPeersApiFactory();
        var tag = Scenario.NewTag();
        var s = await new Scenario(factory, tag).WithRequestAsync();
        var experts = new List<Guid>();
        for (var n = 1; n <= 5; n++)
        {
            experts.Add(await s.RegisterExpertAsync(n));
        }

        var before = await CandidatesAsync(factory, s.RequestId);
        Assert.Equal(5, Ranked(before).Intersect(experts).Count());

        // An edit (another province, too far for the on-site request), an erasure, a new expert, an expert at capacity,
        // and an engagement elsewhere (a commitment and recent work).
        Assert.Equal(HttpStatusCode.OK, (await s.Expert(1).PutJsonAsync($"/api/experts/{experts[0]}",
            Bodies.Expert($"Expert 1 {tag}", Scenario.ExpertContact(tag, 1)).With("regions", new[] { "Groningen" }).With("version", await VersionAsync(s.Expert(1))))).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await s.Expert(2).DeleteAsync("/api/experts/me", Ct)).StatusCode);
        var added = await s.RegisterExpertAsync(6);
        Assert.Equal(HttpStatusCode.OK, (await s.Expert(3).PutJsonAsync($"/api/experts/{experts[2]}/availability",
            new { hoursPerMonth = 16, maxConcurrentEngagements = 0, version = await VersionAsync(s.Expert(3)) })).StatusCode);
        var other = await new Scenario(factory, Scenario.NewTag()).WithRequestAsync("SEECE");
        var (engaged, _, _) = await other.EngagedAsync(7);

        var kept = await CandidatesAsync(factory, s.RequestId);
        factory.Services.GetRequiredService<PoolSnapshotHolder>().Current = null; // the next call loads the pool afresh
        var fresh = await CandidatesAsync(factory, s.RequestId);

        Assert.Equal(fresh.GetRawText(), kept.GetRawText());
        Assert.DoesNotContain(experts[1], Ranked(kept).Concat(Excluded(kept).Keys));
        Assert.Contains(added, Ranked(kept));
        Assert.Contains("at-capacity", Excluded(kept)[experts[2]]);
        Assert.Contains(engaged, Ranked(kept).Concat(Excluded(kept).Keys));
        Assert.Contains("region", Excluded(kept)[experts[0]]); // the request is on site in Zeeland
    }

    [Fact]
    public async Task TwoInstancesOnOneDatabase_AnEditOnOneIsRankedOnTheOtherAtItsNextCall()
    {
        await using var a = new ClusterNode(_directory, "a", (_, _) => Task.CompletedTask);
        await using var b = new ClusterNode(_directory, "b", (_, _) => Task.CompletedTask);
        var tag = Scenario.NewTag();
        var s = await new Scenario(a, tag).WithRequestAsync();
        var expert = await s.RegisterExpertAsync(1);
        Assert.Contains(expert, Ranked(await CandidatesAsync(b, s.RequestId)));
        var built = b.Services.GetRequiredService<PoolSnapshotHolder>().Current!.BuiltAt;

        var onA = a.ClientAs(Scenario.ExpertAccount(tag, 1), "Expert");
        Assert.Equal(HttpStatusCode.OK, (await onA.PutJsonAsync($"/api/experts/{expert}/availability",
            new { hoursPerMonth = 16, maxConcurrentEngagements = 0, version = await VersionAsync(onA) })).StatusCode);

        var onB = await CandidatesAsync(b, s.RequestId);
        Assert.DoesNotContain(expert, Ranked(onB));
        Assert.Contains("at-capacity", Excluded(onB)[expert]);
        Assert.Equal(built, b.Services.GetRequiredService<PoolSnapshotHolder>().Current!.BuiltAt); // applied, not rebuilt
        var registeredOnB = await new Scenario(b, tag).RegisterExpertAsync(2);
        Assert.Contains(registeredOnB, Ranked(await CandidatesAsync(a, s.RequestId)));
    }

    [Fact]
    public async Task ANewTool_RebuildsThePoolOnce_AndTheNextCallsRankOnIt()
    {
        await using var factory = new LcPeersApiFactory();
        var s = await new Scenario(factory, Scenario.NewTag()).WithRequestAsync();
        await s.RegisterExpertAsync(1);
        await CandidatesAsync(factory, s.RequestId);
        var holder = factory.Services.GetRequiredService<PoolSnapshotHolder>();
        var before = holder.Current!;

        var tool = new Dictionary<string, object?>
        {
            ["name"] = $"Begrotingsspel {Scenario.NewTag()}",
            ["phases"] = new[] { "execution" },
            ["bottlenecks"] = new[] { "financing" },
            ["needsFacilitator"] = true,
            ["lcSpecific"] = false,
            ["descriptionNl"] = "Een begrotingsspel waarin partners samen kosten en baten verdelen.",
        };
        await (await factory.StaffClient().PostJsonAsync("/api/tools", tool)).ReadJsonAsync(HttpStatusCode.Created);
        await CandidatesAsync(factory, s.RequestId);
        var rebuilt = holder.Current!;
        await CandidatesAsync(factory, s.RequestId);

        Assert.NotSame(before.View, rebuilt.View);
        Assert.Contains(tool["name"], rebuilt.View.Catalogue.Select(t => t.Name));
        Assert.Same(rebuilt, holder.Current); // the rebuild counted the catalogue row as applied: no rebuild on every call
    }

    [Fact]
    public async Task HealthReady_SaysWarming_UntilThePoolIsBuilt()
    {
        await using var factory = new SlowWarmingFactory();
        var client = factory.CreateClient();

        var warming = await client.GetAsync("/health/ready", Ct);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, warming.StatusCode);
        Assert.Equal("Warming", await warming.Content.ReadAsStringAsync(Ct));
        // Degraded, not unhealthy: the health service logs a warning, not an error, for every probe while warming.
        var report = await factory.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync(Ct);
        Assert.Equal(HealthStatus.Degraded, report.Entries["ranking-pool"].Status);

        factory.Release.SetResult();
        Assert.Equal("Healthy", await factory.WaitUntilReadyAsync());
    }
}
