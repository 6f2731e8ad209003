using LcPeers.Api.Security;
using LcPeers.Application.Matching.CreateProposals;
using LcPeers.Application.Matching.GetCandidate;
using LcPeers.Application.Matching.GetCandidates;
using LcPeers.Application.Matching.ListProposals;
using LcPeers.Application.Matching.ProposeExpert;
using LcPeers.Application.Matching.Runs;
using LcPeers.Application.Matching.Weights;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace LcPeers.Api.Endpoints;

internal static class MatchingEndpoints
{
    public static IEndpointRouteBuilder MapMatchingEndpoints(this IEndpointRouteBuilder app)
    {
        var requests = app.MapGroup("/api/requests").WithTags("Matching").RequireAuthorization(Policies.Staff);

        requests.MapGet("/{id:guid}/candidates", async (Guid id, ISender sender, CancellationToken ct, int? top = null,
                bool? includeExcluded = null, int? excludedPage = null, int? excludedPageSize = null) =>
                TypedResults.Ok(await sender.Send(new GetCandidatesQuery(id, top, includeExcluded, excludedPage, excludedPageSize), ct)))
            .WithName("GetCandidates")
            .ProducesProblem(StatusCodes.Status409Conflict) // request.not-submitted
            .WithSummary("Ranked, explained candidates for a submitted request, the excluded experts counted by reason (listed, paged, with includeExcluded=true), and fitting tools (staff).");

        requests.MapGet("/{id:guid}/candidates/{expertId:guid}", async (Guid id, Guid expertId, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetCandidateQuery(id, expertId), ct)))
            .WithName("GetCandidate")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict) // request.not-submitted
            .WithSummary("Why (not) this expert for a submitted request: eligible or not, rank, every factor, and the exclusion reasons (staff).");

        requests.MapGet("/{id:guid}/proposals", async (Guid id, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ListRequestProposalsQuery(id), ct)))
            .WithName("ListRequestProposals")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Every proposal made for a request with its status and, for invitations, the answer-by date (staff).");

        requests.MapPost("/{id:guid}/proposals", async (Guid id, ISender sender, CancellationToken ct) =>
            {
                var result = await sender.Send(new CreateProposalsCommand(id), ct);
                return TypedResults.Created($"/api/requests/{id}/proposals", result);
            })
            .WithName("CreateProposals")
            .WithSummary("Propose the best candidates for a request to staff, keeping alternates (staff).");

        requests.MapPost("/{id:guid}/proposals/{expertId:guid}", async (Guid id, Guid expertId, ISender sender, CancellationToken ct) =>
            {
                var result = await sender.Send(new ProposeExpertCommand(id, expertId), ct);
                return TypedResults.Created($"/api/proposals/{result.Id}", result);
            })
            .WithName("ProposeExpert")
            .ProducesProblem(StatusCodes.Status404NotFound) // no such request or expert
            .ProducesProblem(StatusCodes.Status409Conflict) // proposal.expert-not-eligible, proposal.already-proposed, request.fully-staffed, request.not-submitted
            .WithSummary("Propose one eligible candidate of your choice for a request, for staff to approve (staff).")
            .WithDescription("The expert must pass the matching's eligibility rules for this request and must not have been proposed for it before; "
                + "the request must have a place left. The proposal's rank is the expert's place in the ranking.");

        var matching = app.MapGroup("/api/matching").WithTags("Matching").RequireAuthorization(Policies.Staff);

        matching.MapGet("/weights", async (ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new GetWeightsQuery(), ct)))
            .WithName("GetWeights")
            .WithSummary("The ranking weights, their version and the documented defaults (staff).");

        matching.MapPut("/weights", async (UpdateWeightsCommand command, ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(command, ct)))
            .WithName("UpdateWeights")
            .WithSummary("Change the ranking weights (staff). Send the version you read; every change is audited.");

        matching.MapPost("/runs", async (ISender sender, CancellationToken ct, [FromBody] StartMatchingRunCommand? command = null) =>
            {
                var id = await sender.Send(command ?? new StartMatchingRunCommand(), ct);
                return TypedResults.Accepted($"/api/matching/runs/{id.Value}", new IdResponse(id.Value));
            })
            .WithName("StartMatchingRun")
            .WithSummary("Start a batch assignment over all submitted requests without proposals (staff). 202 with the run's id.")
            .WithDescription("The body is optional: `{ \"objective\": \"fair\" }` first maximises the worst-off request's mean score, then the total; `total` (the default) maximises the total.");

        matching.MapGet("/runs/{id:guid}", async (Guid id, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetMatchingRunQuery(id), ct)))
            .WithName("GetMatchingRun")
            .WithSummary("A run's status, progress, proposals made and unstaffable requests with reasons (staff).");

        return app;
    }
}
