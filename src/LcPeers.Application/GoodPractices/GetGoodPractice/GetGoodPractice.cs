using LcPeers.Application.Common;
using LcPeers.Application.Common.Exceptions;
using LcPeers.Application.Common.Security;
using LcPeers.Domain.Tools;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LcPeers.Application.GoodPractices.GetGoodPractice;

[Public]
public sealed record GetGoodPracticeQuery(Guid Id) : IQuery<GoodPracticeResponse>;

internal sealed class GetGoodPracticeHandler(ILcPeersDb db, ToolResolver tools) : IQueryHandler<GetGoodPracticeQuery, GoodPracticeResponse>
{
    public async ValueTask<GoodPracticeResponse> Handle(GetGoodPracticeQuery query, CancellationToken ct)
    {
        var id = new GoodPracticeId(query.Id);
        var practice = await db.GoodPractices.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct)
            ?? throw new NotFoundException("Good practice", query.Id);
        return GoodPracticeResponse.From(practice, await tools.NamesAsync(ct));
    }
}
