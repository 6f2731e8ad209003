using FluentValidation;
using LcPeers.Application.Common;
using LcPeers.Application.Common.Security;
using LcPeers.Domain.Common;
using LcPeers.Domain.Reference;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LcPeers.Application.Tools.ListTools;

/// <summary>
/// The tools catalogue, optionally narrowed to a phase and/or a bottleneck theme, each with where it was used;
/// in the report's order (<c>sort=number</c>, the default) or the most used first (<c>sort=use</c>).
/// </summary>
[Public]
public sealed record ListToolsQuery(string? Phase, string? Bottleneck, string? Sort = null) : IQuery<ToolListResponse>
{
    public const string ByNumber = "number";
    public const string ByUse = "use";
}

public sealed record ToolListResponse(IReadOnlyList<ToolResponse> Items, int TotalCount);

public sealed class ListToolsValidator : AbstractValidator<ListToolsQuery>
{
    public ListToolsValidator()
    {
        RuleFor(q => q.Phase).Must(p => p is null || Codes<Phase>.IsValid(p))
            .WithMessage($"'phase' must be one of: {string.Join(", ", Codes<Phase>.All)}.").WithName("phase");
        RuleFor(q => q.Bottleneck).Must(b => b is null || Codes<Bottleneck>.IsValid(b))
            .WithMessage($"'bottleneck' must be one of: {string.Join(", ", Codes<Bottleneck>.All)}.").WithName("bottleneck");
        RuleFor(q => q.Sort).Must(s => s is null or ListToolsQuery.ByNumber or ListToolsQuery.ByUse)
            .WithMessage($"'sort' must be one of: {ListToolsQuery.ByNumber}, {ListToolsQuery.ByUse}.").WithName("sort");
    }
}

internal sealed class ListToolsHandler(ILcPeersDb db) : IQueryHandler<ListToolsQuery, ToolListResponse>
{
    public async ValueTask<ToolListResponse> Handle(ListToolsQuery query, CancellationToken ct)
    {
        var tools = db.Tools.AsNoTracking();
        if (query.Phase is not null)
        {
            var phase = Codes<Phase>.Parse(query.Phase);
            tools = tools.Where(t => t.Phases.Contains(phase));
        }

        if (query.Bottleneck is not null)
        {
            var bottleneck = Codes<Bottleneck>.Parse(query.Bottleneck);
            tools = tools.Where(t => t.Bottlenecks.Contains(bottleneck));
        }

        var items = await tools.OrderBy(t => t.Number).ToListAsync(ct);
        var use = await ToolUse.ReadAsync(db, ct);
        var listed = items.Select(t => ToolResponse.From(t, use.GetValueOrDefault(t.Id, ToolUse.None)));
        if (query.Sort == ListToolsQuery.ByUse)
        {
            listed = ToolUse.MostUsedFirst(listed);
        }

        var result = listed.ToList();
        return new ToolListResponse(result, result.Count);
    }
}
