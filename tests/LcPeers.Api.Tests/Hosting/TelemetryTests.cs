using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using LcPeers.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Trace;

namespace LcPeers.Api.Tests.Hosting;

public sealed class TelemetryTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private sealed class TracingFactory(List<Activity> spans) : LcPeersApiFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(s => s.ConfigureOpenTelemetryTracerProvider(t => t.AddInMemoryExporter(spans)));
        }
    }

    [Fact]
    public async Task OneRequest_IsOneTrace_ThroughHttpHandlerAndDatabase()
    {
        var spans = new List<Activity>();
        using var factory = new TracingFactory(spans);
        var client = factory.StaffClient();
        _ = await client.GetAsync("/api/tools", Ct); // warm up: start-up work is not part of the request

        // Other tests run in parallel and their spans reach the same exporter: follow this request by its own trace id.
        var traceId = ActivityTraceId.CreateRandom();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/learning-communities") { Content = JsonContent.Create(new { name = "Traced LC" }) };
        request.Headers.Add("traceparent", $"00-{traceId}-{ActivitySpanId.CreateRandom()}-01");
        var response = await client.SendAsync(request, Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        await Task.Delay(200, Ct); // spans are exported when they end

        List<Activity> trace;
        lock (spans)
        {
            trace = [.. spans.Where(s => s.TraceId == traceId)];
        }

        Assert.Single(trace, s => s.Kind == ActivityKind.Server);
        Assert.Contains(trace, s => s.Source.Name == "LcPeers" && s.DisplayName == "CreateLearningCommunityCommand");
        Assert.Contains(trace, s => s.Source.Name.Contains("EntityFrameworkCore", StringComparison.Ordinal) || s.Kind == ActivityKind.Client);
    }

    [Fact]
    public async Task ApprovingAProposal_TracesThroughHandlerDatabaseAndTheOutboxDelivery()
    {
        var spans = new List<Activity>();
        using var factory = new TracingFactory(spans);
        var s = await new Scenario(factory, Scenario.NewTag()).WithRequestAsync();
        var expert = await s.RegisterExpertAsync(1);
        var proposal = (await s.ProposeAsync((expert, false)))[0];

        var traceId = ActivityTraceId.CreateRandom();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/proposals/{proposal}/approve");
        request.Headers.Add("traceparent", $"00-{traceId}-{ActivitySpanId.CreateRandom()}-01");
        Assert.Equal(HttpStatusCode.OK, (await s.Staff.SendAsync(request, Ct)).StatusCode);

        List<Activity> trace = [];
        for (var wait = 0; wait < 100 && !trace.Any(a => a.DisplayName == "outbox.send"); wait++)
        {
            await Task.Delay(100, Ct); // the dispatcher sends in the background
            lock (spans)
            {
                trace = [.. spans.Where(a => a.TraceId == traceId)];
            }
        }

        Assert.Single(trace, a => a.Kind == ActivityKind.Server);
        Assert.Contains(trace, a => a.DisplayName == "ApproveProposalCommand");
        Assert.Contains(trace, a => a.Source.Name.Contains("EntityFrameworkCore", StringComparison.Ordinal));
        var send = Assert.Single(trace, a => a.DisplayName == "outbox.send");
        Assert.Equal("proposal.invitation", send.GetTagItem("lcpeers.outbox.kind"));
    }
}
