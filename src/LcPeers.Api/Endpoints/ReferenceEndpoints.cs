using LcPeers.Application.Reference.ListReferenceTerms;
using LcPeers.Domain.Reference;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LcPeers.Api.Endpoints;

internal static class ReferenceEndpoints
{
    public static IEndpointRouteBuilder MapReferenceEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/reference").WithTags("Reference data").AllowAnonymous();

        group.MapGet("/phases", (ISender sender, CancellationToken ct) => List(sender, ReferenceKind.Phase, ct))
            .WithName("ListPhases")
            .WithSummary("The four LC phases with Dutch and English labels.");
        group.MapGet("/bottlenecks", (ISender sender, CancellationToken ct) => List(sender, ReferenceKind.Bottleneck, ct))
            .WithName("ListBottlenecks")
            .WithSummary("The six bottleneck themes with Dutch and English labels.");
        group.MapGet("/sectors", (ISender sender, CancellationToken ct) => List(sender, ReferenceKind.Sector, ct))
            .WithName("ListSectors")
            .WithSummary("Sector themes (the TKIs).");
        group.MapGet("/learning-community-types", (ISender sender, CancellationToken ct) => List(sender, ReferenceKind.LearningCommunityType, ct))
            .WithName("ListLearningCommunityTypes")
            .WithSummary("Types and origins of LCs.");
        group.MapGet("/process-competences", (ISender sender, CancellationToken ct) => List(sender, ReferenceKind.ProcessCompetence, ct))
            .WithName("ListProcessCompetences")
            .WithSummary("The curated list of process competences experts can name.");
        group.MapGet("/review-dimensions", (ISender sender, CancellationToken ct) => List(sender, ReferenceKind.ReviewDimension, ct))
            .WithName("ListReviewDimensions")
            .WithSummary("The four dimensions a peer review places an LC on (levels 1-5 each).");
        group.MapGet("/provinces", () => TypedResults.Ok(Provinces.All))
            .WithName("ListProvinces")
            .WithSummary("The twelve provinces experts serve and on-site requests name.");

        return app;
    }

    private static async Task<Ok<IReadOnlyList<ReferenceTermResponse>>> List(ISender sender, ReferenceKind kind, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new ListReferenceTermsQuery(kind), ct));
}
