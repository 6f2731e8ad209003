using LcPeers.Api.Web;
using LcPeers.Application.Stories;
using LcPeers.Application.Stories.ListStories;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LcPeers.Api.Pages.Stories;

/// <summary>The published success stories of LCs, by phase, bottleneck theme and tool; 20 per page.</summary>
[AllowAnonymous]
public sealed class StoriesModel(ReferenceData reference) : UiPageModel
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true)]
    public string? Phase { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Bottleneck { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Tool { get; set; }

    [BindProperty(SupportsGet = true, Name = Pager.QueryName)]
    public int? PageNumber { get; set; }

    public IReadOnlyList<StoryResponse> Items { get; private set; } = [];

    public int TotalCount { get; private set; }

    public Vocabulary Vocabulary { get; private set; } = Vocabulary.Empty;

    public Pager? Pager { get; private set; }

    public async Task OnGetAsync()
    {
        Vocabulary = await reference.VocabularyAsync(Ct);
        if (BindingFailed())
        {
            return;
        }

        await TrySendAsync(async ct =>
        {
            var page = await Sender.Send(new ListStoriesQuery(Blank(Phase), Blank(Bottleneck), Blank(Tool), null, PageNumber, PageSize), ct);
            Items = [.. page.Items.Select(s => s.Present(T))];
            TotalCount = page.TotalCount;
            Pager = new Pager(Request, page.Page, page.PageSize, page.TotalCount);
        }, new FormErrorMap("", GetType()));
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
