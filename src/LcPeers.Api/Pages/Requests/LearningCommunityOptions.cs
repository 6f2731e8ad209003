using LcPeers.Application.Common.Security;
using LcPeers.Application.LearningCommunities.ListLearningCommunities;
using LcPeers.Application.LearningCommunities.ListMyLearningCommunities;
using Mediator;

namespace LcPeers.Api.Pages.Requests;

internal static class LearningCommunityOptions
{
    /// <summary>The LCs the user may file requests for: their own as a coordinator, all as staff.</summary>
    public static async Task<IReadOnlyList<LearningCommunityOption>> ForAsync(ISender sender, ICurrentUser user, CancellationToken ct)
    {
        if (user.IsStaff())
        {
            var all = await sender.Send(new ListLearningCommunitiesQuery(null, null, null, null, 1, Application.Common.Paging.Paging.MaxPageSize), ct);
            return [.. all.Items.Select(l => new LearningCommunityOption(l.Id, l.Name, l.Phase))];
        }

        var mine = await sender.Send(new ListMyLearningCommunitiesQuery(), ct);
        return [.. mine.Select(l => new LearningCommunityOption(l.Id, l.Name, l.Phase))];
    }
}
