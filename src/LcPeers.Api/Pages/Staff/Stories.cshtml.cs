using LcPeers.Api.Web;
using LcPeers.Application.Stories;
using LcPeers.Application.Stories.ListStoriesForReview;
using LcPeers.Application.Stories.ReviewStory;
using Microsoft.AspNetCore.Mvc;

namespace LcPeers.Api.Pages.Staff;

/// <summary>The return form: which story, and the note telling its author what to change.</summary>
public sealed class ReturnStoryForm
{
    public Guid StoryId { get; set; }

    public string? Note { get; set; }
}

/// <summary>Submitted success stories waiting for review: staff publish each one, or return it to its author with a note.</summary>
public sealed class StoriesReviewModel(ReferenceData reference) : UiPageModel
{
    public IReadOnlyList<StoryResponse> Items { get; private set; } = [];

    public Vocabulary Vocabulary { get; private set; } = Vocabulary.Empty;

    [BindProperty]
    public ReturnStoryForm Return { get; set; } = new();

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostPublishAsync(Guid storyId) =>
        await ReviewAsync(storyId, new ReviewStoryCommand(ReviewStoryCommand.Publish, null) { StoryId = storyId }, "Story.Published");

    public async Task<IActionResult> OnPostReturnAsync() =>
        await ReviewAsync(Return.StoryId, new ReviewStoryCommand(ReviewStoryCommand.Return, Return.Note) { StoryId = Return.StoryId }, "Story.Returned");

    private async Task<IActionResult> ReviewAsync(Guid storyId, ReviewStoryCommand command, string doneKey)
    {
        var errors = new FormErrorMap(nameof(Return), typeof(ReturnStoryForm), "Story").Label("note", "Story.Note");
        if (await TrySendAsync(ct => Sender.Send(command, ct).AsTask(), errors, "story"))
        {
            StatusMessage = T[doneKey];
            return Redirect("/staff/stories");
        }

        Return.StoryId = storyId;
        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        Vocabulary = await reference.VocabularyAsync(Ct);
        Items = [.. (await Sender.Send(new ListStoriesForReviewQuery(), Ct)).Select(s => s.Present(T))];
    }
}
