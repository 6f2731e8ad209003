using LcPeers.Application.Common;
using LcPeers.Application.Common.Security;
using LcPeers.Domain.Reference;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LcPeers.Application.Reference.ListReferenceTerms;

/// <summary>The terms of one vocabulary (phases, bottleneck themes, sectors, LC types) with their labels.</summary>
[Public]
public sealed record ListReferenceTermsQuery(ReferenceKind Kind) : IQuery<IReadOnlyList<ReferenceTermResponse>>;

public sealed record ReferenceTermResponse(string Code, LocalizedText Label, LocalizedText Description);

internal sealed class ListReferenceTermsHandler(ILcPeersDb db) : IQueryHandler<ListReferenceTermsQuery, IReadOnlyList<ReferenceTermResponse>>
{
    public async ValueTask<IReadOnlyList<ReferenceTermResponse>> Handle(ListReferenceTermsQuery query, CancellationToken ct) =>
        await db.ReferenceTerms.AsNoTracking()
            .Where(t => t.Kind == query.Kind)
            .OrderBy(t => t.SortOrder)
            .Select(t => new ReferenceTermResponse(t.Code, new LocalizedText(t.LabelNl, t.LabelEn), new LocalizedText(t.DescriptionNl, t.DescriptionEn)))
            .ToListAsync(ct);
}
