using LcPeers.Api.Web;
using LcPeers.Application.Stories;
using LcPeers.Application.Stories.ConsentToStory;
using LcPeers.Application.Stories.GetStory;
using LcPeers.Application.Stories.SubmitStory;
using LcPeers.Domain.Stories;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LcPeers.Api.Pages.Stories;

/// <summary>
/// One success story. Published: for everyone. Not yet published: for its author (who edits and submits it), the LC's
/// coordinators, staff and the expert (who gives or withdraws consent to being named); others get 404.
/// </summary>
[AllowAnonymous]
public sealed class StoryDetailsModel(ReferenceData reference) : UiPageModel
{
    public StoryResponse? Story { get; private set; }

    public Vocabulary Vocabulary { get; private set; } = Vocabulary.Empty;

    public bool Can(string action) => Story?.Actions.Contains(action) == true;

    public async Task OnGetAsync(Guid id) => await LoadAsync(id);

    public async Task<IActionResult> OnPostSubmitAsync(Guid id)
    {
        if (await TrySendAsync(ct => Sender.Send(new SubmitStoryCommand(id), ct).AsTask(), new FormErrorMap("", GetType()), "story"))
        {
            StatusMessage = T["Story.SubmittedMessage"];
            return Redirect($"/verhalen/{id}");
        }

        await LoadAsync(id);
        return Page();
    }

    public async Task<IActionResult> OnPostConsentAsync(Guid id, bool consent)
    {
        var command = new ConsentToStoryCommand(consent) { StoryId = id };
        if (await TrySendAsync(ct => Sender.Send(command, ct).AsTask(), new FormErrorMap("", GetType())))
        {
            StatusMessage = T[consent ? "Story.ConsentGiven" : "Story.ConsentWithdrawn"];
            return Redirect($"/verhalen/{id}");
        }

        await LoadAsync(id);
        return Page();
    }

    /// <summary>Whether the page offers the author's buttons (edit, submit).</summary>
    public bool AuthorMayAct => Can(StoryActions.Edit);

    private async Task LoadAsync(Guid id)
    {
        Vocabulary = await reference.VocabularyAsync(Ct);
        Story = (await Sender.Send(new GetStoryQuery(id), Ct)).Present(T);
    }
}
