using LcPeers.Api.Resources;
using LcPeers.Application.Stories;
using Microsoft.Extensions.Localization;

namespace LcPeers.Api.Web;

/// <summary>How a story names its expert, for the API and the pages alike: the name only with consent, else "een ervaren expert".</summary>
public static class StoryPresentation
{
    public static StoryResponse Present(this StoryResponse story, IStringLocalizer<SharedResource> t)
    {
        ArgumentNullException.ThrowIfNull(story);
        ArgumentNullException.ThrowIfNull(t);
        return story with { Expert = story.ExpertName ?? t["Story.AnonymousExpert"].Value };
    }

    /// <summary>The published stories that mention each tool, for the tools catalogue.</summary>
    public static IReadOnlyDictionary<Guid, List<StoryResponse>> ByTool(IEnumerable<StoryResponse> stories) =>
        stories.SelectMany(s => s.Tools.Select(tool => (tool.Id, Story: s)))
            .GroupBy(x => x.Id)
            .ToDictionary(g => g.Key, g => g.Select(x => x.Story).ToList());
}
