using FluentValidation;
using LcPeers.Application.Common;
using LcPeers.Application.Common.Paging;
using LcPeers.Application.Common.Security;
using LcPeers.Domain.Common;
using LcPeers.Domain.Reference;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LcPeers.Application.GoodPractices.ListGoodPractices;

/// <summary>The good practices, the latest first, narrowed to a phase, a bottleneck theme and/or a tool (catalogue name or id). Public.</summary>
[Public]
public sealed record ListGoodPracticesQuery(string? Phase = null, string? Bottleneck = null, string? Tool = null, int? Page = null, int? PageSize = null)
    : IQuery<PagedResponse<GoodPracticeResponse>>, IPagedQuery;

public sealed class ListGoodPracticesValidator : AbstractValidator<ListGoodPracticesQuery>
{
    public ListGoodPracticesValidator()
    {
        RuleFor(q => q.Phase).Must(p => p is null || Codes<Phase>.IsValid(p))
            .WithMessage($"'phase' must be one of: {string.Join(", ", Codes<Phase>.All)}.").WithName("phase");
        RuleFor(q => q.Bottleneck).Must(b => b is null || Codes<Bottleneck>.IsValid(b))
            .WithMessage($"'bottleneck' must be one of: {string.Join(", ", Codes<Bottleneck>.All)}.").WithName("bottleneck");
        RuleFor(q => q.Tool).MaximumLength(Domain.Tools.Tool.NameMaxLength).WithName("tool");
        this.AddPagingRules();
    }
}

internal sealed class ListGoodPracticesHandler(ILcPeersDb db, ToolResolver tools)
    : IQueryHandler<ListGoodPracticesQuery, PagedResponse<GoodPracticeResponse>>
{
    public async ValueTask<PagedResponse<GoodPracticeResponse>> Handle(ListGoodPracticesQuery query, CancellationToken ct)
    {
        var practices = db.GoodPractices.AsNoTracking();
        if (query.Phase is not null)
        {
            var phase = Codes<Phase>.Parse(query.Phase);
            practices = practices.Where(p => p.Phase == phase);
        }

        if (query.Bottleneck is not null)
        {
            var bottleneck = Codes<Bottleneck>.Parse(query.Bottleneck);
            practices = practices.Where(p => p.Bottleneck == bottleneck);
        }

        if (await tools.ResolveOneAsync(query.Tool, "tool", ct) is { } tool)
        {
            practices = practices.Where(p => p.ToolId == tool);
        }

        var total = await practices.CountAsync(ct);
        var page = await practices.OrderByDescending(p => p.CreatedAt).ThenBy(p => p.Id).Skip(query.SkipOf()).Take(query.SizeOf()).ToListAsync(ct);
        var names = await tools.NamesAsync(ct);
        return new PagedResponse<GoodPracticeResponse>([.. page.Select(p => GoodPracticeResponse.From(p, names))], total, query.PageOf(), query.SizeOf());
    }
}
