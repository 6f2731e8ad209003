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
}
