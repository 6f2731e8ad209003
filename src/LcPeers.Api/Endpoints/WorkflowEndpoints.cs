using LcPeers.Api.Security;
using LcPeers.Application.Auditing.ListAuditEntries;
using LcPeers.Application.Engagements.Reports;
using LcPeers.Application.Engagements.TrackRecord;
using LcPeers.Application.Experts.MyEngagements;
using LcPeers.Application.Experts.MyInvitations;
using LcPeers.Application.Outbox.ListOutbox;
using LcPeers.Application.Outbox.RetryOutboxEmail;
using Mediator;

namespace LcPeers.Api.Endpoints;

/// <summary>The workflow's reads and staff tools that sit beside other groups: the expert's inbox, reviews, audit, outbox.</summary>
internal static class WorkflowEndpoints
{
    public static IEndpointRouteBuilder MapWorkflowEndpoints(this IEndpointRouteBuilder app)
    {
        var experts = app.MapGroup("/api/experts").WithTags("Experts").RequireAuthorization(Policies.Expert);
        experts.MapGet("/me/invitations", async (ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new ListMyInvitationsQuery(), ct)))
            .WithName("ListMyInvitations")
            .WithSummary("The signed-in expert's approved proposals awaiting an answer, with the request's details.");
        experts.MapGet("/me/engagements", async (ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new ListMyEngagementsQuery(), ct)))
            .WithName("ListMyEngagements")
            .WithSummary("The signed-in expert's engagements with their sessions.");
        experts.MapGet("/{id:guid}/track-record", async (Guid id, ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new GetTrackRecordQuery(id), ct)))
            .WithName("GetTrackRecord")
            .WithSummary("Completed engagements and coordinators' average rating (staff).")
            .RequireAuthorization(Policies.Staff);

        app.MapGet("/api/learning-communities/{id:guid}/reviews", async (Guid id, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ListReviewsQuery(id), ct)))
            .WithTags("Learning communities")
            .WithName("ListReviews")
            .WithSummary("Every peer-review report of the LC, oldest first (the LC's coordinators and staff).")
            .RequireAuthorization(Policies.Coordinator);

        app.MapGet("/api/audit", async (ISender sender, CancellationToken ct, Guid? entityId = null) =>
                TypedResults.Ok(await sender.Send(new ListAuditEntriesQuery(entityId), ct)))
            .WithTags("Audit")
            .WithName("ListAuditEntries")
            .WithSummary("The audit trail of one record: who, when, from, to, why (staff).")
            .RequireAuthorization(Policies.Staff);

        var outbox = app.MapGroup("/api/outbox").WithTags("Outbox").RequireAuthorization(Policies.Staff);
        outbox.MapGet("/", async (ISender sender, CancellationToken ct, string? status = null, int? page = null, int? pageSize = null) =>
                TypedResults.Ok(await sender.Send(new ListOutboxQuery(status, page, pageSize), ct)))
            .WithName("ListOutbox")
            .WithSummary("Outbox emails by status (pending, sent, dead), newest first (staff).");
        outbox.MapPost("/{id:guid}/retry", async (Guid id, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new RetryOutboxEmailCommand(id), ct)))
            .WithName("RetryOutboxEmail")
            .WithSummary("Send a dead email again (staff).");

        return app;
    }
}
