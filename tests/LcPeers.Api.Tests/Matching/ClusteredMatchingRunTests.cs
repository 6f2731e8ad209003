using System.Collections.Concurrent;
using System.Net;
using LcPeers.Api.Tests.Infrastructure;
using LcPeers.Application.Matching.Runs;
using LcPeers.Domain.Matching;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using NSubstitute;

namespace LcPeers.Api.Tests.Matching;

/// <summary>One app instance of a cluster: its own host over a database file shared with the other instances.</summary>
public sealed class ClusterNode(string directory, string name, Func<string, CancellationToken, Task> started)
    : LcPeersApiFactory(directory, DefaultStart)
{
    public string Name { get; } = name;

    protected override IEnumerable<(string Key, string Value)> ExtraSettings() =>
    [
        ("Scheduler:IdleWaitTime", "00:00:01"),
        ("Scheduler:CheckinInterval", "00:00:01"),
        ("Scheduler:CheckinMisfireThreshold", "00:00:02"),
    ];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        var observer = Substitute.For<IMatchingRunObserver>();
#pragma warning disable CA2012 // configuring a substitute calls the ValueTask-returning method without consuming its result
        observer.StartedAsync(Arg.Any<MatchingRunId>(), Arg.Any<CancellationToken>())
            .Returns(call => new ValueTask(started(Name, call.Arg<CancellationToken>())));
#pragma warning restore CA2012
        builder.ConfigureServices(services => services.AddSingleton(observer));
    }
}

public sealed class ClusteredMatchingRunTests : IDisposable
{
    private readonly string _directory = LcPeersApiFactory.NewDatabaseDirectory();
    private readonly ConcurrentQueue<string> _attempts = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<string> WaitForFinishAsync(LcPeersApiFactory node, Guid run, TimeSpan? advance = null)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var state = await (await node.StaffClient().GetAsync($"/api/matching/runs/{run}", Ct)).ReadJsonAsync(HttpStatusCode.OK);
            var status = state.GetProperty("status").GetString()!;
            if (status is "completed" or "failed" || DateTime.UtcNow > deadline)
            {
                return status;
            }

            if (advance is { } step)
            {
                node.Time.Advance(step);
            }

            await Task.Delay(100, Ct);
        }
    }

    private static async Task<Guid> StartRunAsync(LcPeersApiFactory node) =>
        (await (await node.StaffClient().PostAsync("/api/matching/runs", null, Ct)).ReadJsonAsync(HttpStatusCode.Accepted)).GetProperty("id").GetGuid();

    [Fact]
    public async Task TwoInstancesOnOneDatabase_EachRunExecutesExactlyOnce()
    {
        await using var a = new ClusterNode(_directory, "a", Record);
        await using var b = new ClusterNode(_directory, "b", Record);
        _ = a.Services;
        _ = b.Services;

        for (var i = 0; i < 3; i++)
        {
            var run = await StartRunAsync(i % 2 == 0 ? a : b);
            Assert.Equal("completed", await WaitForFinishAsync(b, run));
        }

        // Let both schedulers poll a few more rounds: a run fired twice would show up as a fourth attempt.
        await Task.Delay(TimeSpan.FromSeconds(3), Ct);
        Assert.Equal(3, _attempts.Count);
    }

    [Fact]
    public async Task InstanceStoppedMidRun_ThePeerFinishesTheRun_AndNothingFailsIt()
    {
        var picked = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        async Task FirstBlocks(string node, CancellationToken ct)
        {
            _attempts.Enqueue(node);
            if (picked.TrySetResult(node))
            {
                await Task.Delay(Timeout.Infinite, ct); // mid-run until the instance stops
            }
        }

        var nodes = new Dictionary<string, ClusterNode>
        {
            ["a"] = new(_directory, "a", FirstBlocks),
            ["b"] = new(_directory, "b", FirstBlocks),
        };
        _ = nodes["a"].Services;
        _ = nodes["b"].Services;
        try
        {
            var run = await StartRunAsync(nodes["a"]);
            var first = await picked.Task.WaitAsync(TimeSpan.FromSeconds(30), Ct);
            var peer = nodes[first == "a" ? "b" : "a"];
            var running = await (await peer.StaffClient().GetAsync($"/api/matching/runs/{run}", Ct)).ReadJsonAsync(HttpStatusCode.OK);
            Assert.Equal("running", running.GetProperty("status").GetString());

            await nodes[first].DisposeAsync();

            // Quartz's store reads the hosts' fake clocks: the peer sees the stopped instance's check-in go stale
            // only as its own clock passes the check-in interval and misfire threshold.
            Assert.Equal("completed", await WaitForFinishAsync(peer, run, advance: TimeSpan.FromSeconds(1)));
            Assert.Equal([first, first == "a" ? "b" : "a"], _attempts);
        }
        finally
        {
            foreach (var node in nodes.Values)
            {
                await node.DisposeAsync();
            }
        }
    }

    private Task Record(string node, CancellationToken ct)
    {
        _attempts.Enqueue(node);
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        LcPeersApiFactory.DeleteDatabaseDirectory(_directory);
    }
}
