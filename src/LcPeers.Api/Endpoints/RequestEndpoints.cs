using System.ComponentModel;
using LcPeers.Api.Security;
using LcPeers.Application.Requests.CancelRequest;
using LcPeers.Application.Requests.CreateRequest;
using LcPeers.Application.Requests.GetRequest;
using LcPeers.Application.Requests.ListRequests;
using LcPeers.Application.Requests.SubmitRequest;
using LcPeers.Application.Requests.UpdateRequest;
using LcPeers.Application.Requests.WithdrawRequest;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LcPeers.Api.Endpoints;

internal static class RequestEndpoints
{
    public static IEndpointRouteBuilder MapRequestEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/requests").WithTags("Support requests").RequireAuthorization(Policies.Coordinator);

        group.MapPost("/", async Task<Created<IdResponse>> (CreateRequestCommand command, ISender sender, CancellationToken ct) =>
            {
                var id = await sender.Send(command, ct);
                return TypedResults.Created($"/api/requests/{id.Value}", new IdResponse(id.Value));
            })
            .WithName("CreateRequest")
            .WithSummary("Draft a support request for one of your LCs (status draft).");

        group.MapGet("/", async (ISender sender, CancellationToken ct, string? status = null, Guid? lcId = null, int? page = null, int? pageSize = null,
                [Description("Only requests waiting for staff: submitted, or with a proposal waiting for approval.")] bool? awaitingStaff = null) =>
                TypedResults.Ok(await sender.Send(new ListRequestsQuery(status, lcId, page, pageSize) { AwaitingStaff = awaitingStaff }, ct)))
            .WithName("ListRequests")
            .WithSummary("Requests: all for staff, those of your own LCs for a coordinator.");

        group.MapGet("/{id:guid}", async (Guid id, ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new GetRequestQuery(id), ct)))
            .WithName("GetRequest")
            .WithSummary("One request with its status and history.");

        group.MapPut("/{id:guid}", async (Guid id, UpdateRequestCommand command, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(command with { Id = id }, ct)))
            .WithName("UpdateRequest")
            .WithSummary("Edit a draft or submitted request. Send the version you read; a stale version gets 409.");

        group.MapPost("/{id:guid}/submit", async (Guid id, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new SubmitRequestCommand(id), ct)))
            .WithName("SubmitRequest")
            .WithSummary("Submit a draft for matching.");

        group.MapPost("/{id:guid}/withdraw", async (Guid id, ISender sender, CancellationToken ct, WithdrawRequestCommand? command) =>
                TypedResults.Ok(await sender.Send((command ?? new WithdrawRequestCommand(null)) with { Id = id }, ct)))
            .WithName("WithdrawRequest")
            .WithSummary("Withdraw an open request (optional reason).");

        group.MapPost("/{id:guid}/cancel", async (Guid id, CancelRequestCommand command, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(command with { Id = id }, ct)))
            .WithName("CancelRequest")
            .WithSummary("Cancel an open request (staff; reason required).")
            .RequireAuthorization(Policies.Staff);

        return app;
    }
}
