using LcPeers.Application.Common;
using LcPeers.Application.Common.Security;
using LcPeers.Domain.Engagements;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LcPeers.Application.Stories.ListMyStories;

/// <summary>
/// The stories of the LCs the signed-in coordinator coordinates (staff: of every LC), in every state, the latest
/// first; optionally only those about one engagement, so its page can offer to write or continue one.
/// </summary>
[RequiresRole(Roles.Coordinator, Roles.Staff)]
public sealed record ListMyStoriesQuery(Guid? EngagementId = null) : IQuery<IReadOnlyList<StoryResponse>>;

internal sealed class ListMyStoriesHandler(ILcPeersDb db, ICurrentUser user, LcAccess lcAccess, StoryAccess access)
    : IQueryHandler<ListMyStoriesQuery, IReadOnlyList<StoryResponse>>
{
    public async ValueTask<IReadOnlyList<StoryResponse>> Handle(ListMyStoriesQuery query, CancellationToken ct)
    {
        var stories = db.Stories.AsNoTracking();
        if (!user.IsStaff())
        {
            var mine = await lcAccess.MyLearningCommunitiesAsync(ct);
            stories = stories.Where(s => mine.Contains(s.LearningCommunityId));
        }

        if (query.EngagementId is { } id)
        {
            var engagementId = new EngagementId(id);
            stories = stories.Where(s => s.EngagementId == engagementId);
        }

        var list = await stories.OrderByDescending(s => s.UpdatedAt).Take(200).ToListAsync(ct);
        return await access.ToResponsesAsync(list, ct);
    }
}
