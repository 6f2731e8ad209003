using LcPeers.Application.Common;
using LcPeers.Application.Common.Exceptions;
using LcPeers.Application.Common.Security;
using LcPeers.Domain.LearningCommunities;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LcPeers.Application.LearningCommunities.GetLearningCommunity;

[Public]
public sealed record GetLearningCommunityQuery(Guid Id) : IQuery<LearningCommunityResponse>;

internal sealed class GetLearningCommunityHandler(ILcPeersDb db) : IQueryHandler<GetLearningCommunityQuery, LearningCommunityResponse>
{
    public async ValueTask<LearningCommunityResponse> Handle(GetLearningCommunityQuery query, CancellationToken ct)
    {
        var id = new LearningCommunityId(query.Id);
        var lc = await db.LearningCommunities.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct)
            ?? throw new NotFoundException("Learning community", query.Id);
        return LearningCommunityResponse.From(lc);
    }
}
