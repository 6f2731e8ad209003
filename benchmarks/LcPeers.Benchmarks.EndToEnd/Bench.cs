using System.Diagnostics;
using System.Net;
using System.Text.Json;

namespace LcPeers.Benchmarks.EndToEnd;

/// <summary>Latencies of one route: median and 95th percentile over the timed calls, in ms.</summary>
internal sealed record Timing(int Calls, double MedianMs, double P95Ms)
{
    public static Timing Of(List<double> ms)
    {
        var sorted = ms.Order().ToList();
        return new Timing(sorted.Count, sorted[sorted.Count / 2], sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(sorted.Count * 0.95) - 1)]);
    }
}

internal sealed record SizeResult(int Experts, double ReadyAfterSeconds, double PoolBuildSeconds, bool SawWarming, Timing CandidatesRightAfterReady, double QuietAfterSeconds,
    Timing Candidates, double CandidatesPerSecondFourClients,
    Timing CandidatesAfterAnEdit, Timing Proposals, Timing ExpertList, Timing ExpertListFiltered, double BatchRunSeconds, int BatchRequests, double PeakWorkingSetMb, double WorkingSetAfterMb);

/// <summary>One pool size: seed (or reuse the seeded file), start the host, measure every route, read its memory.</summary>
internal static class Bench
{
    public const int Seed = 2024;

    public static async Task<SizeResult> RunAsync(string root, int experts, int iterations)
    {
        var directory = await PreparedDatabaseAsync(root, experts);
        var clock = Stopwatch.StartNew();
        await using var host = AppHost.Start(root, directory);
        var (ready, warming) = await host.WaitUntilReadyAsync(clock);
        var build = (host.PoolBuildMs ?? double.NaN) / 1000;
        Console.Error.WriteLine($"  ready after {ready.TotalSeconds:F1} s, pool built in {build:F1} s (warming seen: {warming})");
        using var staff = host.StaffClient();
        var requests = await SubmittedAsync(staff);
        var (forProposals, forBatch) = (requests.Take(Seeder.ProposalRequests).ToList(), requests.Skip(Seeder.ProposalRequests).ToList());

        Task<HttpResponseMessage> Candidates(int n) => staff.GetAsync(new Uri($"/api/requests/{forBatch[n % forBatch.Count]}/candidates?top=20", UriKind.Relative));

        // Right after ready the start-up jobs (the first monitor snapshot reads every expert) share the cores with
        // the calls; the settled figures come after the host has gone quiet.
        var rightAfterReady = await TimeAsync(iterations, Candidates);
        var quiet = await host.WaitUntilQuietAsync(TimeSpan.FromMinutes(1));
        Console.Error.WriteLine($"  quiet {quiet.TotalSeconds:F1} s after the first calls");
        var candidates = await TimeAsync(iterations, Candidates);
        var perSecond = await ThroughputAsync(host, forBatch, TimeSpan.FromSeconds(experts >= 100_000 ? 10 : 5));
        var afterEdit = await AfterEditsAsync(staff, forBatch, Math.Min(iterations, 20));
        var list = await TimeAsync(iterations, _ => staff.GetAsync(new Uri("/api/experts?pageSize=200", UriKind.Relative)));
        var filtered = await TimeAsync(iterations, _ => staff.GetAsync(new Uri("/api/experts?pageSize=200&competence=financing&phase=deepening", UriKind.Relative)));
        var proposals = await TimeAsync(forProposals.Count, n => staff.PostAsync(new Uri($"/api/requests/{forProposals[n]}/proposals", UriKind.Relative), null), warmUp: 0);
        var batch = await BatchRunAsync(staff);
        var (peak, now) = host.Memory();
        return new SizeResult(experts, ready.TotalSeconds, build, warming, rightAfterReady, quiet.TotalSeconds, candidates, perSecond, afterEdit, proposals, list, filtered, batch.TotalSeconds, forBatch.Count, peak, now);
    }

    /// <summary>A seeded copy of the database for this size, made once (host start for the schema and reference data, then the generator) and reused.</summary>
    private static async Task<string> PreparedDatabaseAsync(string root, int experts)
    {
        var migrations = Directory.GetFiles(Path.Combine(root, "src/LcPeers.Infrastructure.Migrations.Sqlite/Migrations"), "*.cs").Length;
        var cache = Path.Combine(root, "artifacts", "benchmarks", "data");
        var template = Path.Combine(cache, $"pool-{experts}-seed{Seed}-m{migrations}-g2.db");
        if (!File.Exists(template))
        {
            var build = Path.Combine(cache, $"build-{experts}");
            Directory.CreateDirectory(build);
            File.Delete(Path.Combine(build, "lcpeers.db"));
            await using (var host = AppHost.Start(root, build))
            {
                await host.WaitUntilReadyAsync(Stopwatch.StartNew());
            }

            var clock = Stopwatch.StartNew();
            await Seeder.SeedAsync(Path.Combine(build, "lcpeers.db"), experts, Seed);
            Console.Error.WriteLine($"  seeded {experts:N0} experts in {clock.Elapsed.TotalSeconds:F0} s");
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Copy(Path.Combine(build, "lcpeers.db"), template);
        }

        var run = Path.Combine(cache, $"run-{experts}");
        if (Directory.Exists(run))
        {
            Directory.Delete(run, recursive: true);
        }

        Directory.CreateDirectory(run);
        File.Copy(template, Path.Combine(run, "lcpeers.db"));
        return run;
    }

