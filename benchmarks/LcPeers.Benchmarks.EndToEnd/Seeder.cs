using LcPeers.Domain.Accounts;
using LcPeers.Domain.Experts;
using LcPeers.Domain.LearningCommunities;
using LcPeers.Domain.Reference;
using LcPeers.Domain.Requests;
using LcPeers.Domain.Tools;
using LcPeers.Infrastructure.Persistence;
using LcPeers.Matching.Reference;
using Microsoft.EntityFrameworkCore;

namespace LcPeers.Benchmarks.EndToEnd;

/// <summary>
/// Fills a migrated database (the host migrated it and seeded the 52 LCs and 14 tools) with generated experts and
/// submitted requests, with a fixed seed, straight through the app's own DbContext and domain factories.
/// </summary>
internal static class Seeder
{
    public const int BatchRequests = 200;
    public const int ProposalRequests = 20;
    private static readonly DateTimeOffset Now = DateTimeOffset.UtcNow;

    public static async Task SeedAsync(string databasePath, int experts, int seed)
    {
        var random = new Random(seed);
        var options = new DbContextOptionsBuilder<LcPeersDbContext>().UseSqlite($"Data Source={databasePath}").Options;
        List<ToolId> tools;
        List<LearningCommunityId> lcs;
        await using (var db = new LcPeersDbContext(options))
        {
            tools = await db.Tools.Select(t => t.Id).ToListAsync();
            lcs = await db.LearningCommunities.Select(l => l.Id).ToListAsync();
        }

        var generator = new PoolGenerator(seed); // the ranking tests' and in-memory benchmarks' generator, with the real catalogue
        for (var done = 0; done < experts; done += 5_000)
        {
            await using var db = new LcPeersDbContext(options);
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            db.Experts.AddRange(Enumerable.Range(done, Math.Min(5_000, experts - done)).Select(i => generator.NewExpert(i, tools, Now)));
            await db.SaveChangesAsync();
        }

        await using (var db = new LcPeersDbContext(options))
        {
            db.SupportRequests.AddRange(Enumerable.Range(0, BatchRequests + ProposalRequests).Select(_ => Request(random, lcs[random.Next(lcs.Count)], tools)));
            await db.SaveChangesAsync();
        }
    }

    private static SupportRequest Request(Random random, LearningCommunityId lc, List<ToolId> tools)
    {
        var kind = Enum.GetValues<RequestKind>()[random.Next(4)];
        var format = Enum.GetValues<WorkFormat>()[random.Next(3)];
        var start = new DateOnly(2027, 2 + random.Next(8), 1);
        var request = SupportRequest.Draft(lc, new RequestDetails(
            Enum.GetValues<Phase>()[random.Next(4)],
            [.. PoolGenerator.Pick(random, Enum.GetValues<Bottleneck>(), 1 + random.Next(2))],
            kind,
            kind == RequestKind.ToolFacilitation ? tools[random.Next(tools.Count)] : null,
            "Generated for the end-to-end benchmark.",
            start,
            start.AddDays(30 + random.Next(150)),
            4 + random.Next(40),
            format,
            format == WorkFormat.OnSite || random.NextDouble() < 0.5 ? Provinces.All[random.Next(12)] : null,
            null,
            [Language.Nl],
            1 + random.Next(3),
            []), AccountId.System, Now);
        request.Submit(AccountId.System, Now);
        return request;
    }
}
