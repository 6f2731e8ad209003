using LcPeers.Application.Tools.GetTool;
using LcPeers.Application.Tools.ListTools;
using Mediator;

namespace LcPeers.Api.Endpoints;

internal static class ToolEndpoints
{
    public static IEndpointRouteBuilder MapToolEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/tools").WithTags("Tools").AllowAnonymous();

        group.MapGet("/", async (ISender sender, CancellationToken ct, string? phase = null, string? bottleneck = null, string? sort = null) =>
                TypedResults.Ok(await sender.Send(new ListToolsQuery(phase, bottleneck, sort), ct)))
            .WithName("ListTools")
            .WithSummary("The tools catalogue, filtered by phase and bottleneck theme, each with where it was used (requests, engagements, " +
                "ratings); sort=use puts the most used first.");

        group.MapGet("/{id:guid}", async (Guid id, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetToolQuery(id), ct)))
            .WithName("GetTool")
            .WithSummary("One tool with its phases, bottlenecks, description and where it was used.");

        return app;
    }
}
