using LcPeers.Api.Tests.Infrastructure;
using LcPeers.Application.Matching;
using LcPeers.Domain.Experts;
using LcPeers.Infrastructure.Persistence;
using LcPeers.Matching.Ranking;
using LcPeers.Matching.Reference;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LcPeers.Api.Tests.Matching;

/// <summary>
/// The full pool build reads the experts' columns and parses their JSON itself (decision 10); it must lay out exactly
/// the pool that the aggregates EF Core materialises give, for every kind of value the generator makes.
/// </summary>
public sealed class PoolProfileReaderTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task FullBuild_FromTheColumns_IsThePoolOfTheExpertsEfCoreLoads()
    {
        await using var factory = new LcPeersApiFactory();
        _ = factory.CreateClient(); // the host migrates and seeds the catalogue
        var now = DateTimeOffset.UtcNow;
        List<Expert> experts;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LcPeersDbContext>();
            var tools = await db.Tools.Select(t => t.Id).ToListAsync(Ct);
            var generator = new PoolGenerator(61);
            experts = [.. Enumerable.Range(0, 400).Select(i => generator.NewExpert(i, tools, now.AddDays(-40 * (i % 5))))];
            experts[7].MarkStale(now);
            experts[8].MarkStale(now);
            experts[9].Erase(now);
            db.Experts.AddRange(experts);
            await db.SaveChangesAsync(Ct);
        }

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LcPeersDbContext>();
            var loader = scope.ServiceProvider.GetRequiredService<MatchingPoolLoader>();
            var (pool, catalogue) = await loader.LoadAsync(Ct);
            var kept = await db.Experts.Where(e => e.ErasedAt == null).Select(e => e.Id).ToListAsync(Ct);
            var expected = ExpertPool.Build(await loader.EntriesAsync(kept, Ct), catalogue);

            PoolAssert.Same(expected, pool);
            Assert.True(pool.IndexOf(experts[9].Id.Value) < 0, "an erased expert is left out");
            Assert.True(pool.IsStale(pool.IndexOf(experts[8].Id.Value)));
            Assert.Contains(experts, e => e.Availability.Count > 0 && pool.IndexOf(e.Id.Value) >= 0);
            Assert.Contains(experts, e => e.Competences.Count > 1 && e.PhasesGuided.Count > 0 && e.Tools.Count > 0 && e.Languages.Count > 1);
        }
    }
}
