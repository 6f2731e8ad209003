using LcPeers.Application.Engagements.CancelSession;
using LcPeers.Application.Engagements.CompleteEngagement;
using LcPeers.Application.Engagements.Feedback;
using LcPeers.Application.Engagements.GetEngagement;
using LcPeers.Application.Engagements.Reports;
using LcPeers.Application.Engagements.RescheduleSession;
using LcPeers.Application.Engagements.ScheduleSession;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LcPeers.Api.Endpoints;

internal static class EngagementEndpoints
{
    public static IEndpointRouteBuilder MapEngagementEndpoints(this IEndpointRouteBuilder app)
    {
        // Who may do what is decided per engagement (staff, the LC's coordinators, the engagement's expert) in the handlers.
        var group = app.MapGroup("/api/engagements").WithTags("Engagements").RequireAuthorization();

        group.MapGet("/{id:guid}", async (Guid id, ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new GetEngagementQuery(id), ct)))
            .WithName("GetEngagement")
            .WithSummary("One engagement with its sessions and the participants' contact details (participants and staff).");

        group.MapPost("/{id:guid}/complete", async (Guid id, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new CompleteEngagementCommand(id), ct)))
            .WithName("CompleteEngagement")
            .WithSummary("Close an engagement (staff or the LC's coordinators); the request completes when all its engagements are closed.");

        group.MapPost("/{id:guid}/sessions", async Task<Created<IdResponse>> (Guid id, ScheduleSessionCommand command, ISender sender, CancellationToken ct) =>
            {
                var session = await sender.Send(command with { EngagementId = id }, ct);
                return TypedResults.Created($"/api/engagements/{id}/sessions/{session.Id}", new IdResponse(session.Id));
            })
            .WithName("ScheduleSession")
            .WithSummary("Schedule a session; times without offset are Europe/Amsterdam. Every participant gets a calendar invitation (METHOD:REQUEST).");

        group.MapPut("/{id:guid}/sessions/{sessionId:guid}", async (Guid id, Guid sessionId, RescheduleSessionCommand command, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(command with { EngagementId = id, SessionId = sessionId }, ct)))
            .WithName("RescheduleSession")
            .WithSummary("Reschedule a session (same UID, SEQUENCE + 1), or give a planned session of a peer review its date.");

        group.MapDelete("/{id:guid}/sessions/{sessionId:guid}", async (Guid id, Guid sessionId, string? reason, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new CancelSessionCommand(id, sessionId, reason), ct)))
            .WithName("CancelSession")
            .WithSummary("Cancel a session, with an optional `reason` (at most 500 characters); invited participants get METHOD:CANCEL (same UID, SEQUENCE + 1) and the reason.");

        group.MapPost("/{id:guid}/feedback", async Task<Created<IdResponse>> (Guid id, GiveFeedbackCommand command, ISender sender, CancellationToken ct) =>
            {
                var feedbackId = await sender.Send(command with { EngagementId = id }, ct);
                return TypedResults.Created($"/api/engagements/{id}", new IdResponse(feedbackId));
            })
            .WithName("GiveFeedback")
            .WithSummary("Rate an ended engagement 1-5 with a comment: the coordinator rates the help, the expert the collaboration. Once each.");

        group.MapPost("/{id:guid}/report", async Task<Created<IdResponse>> (Guid id, SubmitReportCommand command, ISender sender, CancellationToken ct) =>
            {
                var reportId = await sender.Send(command with { EngagementId = id }, ct);
                return TypedResults.Created($"/api/engagements/{id}", new IdResponse(reportId));
            })
            .WithName("SubmitReport")
            .WithSummary("The peer reviewer's report: level (1-5), findings and advice on each of the four dimensions. No overall grade.");

        return app;
    }
}
