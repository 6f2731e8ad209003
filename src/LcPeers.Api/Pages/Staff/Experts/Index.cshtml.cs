using LcPeers.Api.Web;
using LcPeers.Application.Experts;
using LcPeers.Application.Experts.ListExperts;
using Microsoft.AspNetCore.Mvc;

namespace LcPeers.Api.Pages.Staff.Experts;

/// <summary>The expert pool by name or email, competence (bottleneck), phase guided, region and tool; 25 per page.</summary>
public sealed class ExpertPoolModel(ReferenceData reference) : UiPageModel
{
    public const int PageSize = 25;

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Competence { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Phase { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Region { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Tool { get; set; }

    /// <summary>Only the experts whose availability went unconfirmed twice.</summary>
    [BindProperty(SupportsGet = true)]
    public bool Stale { get; set; }

    [BindProperty(SupportsGet = true, Name = Pager.QueryName)]
    public int? PageNumber { get; set; }

    public IReadOnlyList<ExpertResponse> Items { get; private set; } = [];

    public int TotalCount { get; private set; }

    public Pager? Pager { get; private set; }

    public Vocabulary Vocabulary { get; private set; } = Vocabulary.Empty;

    public async Task OnGetAsync()
    {
        Vocabulary = await reference.VocabularyAsync(Ct);
        if (BindingFailed())
        {
            return;
        }

        await TrySendAsync(async ct =>
        {
            var page = await Sender.Send(new ListExpertsQuery(Blank(Competence), Blank(Phase), Blank(Region), Blank(Tool), PageNumber, PageSize) { Q = Blank(Q)?.Trim(), Stale = Stale ? true : null }, ct);
            Items = page.Items;
            TotalCount = page.TotalCount;
            Pager = new Pager(Request, page.Page, page.PageSize, page.TotalCount);
        }, new FormErrorMap("", GetType()).Label("q", "Staff.Experts.Search"));
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
