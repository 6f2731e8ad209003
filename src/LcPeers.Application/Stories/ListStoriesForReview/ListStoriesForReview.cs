using FluentValidation;
using LcPeers.Application.Common;
using LcPeers.Application.Common.Security;
using LcPeers.Domain.Common;
using LcPeers.Domain.Stories;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LcPeers.Application.Stories.ListStoriesForReview;

/// <summary>Stories in one state for staff, the oldest first: by default those submitted and waiting for review.</summary>
[RequiresRole(Roles.Staff)]
public sealed record ListStoriesForReviewQuery(string? Status = null) : IQuery<IReadOnlyList<StoryResponse>>;

public sealed class ListStoriesForReviewValidator : AbstractValidator<ListStoriesForReviewQuery>
{
    public ListStoriesForReviewValidator() =>
        RuleFor(q => q.Status).Must(s => s is null || Codes<StoryStatus>.IsValid(s))
            .WithMessage($"'status' must be one of: {string.Join(", ", Codes<StoryStatus>.All)}.").WithName("status");
}

internal sealed class ListStoriesForReviewHandler(ILcPeersDb db, StoryAccess access) : IQueryHandler<ListStoriesForReviewQuery, IReadOnlyList<StoryResponse>>
{
    public async ValueTask<IReadOnlyList<StoryResponse>> Handle(ListStoriesForReviewQuery query, CancellationToken ct)
    {
        var status = query.Status is null ? StoryStatus.Submitted : Codes<StoryStatus>.Parse(query.Status);
        var stories = await db.Stories.AsNoTracking().Where(s => s.Status == status).OrderBy(s => s.UpdatedAt).Take(500).ToListAsync(ct);
        return await access.ToResponsesAsync(stories, ct);
    }
}
