using System.ComponentModel;
using LcPeers.Api.Security;
using LcPeers.Application.Experts.ConfirmAvailability;
using LcPeers.Application.Experts.EraseMyProfile;
using LcPeers.Application.Experts.ExportMyData;
using LcPeers.Application.Experts.GetExpert;
using LcPeers.Application.Experts.ListExperts;
using LcPeers.Application.Experts.RegisterExpert;
using LcPeers.Application.Experts.SetAvailability;
using LcPeers.Application.Experts.UpdateExpert;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LcPeers.Api.Endpoints;

internal static class ExpertEndpoints
{
    public static IEndpointRouteBuilder MapExpertEndpoints(this IEndpointRouteBuilder app)
    {
        // Each route names its policy: coordinators may read a profile (the handler decides whose), nothing else here.
        var group = app.MapGroup("/api/experts").WithTags("Experts").RequireAuthorization();

        group.MapPost("/", async Task<Created<IdResponse>> (RegisterExpertCommand command, ISender sender, CancellationToken ct) =>
            {
                var id = await sender.Send(command, ct);
                return TypedResults.Created($"/api/experts/{id.Value}", new IdResponse(id.Value));
            })
            .WithName("RegisterExpert")
            .WithSummary("Register an expert profile: your own (one per account; 409 for a second), or for someone else as staff.")
            .RequireAuthorization(Policies.Expert);

        group.MapGet("/me", async (ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new GetMyExpertQuery(), ct)))
            .WithName("GetMyExpert")
            .ProducesProblem(StatusCodes.Status404NotFound) // no profile yet, or erased
            .WithSummary("The signed-in expert's own profile.")
            .RequireAuthorization(Policies.Expert);

        group.MapGet("/me/export", async (ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ExportMyDataQuery(), ct)))
            .WithName("ExportMyData")
            .ProducesProblem(StatusCodes.Status404NotFound) // no profile yet, or erased
            .WithSummary("Everything stored about the signed-in expert, as JSON.")
            .RequireAuthorization(Policies.Expert);

        group.MapPost("/me/availability/confirm", async (ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ConfirmMyAvailabilityCommand(), ct)))
            .WithName("ConfirmMyAvailability")
            .ProducesProblem(StatusCodes.Status404NotFound) // no profile yet
            .ProducesProblem(StatusCodes.Status409Conflict) // erased
            .WithSummary("The signed-in expert confirms their availability is still correct (the link in the quarterly mail); a stale mark goes.")
            .RequireAuthorization(Policies.Expert);

        group.MapDelete("/me", async (ISender sender, CancellationToken ct) =>
            {
                await sender.Send(new EraseMyProfileCommand(), ct);
                return TypedResults.NoContent();
            })
            .WithName("EraseMyProfile")
            .ProducesProblem(StatusCodes.Status404NotFound) // no profile yet, or erased
            .WithSummary("Erase the signed-in expert's personal data; engagement history stays as anonymous counts.")
            .RequireAuthorization(Policies.Expert);

        group.MapGet("/{id:guid}", async (Guid id, ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new GetExpertQuery(id), ct)))
            .WithName("GetExpert")
            .WithSummary("One expert profile: its owner, staff, or the coordinators of an LC the expert accepted an engagement with (with email).")
            .RequireAuthorization(Policies.ProfileReader);

        group.MapPut("/{id:guid}", async (Guid id, UpdateExpertCommand command, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(command with { Id = id }, ct)))
            .WithName("UpdateExpert")
            .WithSummary("Replace an expert profile (owner or staff). Send the version you read; a stale version gets 409.")
            .RequireAuthorization(Policies.Expert);

        group.MapPut("/{id:guid}/availability", async (Guid id, SetAvailabilityCommand command, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(command with { Id = id }, ct)))
            .WithName("SetAvailability")
            .WithSummary("Set hours per month, maximum concurrent engagements and (un)available periods (owner or staff).")
            .RequireAuthorization(Policies.Expert);

        group.MapGet("/", async (ISender sender, CancellationToken ct, [Description("Part of the expert's display name or email address.")] string? q = null,
                string? competence = null, string? phase = null, string? region = null, string? tool = null, int? page = null, int? pageSize = null,
                [Description("true: only experts whose availability went unconfirmed twice (stale); false: only the others.")] bool? stale = null) =>
                TypedResults.Ok(await sender.Send(new ListExpertsQuery(competence, phase, region, tool, page, pageSize) { Q = q, Stale = stale }, ct)))
            .WithName("ListExperts")
            .WithSummary("Browse the expert pool by name or email (q), competence, phase, region, tool and staleness (staff).")
            .RequireAuthorization(Policies.Staff);

        return app;
    }
}
