using FluentValidation;
using LcPeers.Application.Common;
using LcPeers.Application.Common.Security;
using LcPeers.Domain.Common;
using LcPeers.Domain.Reference;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LcPeers.Application.Tools.ListTools;

/// <summary>The tools catalogue, optionally narrowed to a phase and/or a bottleneck theme.</summary>
[Public]
public sealed record ListToolsQuery(string? Phase, string? Bottleneck) : IQuery<ToolListResponse>;

public sealed record ToolListResponse(IReadOnlyList<ToolResponse> Items, int TotalCount);

public sealed class ListToolsValidator : AbstractValidator<ListToolsQuery>
{
    public ListToolsValidator()
    {
        RuleFor(q => q.Phase).Must(p => p is null || Codes<Phase>.IsValid(p))
            .WithMessage($"'phase' must be one of: {string.Join(", ", Codes<Phase>.All)}.").WithName("phase");
        RuleFor(q => q.Bottleneck).Must(b => b is null || Codes<Bottleneck>.IsValid(b))
            .WithMessage($"'bottleneck' must be one of: {string.Join(", ", Codes<Bottleneck>.All)}.").WithName("bottleneck");
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
        return new ToolListResponse([.. items.Select(ToolResponse.From)], items.Count);
    }
}
