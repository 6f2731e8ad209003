using System.Diagnostics;
using System.Net;
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

        spans.Clear();
        var response = await client.PostJsonAsync("/api/learning-communities", new { name = "Traced LC" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        await Task.Delay(200, Ct); // spans are exported when they end

        var http = Assert.Single(spans, s => s.Kind == ActivityKind.Server && s.DisplayName.Contains("learning-communities", StringComparison.Ordinal));
        var trace = spans.Where(s => s.TraceId == http.TraceId).ToList();
        Assert.Contains(trace, s => s.Source.Name == "LcPeers" && s.DisplayName == "CreateLearningCommunityCommand");
        Assert.Contains(trace, s => s.Source.Name.Contains("EntityFrameworkCore", StringComparison.Ordinal) || s.Kind == ActivityKind.Client);
    }
}
