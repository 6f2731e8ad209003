using LcPeers.Api.Web;
using LcPeers.Application.Common.Security;
using LcPeers.Application.LearningCommunities;
using LcPeers.Application.LearningCommunities.ListLearningCommunities;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LcPeers.Api.Pages.Directory;

/// <summary>The LC directory: search by name or partner, filter by region, phase and status; 20 per page.</summary>
[AllowAnonymous]
public sealed class DirectoryModel(ReferenceData reference, ICurrentUser currentUser) : UiPageModel
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Region { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Phase { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true, Name = Pager.QueryName)]
    public int? PageNumber { get; set; }

    public IReadOnlyList<LearningCommunityResponse> Items { get; private set; } = [];

    public int TotalCount { get; private set; }

    public Vocabulary Vocabulary { get; private set; } = Vocabulary.Empty;

    public Pager? Pager { get; private set; }

    /// <summary>Staff see a link to add an LC.</summary>
    public bool IsStaff => currentUser.IsStaff();

    public async Task OnGetAsync()
    {
        Vocabulary = await reference.VocabularyAsync(Ct);
        if (BindingFailed())
        {
            return;
        }

        await TrySendAsync(async ct =>
        {
            var page = await Sender.Send(new ListLearningCommunitiesQuery(Blank(Q), Blank(Region), Blank(Phase), Blank(Status), PageNumber, PageSize), ct);
            Items = page.Items;
            TotalCount = page.TotalCount;
            Pager = new Pager(Request, page.Page, page.PageSize, page.TotalCount);
        }, new FormErrorMap("", GetType()).Label("q", "Directory.Search"));
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
