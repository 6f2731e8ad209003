using LcPeers.Api.Resources;
using LcPeers.Api.Security;
using LcPeers.Api.Web;
using LcPeers.Application.Common.Paging;
using LcPeers.Application.Stories;
using LcPeers.Application.Stories.ConsentToStory;
using LcPeers.Application.Stories.GetStory;
using LcPeers.Application.Stories.ListMyStories;
using LcPeers.Application.Stories.ListStories;
using LcPeers.Application.Stories.ListStoriesForReview;
using LcPeers.Application.Stories.ReviewStory;
using LcPeers.Application.Stories.SubmitStory;
using LcPeers.Application.Stories.UpdateStory;
using LcPeers.Application.Stories.WriteStory;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace LcPeers.Api.Endpoints;

internal static class StoryEndpoints
{
    public static IEndpointRouteBuilder MapStoryEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/stories").WithTags("Stories");

        group.MapGet("/", async (ISender sender, IStringLocalizer<SharedResource> t, CancellationToken ct, string? phase = null, string? bottleneck = null,
                string? tool = null, Guid? learningCommunityId = null, int? page = null, int? pageSize = null) =>
            {
                var list = await sender.Send(new ListStoriesQuery(phase, bottleneck, tool, learningCommunityId, page, pageSize), ct);
                return TypedResults.Ok(list with { Items = [.. list.Items.Select(s => s.Present(t))] });
            })
            .WithName("ListStories")
            .WithSummary("The published success stories, the latest first, by phase, bottleneck theme, tool (catalogue name or id) and LC.")
            .Produces<PagedResponse<StoryResponse>>()
            .AllowAnonymous();

        group.MapGet("/{id:guid}", async (Guid id, ISender sender, IStringLocalizer<SharedResource> t, CancellationToken ct) =>
                TypedResults.Ok((await sender.Send(new GetStoryQuery(id), ct)).Present(t)))
            .WithName("GetStory")
            .WithSummary("One story: a published one for anyone; one not yet published for its author, the LC's coordinators, its expert and staff (404 for others).")
            .AllowAnonymous();

        group.MapGet("/mine", async (ISender sender, IStringLocalizer<SharedResource> t, CancellationToken ct, Guid? engagementId = null) =>
                TypedResults.Ok((await sender.Send(new ListMyStoriesQuery(engagementId), ct)).Select(s => s.Present(t)).ToList()))
            .WithName("ListMyStories")
            .WithSummary("The stories of the signed-in coordinator's LCs (staff: all), in every state; optionally about one engagement.")
            .RequireAuthorization(Policies.Coordinator);

        group.MapGet("/review", async (ISender sender, IStringLocalizer<SharedResource> t, CancellationToken ct, string? status = null) =>
                TypedResults.Ok((await sender.Send(new ListStoriesForReviewQuery(status), ct)).Select(s => s.Present(t)).ToList()))
            .WithName("ListStoriesForReview")
            .WithSummary("Stories in one state (default: submitted, waiting for review), the oldest first (staff).")
            .RequireAuthorization(Policies.Staff);

        group.MapPost("/", async Task<Created<IdResponse>> (WriteStoryCommand command, ISender sender, CancellationToken ct) =>
            {
                var id = await sender.Send(command, ct);
                return TypedResults.Created($"/api/stories/{id}", new IdResponse(id));
            })
            .WithName("WriteStory")
            .WithSummary("Write the success story of an ended engagement as a draft (the LC's coordinators, staff): what was stuck, who helped, " +
                "what changed, phase, bottlenecks, tools. nameExpert asks to name the expert; that takes the expert's consent before submitting.")
            .RequireAuthorization(Policies.Coordinator);

        group.MapPut("/{id:guid}", async (Guid id, UpdateStoryCommand command, ISender sender, IStringLocalizer<SharedResource> t, CancellationToken ct) =>
                TypedResults.Ok((await sender.Send(command with { StoryId = id }, ct)).Present(t)))
            .WithName("UpdateStory")
            .WithSummary("Change a draft or returned story (its author, staff). Send the version you read; a stale version gets 409.")
            .RequireAuthorization(Policies.Coordinator);

        group.MapPost("/{id:guid}/submit", async (Guid id, ISender sender, IStringLocalizer<SharedResource> t, CancellationToken ct) =>
                TypedResults.Ok((await sender.Send(new SubmitStoryCommand(id), ct)).Present(t)))
            .WithName("SubmitStory")
            .WithSummary("Hand a draft or returned story to staff for review (its author, staff). A story that names the expert without their consent is a 409.")
            .RequireAuthorization(Policies.Coordinator);

        group.MapPost("/{id:guid}/review", async (Guid id, ReviewStoryCommand command, ISender sender, IStringLocalizer<SharedResource> t, CancellationToken ct) =>
                TypedResults.Ok((await sender.Send(command with { StoryId = id }, ct)).Present(t)))
            .WithName("ReviewStory")
            .WithSummary("Publish a submitted story (decision: publish) or return it to its author with a note (decision: return) (staff).")
            .RequireAuthorization(Policies.Staff);

        group.MapPost("/{id:guid}/consent", async (Guid id, ConsentToStoryCommand command, ISender sender, IStringLocalizer<SharedResource> t, CancellationToken ct) =>
                TypedResults.Ok((await sender.Send(command with { StoryId = id }, ct)).Present(t)))
            .WithName("ConsentToStory")
            .WithSummary("The story's expert consents to being named in it (consent: true) or withdraws (false); a withdrawal hides the name at once.")
            .RequireAuthorization(Policies.Expert);

        return app;
    }
}
