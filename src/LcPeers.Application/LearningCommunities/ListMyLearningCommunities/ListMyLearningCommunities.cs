using LcPeers.Application.Common;
using LcPeers.Application.Common.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LcPeers.Application.LearningCommunities.ListMyLearningCommunities;

/// <summary>The LCs the signed-in coordinator is linked to.</summary>
[RequiresRole(Roles.Coordinator, Roles.Staff)]
public sealed record ListMyLearningCommunitiesQuery : IQuery<IReadOnlyList<LearningCommunityResponse>>;

internal sealed class ListMyLearningCommunitiesHandler(ILcPeersDb db, LcAccess access)
    : IQueryHandler<ListMyLearningCommunitiesQuery, IReadOnlyList<LearningCommunityResponse>>
{
    public async ValueTask<IReadOnlyList<LearningCommunityResponse>> Handle(ListMyLearningCommunitiesQuery query, CancellationToken ct)
    {
        var mine = await access.MyLearningCommunitiesAsync(ct);
        var lcs = await db.LearningCommunities.AsNoTracking().Where(lc => mine.Contains(lc.Id)).OrderBy(lc => lc.Name).ToListAsync(ct);
        return [.. lcs.Select(LearningCommunityResponse.From)];
    }
}
