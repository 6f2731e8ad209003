using LcPeers.Api.Web;
using LcPeers.Application.Requests;
using LcPeers.Application.Requests.ListRequests;
using Microsoft.AspNetCore.Mvc;

namespace LcPeers.Api.Pages.Requests;

/// <summary>A coordinator's requests (those of their LCs) with their status; staff see all here too.</summary>
public sealed class RequestListModel(ReferenceData reference) : UiPageModel
{
    public const int PageSize = 25;

    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true, Name = Pager.QueryName)]
    public int? PageNumber { get; set; }

    public IReadOnlyList<RequestResponse> Items { get; private set; } = [];

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
            var page = await Sender.Send(new ListRequestsQuery(string.IsNullOrWhiteSpace(Status) ? null : Status, null, PageNumber, PageSize), ct);
            Items = page.Items;
            TotalCount = page.TotalCount;
            Pager = new Pager(Request, page.Page, page.PageSize, page.TotalCount);
        }, new FormErrorMap("", GetType()));
    }
}
