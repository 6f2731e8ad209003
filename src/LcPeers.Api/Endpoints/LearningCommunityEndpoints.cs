using LcPeers.Api.Security;
using LcPeers.Application.Common.Paging;
using LcPeers.Application.LearningCommunities;
using LcPeers.Application.LearningCommunities.ConfirmDirectoryEntry;
using LcPeers.Application.LearningCommunities.Coordinators;
using LcPeers.Application.LearningCommunities.CreateLearningCommunity;
using LcPeers.Application.LearningCommunities.GetLearningCommunity;
using LcPeers.Application.LearningCommunities.ImpactReports;
using LcPeers.Application.LearningCommunities.ListLearningCommunities;
using LcPeers.Application.LearningCommunities.ListMyLearningCommunities;
using LcPeers.Application.LearningCommunities.SimilarLearningCommunities;
using LcPeers.Application.LearningCommunities.UpdateLearningCommunity;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LcPeers.Api.Endpoints;

internal static class LearningCommunityEndpoints
{
    public static IEndpointRouteBuilder MapLearningCommunityEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/learning-communities").WithTags("Learning communities");

        group.MapGet("/", async (ISender sender, CancellationToken ct, string? q = null, string? region = null, string? phase = null,
                string? status = null, int? page = null, int? pageSize = null) =>
                TypedResults.Ok(await sender.Send(new ListLearningCommunitiesQuery(q, region, phase, status, page, pageSize), ct)))
            .WithName("ListLearningCommunities")
            .WithSummary("Search the LC directory by name or partner, region, phase and status.")
            .Produces<PagedResponse<LearningCommunityResponse>>()
            .AllowAnonymous();

        group.MapGet("/{id:guid}", async (Guid id, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetLearningCommunityQuery(id), ct)))
            .WithName("GetLearningCommunity")
            .WithSummary("One LC: partners, phase, contacts.")
            .AllowAnonymous();

        group.MapPost("/{id:guid}/impact-reports", async (Guid id, ImpactReportBody body, ISender sender, CancellationToken ct) =>
            {
                var reportId = await sender.Send(new SubmitImpactReportCommand(id, body.Period, body.StudentsTrained, body.WorkersUpskilled, body.Innovations,
                    body.PartnersJoined, body.PartnersLeft, body.Narrative), ct);
                return TypedResults.Created($"/api/learning-communities/{id}/impact-reports/{reportId}", new IdResponse(reportId));
            })
            .WithName("SubmitImpactReport")
            .WithSummary("Report an LC's impact for a period (a year, \"2027\", or a half year, \"2027-H1\"): students trained, workers upskilled, " +
                "innovations, partners joined and left, a narrative (the LC's coordinators, staff). One report per period: a second is a 409.")
            .RequireAuthorization(Policies.Coordinator);

        group.MapGet("/{id:guid}/impact-reports", async (Guid id, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ListImpactReportsQuery(id), ct)))
            .WithName("ListImpactReports")
            .WithSummary("An LC's impact reports, the latest period first, each indicator tagged with its Theory of Change stage (the LC's coordinators, staff).")
            .RequireAuthorization(Policies.Coordinator);

        group.MapPut("/{id:guid}/impact-reports/{reportId:guid}", async (Guid id, Guid reportId, ImpactReportBody body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new UpdateImpactReportCommand(id, reportId, body.StudentsTrained, body.WorkersUpskilled, body.Innovations,
                    body.PartnersJoined, body.PartnersLeft, body.Narrative, body.Version), ct)))
            .WithName("UpdateImpactReport")
            .WithSummary("Change an impact report's figures (the LC's coordinators, staff). Send the version you read.")
            .RequireAuthorization(Policies.Coordinator);

        group.MapGet("/{id:guid}/similar", async (Guid id, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetSimilarLearningCommunitiesQuery(id), ct)))
            .WithName("GetSimilarLearningCommunities")
            .WithSummary("The LCs most like this one (phase, bottlenecks asked about, sector, region, type), each with why and its public contacts, " +
                "so LCs can learn from each other directly.")
            .AllowAnonymous();

        group.MapPost("/", async Task<Created<IdResponse>> (CreateLearningCommunityCommand command, ISender sender, CancellationToken ct) =>
            {
                var id = await sender.Send(command, ct);
                return TypedResults.Created($"/api/learning-communities/{id.Value}", new IdResponse(id.Value));
            })
            .WithName("CreateLearningCommunity")
            .WithSummary("Add an LC to the directory (staff).")
            .RequireAuthorization(Policies.Staff);

        group.MapPut("/{id:guid}", async (Guid id, UpdateLearningCommunityCommand command, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(command with { Id = id }, ct)))
            .WithName("UpdateLearningCommunity")
            .WithSummary("Edit an LC (staff). Send the version you read; a stale version gets 409.")
            .RequireAuthorization(Policies.Staff);

        group.MapPost("/{id:guid}/confirm", async (Guid id, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ConfirmDirectoryEntryCommand(id), ct)))
            .WithName("ConfirmDirectoryEntry")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("The LC's directory entry is still correct (its coordinators, staff): a new confirmation cycle starts, a stale mark goes.")
            .RequireAuthorization(Policies.Coordinator);

        group.MapGet("/mine", async (ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ListMyLearningCommunitiesQuery(), ct)))
            .WithName("ListMyLearningCommunities")
            .WithSummary("The LCs the signed-in coordinator is linked to.")
            .RequireAuthorization(Policies.Coordinator);

        group.MapGet("/{id:guid}/coordinators", async (Guid id, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ListCoordinatorsQuery(id), ct)))
            .WithName("ListCoordinators")
            .WithSummary("The coordinators linked to an LC (staff).")
            .RequireAuthorization(Policies.Staff);

        group.MapPut("/{id:guid}/coordinators/{email}", async (Guid id, string email, ISender sender, CancellationToken ct) =>
            {
                await sender.Send(new LinkCoordinatorCommand(id, email), ct);
                return TypedResults.NoContent();
            })
            .WithName("LinkCoordinator")
            .WithSummary("Link a coordinator to an LC by sign-in email (staff). Idempotent.")
            .RequireAuthorization(Policies.Staff);

        group.MapDelete("/{id:guid}/coordinators/{email}", async (Guid id, string email, ISender sender, CancellationToken ct) =>
            {
                await sender.Send(new UnlinkCoordinatorCommand(id, email), ct);
                return TypedResults.NoContent();
            })
            .WithName("UnlinkCoordinator")
            .WithSummary("Unlink a coordinator from an LC (staff). Idempotent.")
            .RequireAuthorization(Policies.Staff);

        return app;
    }
}

/// <summary>An impact report as clients send it; the period is fixed once reported, the version is needed to change it.</summary>
internal sealed record ImpactReportBody(
    string? Period, int? StudentsTrained, int? WorkersUpskilled, int? Innovations, int? PartnersJoined, int? PartnersLeft, string? Narrative, int? Version);

/// <summary>The body of a 201: the new resource's id.</summary>
public sealed record IdResponse(Guid Id);
