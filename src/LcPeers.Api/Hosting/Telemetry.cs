using Azure.Monitor.OpenTelemetry.Exporter;
using LcPeers.Application.Common.Diagnostics;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace LcPeers.Api.Hosting;

/// <summary>
/// OpenTelemetry: traces for HTTP, the Mediator handlers, EF Core and the service's own work; metrics for requests,
/// ranking, runs and proposals; logs carry the trace id. Exported with OTLP when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>
/// is set and to Application Insights when <c>APPLICATIONINSIGHTS_CONNECTION_STRING</c> is; silent otherwise.
/// </summary>
internal static class Telemetry
{
    public static WebApplicationBuilder AddLcPeersTelemetry(this WebApplicationBuilder builder)
    {
        var otlp = !string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]);
        var appInsights = builder.Configuration["APPLICATIONINSIGHTS_CONNECTION_STRING"];
        var version = typeof(Telemetry).Assembly.GetName().Version?.ToString() ?? "0.0.0";

        builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService("lcpeers", serviceVersion: version))
            .WithTracing(tracing =>
            {
                tracing.AddSource(LcPeersDiagnostics.Name)
                    .AddAspNetCoreInstrumentation(o => o.Filter = ctx => !ctx.Request.Path.StartsWithSegments("/health"))
                    .AddHttpClientInstrumentation()
                    .AddEntityFrameworkCoreInstrumentation();
                if (otlp)
                {
                    tracing.AddOtlpExporter();
                }

                if (!string.IsNullOrWhiteSpace(appInsights))
                {
                    tracing.AddAzureMonitorTraceExporter(o => o.ConnectionString = appInsights);
                }
            })
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(LcPeersDiagnostics.Name)
                    .AddAspNetCoreInstrumentation()
                    .AddRuntimeInstrumentation();
                if (otlp)
                {
                    metrics.AddOtlpExporter();
                }

                if (!string.IsNullOrWhiteSpace(appInsights))
                {
                    metrics.AddAzureMonitorMetricExporter(o => o.ConnectionString = appInsights);
                }
            });

        builder.Logging.AddOpenTelemetry(logging =>
        {
            logging.IncludeScopes = true;
            logging.IncludeFormattedMessage = true;
            if (otlp)
            {
                logging.AddOtlpExporter();
            }

            if (!string.IsNullOrWhiteSpace(appInsights))
            {
                logging.AddAzureMonitorLogExporter(o => o.ConnectionString = appInsights);
            }
        });
        return builder;
    }
}
