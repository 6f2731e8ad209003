using LcPeers.Api.Web;
using LcPeers.Application.Outbox;
using LcPeers.Application.Outbox.ListOutbox;
using LcPeers.Application.Outbox.RetryOutboxEmail;
using Microsoft.AspNetCore.Mvc;

namespace LcPeers.Api.Pages.Staff;

/// <summary>The outbox's dead letters (mail that gave up after its attempts), each with a retry button.</summary>
public sealed class OutboxModel : UiPageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true, Name = Pager.QueryName)]
    public int? PageNumber { get; set; }

    public IReadOnlyList<OutboxEmailResponse> Items { get; private set; } = [];

    public Pager? Pager { get; private set; }

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostRetryAsync(Guid emailId)
    {
        if (await TrySendAsync(ct => Sender.Send(new RetryOutboxEmailCommand(emailId), ct).AsTask(), new FormErrorMap("", GetType())))
        {
            StatusMessage = T["Outbox.Retried"];
            return Redirect("/staff/outbox");
        }

        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        var page = await Sender.Send(new ListOutboxQuery("dead", PageNumber, PageSize), Ct);
        Items = page.Items;
        Pager = new Pager(Request, page.Page, page.PageSize, page.TotalCount);
    }
}