    private static async Task<List<Guid>> SubmittedAsync(HttpClient staff)
    {
        var ids = new List<Guid>();
        for (var page = 1; ; page++)
        {
            using var doc = JsonDocument.Parse(await staff.GetStringAsync(new Uri($"/api/requests?status=submitted&pageSize=200&page={page}", UriKind.Relative)));
            var items = doc.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ToList();
            ids.AddRange(items);
            if (items.Count < 200)
            {
                return [.. ids.Order()];
            }
        }
    }

    private static async Task<Timing> TimeAsync(int calls, Func<int, Task<HttpResponseMessage>> call, int warmUp = 5)
    {
        var ms = new List<double>();
        for (var n = -warmUp; n < calls; n++)
        {
            var clock = Stopwatch.StartNew();
            using var response = await call(Math.Max(0, n));
            var body = await response.Content.ReadAsByteArrayAsync();
            clock.Stop();
            if (!response.IsSuccessStatusCode)
            {
                throw new InvalidOperationException($"{response.RequestMessage?.RequestUri} answered {(int)response.StatusCode}: {System.Text.Encoding.UTF8.GetString(body)}");
            }

            if (n >= 0)
            {
                ms.Add(clock.Elapsed.TotalMilliseconds);
            }
        }

        return Timing.Of(ms);
    }

    /// <summary>Four clients asking for candidates as fast as they are answered: calls per second.</summary>
    private static async Task<double> ThroughputAsync(AppHost host, List<Guid> requests, TimeSpan duration)
    {
        var clock = Stopwatch.StartNew();
        var counts = await Task.WhenAll(Enumerable.Range(0, 4).Select(async c =>
        {
            using var client = host.StaffClient();
            var calls = 0;
            while (clock.Elapsed < duration)
            {
                using var response = await client.GetAsync(new Uri($"/api/requests/{requests[((calls * 4) + c) % requests.Count]}/candidates?top=20", UriKind.Relative));
                response.EnsureSuccessStatusCode();
                await response.Content.ReadAsByteArrayAsync();
                calls++;
            }

            return calls;
        }));
        return counts.Sum() / clock.Elapsed.TotalSeconds;
    }

    /// <summary>One expert's availability changed through the API, then candidates: the call that applies the change to the pool.</summary>
    private static async Task<Timing> AfterEditsAsync(HttpClient staff, List<Guid> requests, int calls)
    {
        using var page = JsonDocument.Parse(await staff.GetStringAsync(new Uri($"/api/experts?pageSize={calls}", UriKind.Relative)));
        var experts = page.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ToList();
        var ms = new List<double>();
        for (var n = 0; n < experts.Count; n++)
        {
            using var expert = JsonDocument.Parse(await staff.GetStringAsync(new Uri($"/api/experts/{experts[n]}", UriKind.Relative)));
            var version = expert.RootElement.GetProperty("version").GetInt32();
            using var edit = await staff.PutAsync(new Uri($"/api/experts/{experts[n]}/availability", UriKind.Relative),
                JsonContent(new { hoursPerMonth = 12 + n, maxConcurrentEngagements = 2, version }));
            edit.EnsureSuccessStatusCode();
            var clock = Stopwatch.StartNew();
            using var response = await staff.GetAsync(new Uri($"/api/requests/{requests[n % requests.Count]}/candidates?top=20", UriKind.Relative));
            response.EnsureSuccessStatusCode();
            await response.Content.ReadAsByteArrayAsync();
            ms.Add(clock.Elapsed.TotalMilliseconds);
        }

        return Timing.Of(ms);
    }

    private static async Task<TimeSpan> BatchRunAsync(HttpClient staff)
    {
        var clock = Stopwatch.StartNew();
        using var start = await staff.PostAsync(new Uri("/api/matching/runs", UriKind.Relative), null);
        if (start.StatusCode != HttpStatusCode.Accepted)
        {
            throw new InvalidOperationException($"The run did not start: {(int)start.StatusCode} {await start.Content.ReadAsStringAsync()}");
        }

        using var started = JsonDocument.Parse(await start.Content.ReadAsStringAsync());
        var id = started.RootElement.GetProperty("id").GetGuid();
        while (true)
        {
            using var state = JsonDocument.Parse(await staff.GetStringAsync(new Uri($"/api/matching/runs/{id}", UriKind.Relative)));
            var status = state.RootElement.GetProperty("status").GetString();
            if (status is "completed" or "failed")
            {
                Console.Error.WriteLine($"  batch run {status} after {clock.Elapsed.TotalSeconds:F2} s");
                return clock.Elapsed;
            }

            await Task.Delay(20);
        }
    }

    private static StringContent JsonContent(object body) => new(JsonSerializer.Serialize(body), System.Text.Encoding.UTF8, "application/json");
}
