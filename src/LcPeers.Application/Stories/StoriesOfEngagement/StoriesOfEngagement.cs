using LcPeers.Application.Common;
using LcPeers.Application.Common.Exceptions;
using LcPeers.Application.Common.Security;
using LcPeers.Application.Experts;
using LcPeers.Domain.Engagements;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LcPeers.Application.Stories.StoriesOfEngagement;

/// <summary>
/// For the engagement's page: whether the current user may write its story now (a coordinator of its LC or staff,
/// once it ended) and the stories already written about it: for those who act for the LC, and for the engagement's
/// expert (who decides on being named in them); none for others.
/// </summary>
[RequiresRole(Roles.Coordinator, Roles.Staff, Roles.Expert)]
public sealed record StoriesOfEngagementQuery(Guid EngagementId) : IQuery<EngagementStoriesResponse>;

public sealed record EngagementStoriesResponse(bool CanWrite, IReadOnlyList<StoryResponse> Stories);

internal sealed class StoriesOfEngagementHandler(ILcPeersDb db, ICurrentUser user, LcAccess lcAccess, StoryAccess access, TimeProvider time)
    : IQueryHandler<StoriesOfEngagementQuery, EngagementStoriesResponse>
{
    public async ValueTask<EngagementStoriesResponse> Handle(StoriesOfEngagementQuery query, CancellationToken ct)
    {
        var engagementId = new EngagementId(query.EngagementId);
        var engagement = await db.Engagements.AsNoTracking().FirstOrDefaultAsync(e => e.Id == engagementId, ct)
            ?? throw new NotFoundException("Engagement", query.EngagementId);
        var actsForLc = await lcAccess.CanActForAsync(engagement.LearningCommunityId, ct);
        if (!actsForLc && !await IsItsExpertAsync(engagement, ct))
        {
            return new EngagementStoriesResponse(false, []);
        }

        var stories = await db.Stories.AsNoTracking().Where(s => s.EngagementId == engagementId).OrderBy(s => s.CreatedAt).ToListAsync(ct);
        return new EngagementStoriesResponse(actsForLc && engagement.HasEnded(time.GetUtcNow()), await access.ToResponsesAsync(stories, ct));
    }

    private async Task<bool> IsItsExpertAsync(Engagement engagement, CancellationToken ct) =>
        user.IsInRole(Roles.Expert) && await db.Experts.AsNoTracking().FirstOrDefaultAsync(e => e.Id == engagement.ExpertId, ct) is { } expert && user.IsOwner(expert);
}
