using LcPeers.Api.Security;
using LcPeers.Application.Common.Paging;
using LcPeers.Application.GoodPractices;
using LcPeers.Application.GoodPractices.GetGoodPractice;
using LcPeers.Application.GoodPractices.ListGoodPractices;
using LcPeers.Application.GoodPractices.RecordGoodPractice;
using LcPeers.Application.GoodPractices.RemoveGoodPractice;
using LcPeers.Application.GoodPractices.UpdateGoodPractice;
using LcPeers.Application.Tools.AddTool;
using LcPeers.Application.Tools.GetTool;
using LcPeers.Application.Tools.ListTools;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LcPeers.Api.Endpoints;

internal static class ToolEndpoints
{
    public static IEndpointRouteBuilder MapToolEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/tools").WithTags("Tools");

        group.MapGet("/", async (ISender sender, CancellationToken ct, string? phase = null, string? bottleneck = null, string? sort = null) =>
                TypedResults.Ok(await sender.Send(new ListToolsQuery(phase, bottleneck, sort), ct)))
            .WithName("ListTools")
            .WithSummary("The tools catalogue, filtered by phase and bottleneck theme, each with where it was used (requests, engagements, " +
                "ratings); sort=use puts the most used first.")
            .AllowAnonymous();

        group.MapGet("/{id:guid}", async (Guid id, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetToolQuery(id), ct)))
            .WithName("GetTool")
            .WithSummary("One tool with its phases, bottlenecks, description and where it was used.")
            .AllowAnonymous();

        group.MapPost("/", async Task<Created<IdResponse>> (AddToolCommand command, ISender sender, CancellationToken ct) =>
            {
                var id = await sender.Send(command, ct);
                return TypedResults.Created($"/api/tools/{id}", new IdResponse(id));
            })
            .WithName("AddTool")
            .WithSummary("Add a tool to the catalogue (staff): name, phases, bottlenecks, needsFacilitator, lcSpecific, descriptionNl " +
                "(descriptionEn optional). Numbered from 101, after the report's inventory; a name already in the catalogue is a 409.")
            .RequireAuthorization(Policies.Staff);

        return app.MapGoodPracticeEndpoints();
    }

    private static IEndpointRouteBuilder MapGoodPracticeEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/good-practices").WithTags("Tools");

        group.MapGet("/", async (ISender sender, CancellationToken ct, string? phase = null, string? bottleneck = null, string? tool = null,
                int? page = null, int? pageSize = null) =>
                TypedResults.Ok(await sender.Send(new ListGoodPracticesQuery(phase, bottleneck, tool, page, pageSize), ct)))
            .WithName("ListGoodPractices")
            .WithSummary("The good practices, the latest first, by phase, bottleneck theme and tool (catalogue name or id).")
            .Produces<PagedResponse<GoodPracticeResponse>>()
            .AllowAnonymous();

        group.MapGet("/{id:guid}", async (Guid id, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetGoodPracticeQuery(id), ct)))
            .WithName("GetGoodPractice")
            .WithSummary("One good practice.")
            .AllowAnonymous();

        group.MapPost("/", async Task<Created<IdResponse>> (RecordGoodPracticeCommand command, ISender sender, CancellationToken ct) =>
            {
                var id = await sender.Send(command, ct);
                return TypedResults.Created($"/api/good-practices/{id}", new IdResponse(id));
            })
            .WithName("RecordGoodPractice")
            .WithSummary("Record a good practice (staff): title, phase, bottleneck, whatWasDone, whatItBrought, contact, and the tool it used (optional).")
            .RequireAuthorization(Policies.Staff);

        group.MapPut("/{id:guid}", async (Guid id, UpdateGoodPracticeCommand command, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(command with { GoodPracticeId = id }, ct)))
            .WithName("UpdateGoodPractice")
            .WithSummary("Change a good practice (staff). Send the version you read; a stale version gets 409.")
            .RequireAuthorization(Policies.Staff);

        group.MapDelete("/{id:guid}", async (Guid id, int? version, ISender sender, CancellationToken ct) =>
            {
                await sender.Send(new RemoveGoodPracticeCommand(id, version), ct);
                return TypedResults.NoContent();
            })
            .WithName("RemoveGoodPractice")
            .WithSummary("Take a good practice out of the catalogue (staff), with ?version= as read; a stale version gets 409.")
            .RequireAuthorization(Policies.Staff);

        return app;
    }
}
