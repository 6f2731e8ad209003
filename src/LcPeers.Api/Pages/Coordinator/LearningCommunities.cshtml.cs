using LcPeers.Api.Web;
using LcPeers.Application.LearningCommunities;
using LcPeers.Application.LearningCommunities.ListMyLearningCommunities;

namespace LcPeers.Api.Pages.Coordinator;

/// <summary>The LCs staff linked the signed-in coordinator to.</summary>
public sealed class MyLearningCommunitiesModel(ReferenceData reference) : UiPageModel
{
    public IReadOnlyList<LearningCommunityResponse> Items { get; private set; } = [];

    public Vocabulary Vocabulary { get; private set; } = Vocabulary.Empty;

    public async Task OnGetAsync()
    {
        Vocabulary = await reference.VocabularyAsync(Ct);
        Items = await Sender.Send(new ListMyLearningCommunitiesQuery(), Ct);
    }
}
