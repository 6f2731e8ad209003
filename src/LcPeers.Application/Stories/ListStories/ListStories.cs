using FluentValidation;
using LcPeers.Application.Common;
using LcPeers.Application.Common.Paging;
using LcPeers.Application.Common.Security;
using LcPeers.Domain.Common;
using LcPeers.Domain.LearningCommunities;
using LcPeers.Domain.Reference;
using LcPeers.Domain.Stories;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LcPeers.Application.Stories.ListStories;

/// <summary>
/// The published success stories, the latest first, narrowed to a phase, a bottleneck theme, a tool (by catalogue name
/// or id) and/or one LC. Public: drafts and stories under review never appear here.
/// </summary>
[Public]
public sealed record ListStoriesQuery(string? Phase = null, string? Bottleneck = null, string? Tool = null, Guid? LearningCommunityId = null,
    int? Page = null, int? PageSize = null) : IQuery<PagedResponse<StoryResponse>>, IPagedQuery;

public sealed class ListStoriesValidator : AbstractValidator<ListStoriesQuery>
{
    public ListStoriesValidator()
    {
        RuleFor(q => q.Phase).Must(p => p is null || Codes<Phase>.IsValid(p))
            .WithMessage($"'phase' must be one of: {string.Join(", ", Codes<Phase>.All)}.").WithName("phase");
        RuleFor(q => q.Bottleneck).Must(b => b is null || Codes<Bottleneck>.IsValid(b))
            .WithMessage($"'bottleneck' must be one of: {string.Join(", ", Codes<Bottleneck>.All)}.").WithName("bottleneck");
        RuleFor(q => q.Tool).MaximumLength(200).WithName("tool");
        this.AddPagingRules();
    }
}

internal sealed class ListStoriesHandler(ILcPeersDb db, StoryAccess access, ToolResolver tools) : IQueryHandler<ListStoriesQuery, PagedResponse<StoryResponse>>
{
    public async ValueTask<PagedResponse<StoryResponse>> Handle(ListStoriesQuery query, CancellationToken ct)
    {
        var stories = db.Stories.AsNoTracking().Where(s => s.Status == StoryStatus.Published);
        if (query.Phase is not null)
        {
            var phase = Codes<Phase>.Parse(query.Phase);
            stories = stories.Where(s => s.Phase == phase);
        }

        if (query.Bottleneck is not null)
        {
            var bottleneck = Codes<Bottleneck>.Parse(query.Bottleneck);
            stories = stories.Where(s => s.Bottlenecks.Contains(bottleneck));
        }

        if (await tools.ResolveOneAsync(query.Tool, "tool", ct) is { } tool)
        {
            stories = stories.Where(s => s.Tools.Contains(tool));
        }

        if (query.LearningCommunityId is { } lc)
        {
            var lcId = new LearningCommunityId(lc);
            stories = stories.Where(s => s.LearningCommunityId == lcId);
        }

        var total = await stories.CountAsync(ct);
        var page = await stories.OrderByDescending(s => s.PublishedAt).ThenBy(s => s.Id).Skip(query.SkipOf()).Take(query.SizeOf()).ToListAsync(ct);
        return new PagedResponse<StoryResponse>(await access.ToResponsesAsync(page, ct), total, query.PageOf(), query.SizeOf());
    }
}
