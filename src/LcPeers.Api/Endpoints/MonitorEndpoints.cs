using LcPeers.Api.Exports;
using LcPeers.Api.Security;
using LcPeers.Application.Monitor;
using LcPeers.Application.Monitor.Impact;
using LcPeers.Application.Monitor.Needs;
using LcPeers.Application.Monitor.Publication;
using LcPeers.Application.Monitor.Quality;
using LcPeers.Application.Monitor.Snapshots;
using LcPeers.Application.Monitor.ToolsByUse;
using LcPeers.Application.Tools.ListTools;
using Mediator;

namespace LcPeers.Api.Endpoints;

/// <summary>The Learning Community Monitor (report ch. 6.4). Every route answers JSON, or a download with <c>?format=csv</c> or <c>xlsx</c>.</summary>
internal static class MonitorEndpoints
{
    private const string FormatNote = " Filter with from and to (calendar years, inclusive), phase, sector and province (the LC's, or the request's own)." +
        " Add ?format=csv (semicolon-separated, UTF-8 with BOM, for Dutch Excel) or ?format=xlsx for a download.";

    /// <summary>The filters every monitor route takes (<see cref="IMonitorFilter"/>), and the download format.</summary>
    internal sealed record Filter(int? From, int? To, string? Phase, string? Sector, string? Province, string? Format);

    public static IEndpointRouteBuilder MapMonitorEndpoints(this IEndpointRouteBuilder app)
    {
        var monitor = app.MapGroup("/api/monitor").WithTags("Monitor").RequireAuthorization(Policies.Staff);

        monitor.MapGet("", async (ISender sender, [AsParameters] Filter f, CancellationToken ct) =>
            {
                var asked = TableExport.FormatOf(f.Format);
                return TableExport.Respond(await sender.Send(new GetMonitorQuery(f.From, f.To, f.Phase, f.Sector, f.Province), ct), asked, "monitor", MonitorTables.Of);
            })
            .WithName("GetMonitor")
            .Produces<MonitorResponse>()
            .WithSummary("The monitor: LCs by phase, province, type and status; requests, proposals, engagements, ratings, the expert pool (staff)." + FormatNote);

        monitor.MapGet("/needs", async (ISender sender, [AsParameters] Filter f, CancellationToken ct, int? months = null, string? bottleneck = null) =>
            {
                var asked = TableExport.FormatOf(f.Format);
                var query = new GetNeedsQuery(months, f.Phase, bottleneck, f.Province, f.Sector, f.From, f.To);
                return TableExport.Respond(await sender.Send(query, ct), asked, "needs", MonitorTables.Of);
            })
            .WithName("GetNeeds")
            .Produces<NeedsResponse>()
            .WithSummary("Needs against supply per phase × bottleneck, nationally and per province: requests of the last months against the experts " +
                "who could take them now, with the ratio, the median days to a match and the share that found nobody (staff)." + FormatNote);

        monitor.MapGet("/quality", async (ISender sender, [AsParameters] Filter f, CancellationToken ct) =>
            {
                var asked = TableExport.FormatOf(f.Format);
                return TableExport.Respond(await sender.Send(new GetQualityQuery(f.From, f.To, f.Phase, f.Sector, f.Province), ct), asked, "quality", MonitorTables.Of);
            })
            .WithName("GetQuality")
            .Produces<QualityResponse>()
            .WithSummary("Quality over time: per year and review dimension, how many peer reviews placed an LC at each level (1-5) and the mean; " +
                "no LC is named (staff)." + FormatNote);

        monitor.MapGet("/impact", async (ISender sender, [AsParameters] Filter f, CancellationToken ct) =>
            {
                var asked = TableExport.FormatOf(f.Format);
                return TableExport.Respond(await sender.Send(new GetImpactQuery(f.From, f.To, f.Phase, f.Sector, f.Province), ct), asked, "impact", MonitorTables.Of);
            })
            .WithName("GetImpact")
            .Produces<ImpactResponse>()
            .WithSummary("The impact the LCs report: totals per year (LCs reporting, LCs missing: never counted as zero), and per year by phase, " +
                "sector and province; each indicator's Theory of Change stage (staff)." + FormatNote);

        monitor.MapGet("/tools", async (ISender sender, [AsParameters] Filter f, CancellationToken ct) =>
            {
                var asked = TableExport.FormatOf(f.Format);
                return TableExport.Respond(await sender.Send(new GetToolsByUseQuery(f.From, f.To, f.Phase, f.Sector, f.Province), ct), asked, "tools", MonitorTables.Of);
            })
            .WithName("GetToolsByUse")
            .Produces<ToolListResponse>()
            .WithSummary("Tools by use: the requests that named each tool, the engagements they led to and those engagements' ratings, " +
                "the most used first (staff)." + FormatNote);

        monitor.MapGet("/history", async (ISender sender, CancellationToken ct, int? from = null, int? to = null, string? format = null) =>
            {
                var asked = TableExport.FormatOf(format);
                return TableExport.Respond(await sender.Send(new ListMonitorSnapshotsQuery(from, to), ct), asked, "history", MonitorTables.Of);
            })
            .WithName("GetMonitorHistory")
            .Produces<MonitorHistoryResponse>()
            .WithSummary("The network month by month: the headline figures of the monthly snapshots (LCs, requests, open requests, engagements, " +
                "experts, ratings, feedback share), the oldest first; the first is taken at start-up (staff). Filter with from and to (calendar years); " +
                "a snapshot holds the whole network, so it takes no phase, sector or province. Add ?format=csv or ?format=xlsx for a download.");

        monitor.MapGet("/publication", async (ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new GetMonitorPublicationQuery(), ct)))
            .WithName("GetMonitorPublication")
            .WithSummary("Which monitor aggregates (needs, quality, impact, history) are public, with the version to change them from (staff).");

        monitor.MapPut("/publication", async (PublishMonitorAggregatesCommand command, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(command, ct)))
            .WithName("PublishMonitorAggregates")
            .WithSummary("Make exactly these aggregates public (staff): { \"aggregates\": [\"quality\"], \"version\": 1 }. None of them names an LC. " +
                "Audited; a stale version is 409.");

        monitor.MapGet("/public", async (ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new GetPublicMonitorQuery(), ct)))
            .WithName("GetPublicMonitor")
            .WithSummary("The public network monitor: the aggregates staff made public, for the whole network; null for the others. Anyone may read it.")
            .AllowAnonymous();

        return app;
    }
}
