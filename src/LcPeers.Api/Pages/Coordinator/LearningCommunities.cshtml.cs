using LcPeers.Api.Web;
using LcPeers.Application.LearningCommunities;
using LcPeers.Application.LearningCommunities.ConfirmDirectoryEntry;
using LcPeers.Application.LearningCommunities.ListMyLearningCommunities;
using Microsoft.AspNetCore.Mvc;

namespace LcPeers.Api.Pages.Coordinator;

/// <summary>
/// The LCs staff linked the signed-in coordinator to, each with when its directory entry was last confirmed and a
/// "Gegevens kloppen nog" button; the half-yearly mail's link (<c>?confirm={id}</c>) puts that LC's question first.
/// </summary>
public sealed class MyLearningCommunitiesModel(ReferenceData reference) : UiPageModel
{
    public IReadOnlyList<LearningCommunityResponse> Items { get; private set; } = [];

    public Vocabulary Vocabulary { get; private set; } = Vocabulary.Empty;

    /// <summary>The LC whose confirmation the mail asked for.</summary>
    [BindProperty(SupportsGet = true, Name = "confirm")]
    public Guid? ConfirmId { get; set; }

    public LearningCommunityResponse? Asked => Items.FirstOrDefault(lc => lc.Id == ConfirmId);

    public async Task OnGetAsync()
    {
        Vocabulary = await reference.VocabularyAsync(Ct);
        Items = await Sender.Send(new ListMyLearningCommunitiesQuery(), Ct);
    }

    public async Task<IActionResult> OnPostConfirmAsync(Guid lcId)
    {
        var lc = await Sender.Send(new ConfirmDirectoryEntryCommand(lcId), Ct);
        StatusMessage = T["Coordinator.MyLcs.Confirmed", lc.Name];
        return Redirect("/coordinator/learning-communities");
    }
}
