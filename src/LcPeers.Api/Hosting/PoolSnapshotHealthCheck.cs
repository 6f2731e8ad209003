using LcPeers.Application.Matching.Snapshot;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace LcPeers.Api.Hosting;

/// <summary>
/// Part of <c>/health/ready</c>: not ready until the instance's ranking pool is built, so a new instance gets no
/// traffic that would wait for it; the body then says "Warming" (<see cref="ReadyResponse"/>). Warming is reported as
/// degraded, which the ready route answers with 503 too (<see cref="ReadyResponse.StatusCodes"/>): the health service
/// logs it as a warning, not as an error on every probe of every start-up.
/// </summary>
internal sealed class PoolSnapshotHealthCheck(PoolSnapshotHolder snapshot) : IHealthCheck
{
    public const string Name = "ranking-pool";

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(snapshot.IsWarm
            ? HealthCheckResult.Healthy($"{snapshot.Experts} experts in the ranking pool")
            : HealthCheckResult.Degraded("warming"));
}

/// <summary>The ready check's body: "Healthy", "Unhealthy", or "Warming" while only the ranking pool is missing.</summary>
internal static class ReadyResponse
{
    public const string Warming = "Warming";

    /// <summary>Only healthy is ready: degraded (warming) and unhealthy both answer 503.</summary>
    public static Dictionary<HealthStatus, int> StatusCodes { get; } = new()
    {
        [HealthStatus.Healthy] = Microsoft.AspNetCore.Http.StatusCodes.Status200OK,
        [HealthStatus.Degraded] = Microsoft.AspNetCore.Http.StatusCodes.Status503ServiceUnavailable,
        [HealthStatus.Unhealthy] = Microsoft.AspNetCore.Http.StatusCodes.Status503ServiceUnavailable,
    };

    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        var failing = report.Entries.Where(e => e.Value.Status != HealthStatus.Healthy).Select(e => e.Key).ToList();
        var warming = failing.Count > 0 && failing.All(name => name == PoolSnapshotHealthCheck.Name);
        context.Response.ContentType = "text/plain";
        return context.Response.WriteAsync(warming ? Warming : report.Status.ToString());
    }
}
