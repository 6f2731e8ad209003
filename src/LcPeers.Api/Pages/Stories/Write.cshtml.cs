using LcPeers.Api.Security;
using LcPeers.Api.Web;
using LcPeers.Application.Engagements.GetEngagement;
using LcPeers.Application.Stories;
using LcPeers.Application.Stories.GetStory;
using LcPeers.Application.Stories.SubmitStory;
using LcPeers.Application.Stories.UpdateStory;
using LcPeers.Application.Stories.WriteStory;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LcPeers.Api.Pages.Stories;

/// <summary>The fields of the story form.</summary>
public sealed class StoryForm
{
    public string? Title { get; set; }

    public string? WhatWasStuck { get; set; }

    public string? WhoHelped { get; set; }

    public string? WhatChanged { get; set; }

    public string? Phase { get; set; }

    public List<string> Bottlenecks { get; set; } = [];

    public List<string> Tools { get; set; } = [];

    public bool NameExpert { get; set; }

    public int? Version { get; set; }

    public static StoryForm From(StoryResponse s) => new()
    {
        Title = s.Title,
        WhatWasStuck = s.WhatWasStuck,
        WhoHelped = s.WhoHelped,
        WhatChanged = s.WhatChanged,
        Phase = s.Phase,
        Bottlenecks = [.. s.Bottlenecks],
        Tools = [.. s.Tools.Select(t => t.Id.ToString())],
        NameExpert = s.NameExpert,
        Version = s.Version,
    };
}

/// <summary>
/// "Schrijf een verhaal": a coordinator writes the success story of an ended engagement of their LC (from the
/// engagement's page), or its author changes a draft or returned story; saved as a draft or submitted for review.
/// </summary>
[Authorize(Policy = Policies.Coordinator)]
public sealed class WriteStoryModel(ReferenceData reference) : UiPageModel
{
    public const string SubmitIntent = "submit";

    [BindProperty(SupportsGet = true)]
    public Guid? EngagementId { get; set; }

    [BindProperty]
    public StoryForm Form { get; set; } = new();

    public StoryResponse? Existing { get; private set; }

    public string? LearningCommunityName { get; private set; }

    public Vocabulary Vocabulary { get; private set; } = Vocabulary.Empty;

    public async Task<IActionResult> OnGetAsync(Guid? id)
    {
        await LoadAsync(id);
        if (Existing is { } story)
        {
            Form = StoryForm.From(story);
        }

        return Existing is null && EngagementId is null ? Redirect("/verhalen") : Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid? id, string? intent)
    {
        await LoadAsync(id);
        if (BindingFailed())
        {
            return Page();
        }

        var storyId = id ?? Guid.Empty;
        if (!await TrySendAsync(async ct => storyId = await SaveAsync(id, ct), ErrorMap(), "story"))
        {
            return Page();
        }

        StatusMessage = T["Story.SavedDraft"];
        if (intent == SubmitIntent)
        {
            // The draft is kept either way; when submitting is refused (the expert has not consented yet) its page says why.
            StatusMessage = await TrySendAsync(ct => Sender.Send(new SubmitStoryCommand(storyId), ct).AsTask(), ErrorMap(), "story")
                ? T["Story.SubmittedMessage"]
                : T["Story.SavedNotSubmitted", FormError ?? ""];
        }

        return Redirect($"/verhalen/{storyId}");
    }

    private async Task<Guid> SaveAsync(Guid? id, CancellationToken ct)
    {
        var f = Form;
        if (id is { } existing)
        {
            await Sender.Send(new UpdateStoryCommand(f.Title, f.WhatWasStuck, f.WhoHelped, f.WhatChanged, Blank(f.Phase), f.Bottlenecks, f.Tools, f.NameExpert, f.Version)
            {
                StoryId = existing,
            }, ct);
            return existing;
        }

        return await Sender.Send(new WriteStoryCommand(EngagementId, f.Title, f.WhatWasStuck, f.WhoHelped, f.WhatChanged, Blank(f.Phase), f.Bottlenecks, f.Tools, f.NameExpert), ct);
    }

    private static FormErrorMap ErrorMap() => new(nameof(Form), typeof(StoryForm), "Story");

    private async Task LoadAsync(Guid? id)
    {
        Vocabulary = await reference.VocabularyAsync(Ct);
        if (id is { } storyId)
        {
            Existing = await Sender.Send(new GetStoryQuery(storyId), Ct);
            EngagementId = Existing.EngagementId;
            LearningCommunityName = Existing.LearningCommunityName;
        }
        else if (EngagementId is { } engagementId)
        {
            LearningCommunityName = (await Sender.Send(new GetEngagementQuery(engagementId), Ct)).LearningCommunityName;
        }
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
