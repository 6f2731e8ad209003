using LcPeers.Api.Security;
using LcPeers.Application.Matching.AcceptProposal;
using LcPeers.Application.Matching.ApproveProposal;
using LcPeers.Application.Matching.DeclineProposal;
using LcPeers.Application.Matching.GetProposal;
using LcPeers.Application.Matching.RejectProposal;
using Mediator;

namespace LcPeers.Api.Endpoints;

internal static class ProposalEndpoints
{
    public static IEndpointRouteBuilder MapProposalEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/proposals").WithTags("Proposals").RequireAuthorization();

        group.MapGet("/{id:guid}", async (Guid id, ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new GetProposalQuery(id), ct)))
            .WithName("GetProposal")
            .WithSummary("One proposal: staff see all of it; its expert sees it once approved, with engagementId after accepting.");

        group.MapPost("/{id:guid}/approve", async (Guid id, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ApproveProposalCommand(id), ct)))
            .WithName("ApproveProposal")
            .WithSummary("Approve a proposal (staff). Once approved (with Matching:RequireSecondApprover, by a second person) the expert is invited by email. 409 proposal.not-pending if someone acted first.")
            .RequireAuthorization(Policies.Staff);

        group.MapPost("/{id:guid}/reject", async (Guid id, RejectProposalCommand command, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(command with { Id = id }, ct)))
            .WithName("RejectProposal")
            .WithSummary("Reject a proposal with a reason (staff); the best-ranked alternate is promoted.")
            .RequireAuthorization(Policies.Staff);

        group.MapPost("/{id:guid}/accept", async (Guid id, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new AcceptProposalCommand(id), ct)))
            .WithName("AcceptProposal")
            .WithSummary("Accept an invitation (the invited expert): starts an engagement and introduces the expert and the LC's coordinators by email.")
            .RequireAuthorization(Policies.Expert);

        group.MapPost("/{id:guid}/decline", async (Guid id, ISender sender, CancellationToken ct, DeclineProposalCommand? command) =>
                TypedResults.Ok(await sender.Send((command ?? new DeclineProposalCommand(null)) with { Id = id }, ct)))
            .WithName("DeclineProposal")
            .WithSummary("Decline an invitation (the invited expert; optional reason); the best-ranked alternate is promoted.")
            .RequireAuthorization(Policies.Expert);

        return app;
    }
}
