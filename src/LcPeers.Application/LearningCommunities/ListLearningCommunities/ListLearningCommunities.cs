using FluentValidation;
using LcPeers.Application.Common;
using LcPeers.Application.Common.Paging;
using LcPeers.Application.Common.Security;
using LcPeers.Application.Common.Validation;
using LcPeers.Domain.Common;
using LcPeers.Domain.LearningCommunities;
using LcPeers.Domain.Reference;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LcPeers.Application.LearningCommunities.ListLearningCommunities;

/// <summary>Searches the directory: <c>q</c> matches name or a partner organisation; region matches as a substring.</summary>
[Public]
public sealed record ListLearningCommunitiesQuery(string? Q, string? Region, string? Phase, string? Status, int? Page, int? PageSize)
    : IQuery<PagedResponse<LearningCommunityResponse>>, IPagedQuery;

public sealed class ListLearningCommunitiesValidator : AbstractValidator<ListLearningCommunitiesQuery>
{
    public ListLearningCommunitiesValidator()
    {
        this.AddPagingRules();
        RuleFor(q => q.Q).MaximumLength(200).SingleLine().WithName("q");
        RuleFor(q => q.Region).MaximumLength(200).SingleLine().WithName("region");
        RuleFor(q => q.Phase).Must(p => p is null || Codes<Phase>.IsValid(p))
            .WithMessage($"'phase' must be one of: {string.Join(", ", Codes<Phase>.All)}.").WithName("phase");
        RuleFor(q => q.Status).Must(s => s is null || Codes<LearningCommunityStatus>.IsValid(s))
            .WithMessage($"'status' must be one of: {string.Join(", ", Codes<LearningCommunityStatus>.All)}.").WithName("status");
    }
}

internal sealed class ListLearningCommunitiesHandler(ILcPeersDb db)
    : IQueryHandler<ListLearningCommunitiesQuery, PagedResponse<LearningCommunityResponse>>
{
    public async ValueTask<PagedResponse<LearningCommunityResponse>> Handle(ListLearningCommunitiesQuery query, CancellationToken ct)
    {
        var lcs = db.LearningCommunities.AsNoTracking();

        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var pattern = LikePattern.Contains(query.Q);
            lcs = lcs.Where(lc => EF.Functions.Like(lc.Name, pattern, LikePattern.Escape)
                || lc.PartnerOrganisations.Any(p => EF.Functions.Like(p, pattern, LikePattern.Escape)));
        }

        if (!string.IsNullOrWhiteSpace(query.Region))
        {
            var pattern = LikePattern.Contains(query.Region);
            lcs = lcs.Where(lc => lc.Region != null && EF.Functions.Like(lc.Region, pattern, LikePattern.Escape));
        }

        if (query.Phase is not null)
        {
            var phase = Codes<Phase>.Parse(query.Phase);
            lcs = lcs.Where(lc => lc.Phase == phase);
        }

        if (query.Status is not null)
        {
            var status = Codes<LearningCommunityStatus>.Parse(query.Status);
            lcs = lcs.Where(lc => lc.Status == status);
        }

        var total = await lcs.CountAsync(ct);
        var page = await lcs.OrderBy(lc => lc.Name).ThenBy(lc => lc.Id)
            .Skip(query.SkipOf()).Take(query.SizeOf())
            .ToListAsync(ct);

        return new PagedResponse<LearningCommunityResponse>(
            [.. page.Select(LearningCommunityResponse.From)], total, query.PageOf(), query.SizeOf());
    }
}
