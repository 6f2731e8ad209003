using LcPeers.Application.Common;
using LcPeers.Application.Common.Exceptions;
using LcPeers.Application.Common.Security;
using LcPeers.Domain.Engagements;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LcPeers.Application.Stories.StoriesOfEngagement;

/// <summary>
/// For the engagement's page: whether the current user may write its story now (a coordinator of its LC or staff,
/// once it ended) and the stories already written about it (for those who act for the LC; none for others).
/// </summary>
[RequiresRole(Roles.Coordinator, Roles.Staff)]
public sealed record StoriesOfEngagementQuery(Guid EngagementId) : IQuery<EngagementStoriesResponse>;

public sealed record EngagementStoriesResponse(bool CanWrite, IReadOnlyList<StoryResponse> Stories);

internal sealed class StoriesOfEngagementHandler(ILcPeersDb db, LcAccess lcAccess, StoryAccess access, TimeProvider time)
    : IQueryHandler<StoriesOfEngagementQuery, EngagementStoriesResponse>
{
    public async ValueTask<EngagementStoriesResponse> Handle(StoriesOfEngagementQuery query, CancellationToken ct)
    {
        var engagementId = new EngagementId(query.EngagementId);
        var engagement = await db.Engagements.AsNoTracking().FirstOrDefaultAsync(e => e.Id == engagementId, ct)
            ?? throw new NotFoundException("Engagement", query.EngagementId);
        if (!await lcAccess.CanActForAsync(engagement.LearningCommunityId, ct))
        {
            return new EngagementStoriesResponse(false, []);
        }

        var stories = await db.Stories.AsNoTracking().Where(s => s.EngagementId == engagementId).OrderBy(s => s.CreatedAt).ToListAsync(ct);
        return new EngagementStoriesResponse(engagement.HasEnded(time.GetUtcNow()), await access.ToResponsesAsync(stories, ct));
    }
}
