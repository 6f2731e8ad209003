using LcPeers.Api.Web;
using LcPeers.Application.Auditing.ListAuditEntries;
using Microsoft.AspNetCore.Mvc;

namespace LcPeers.Api.Pages.Staff;

/// <summary>The audit trail of one record (request, proposal, engagement, session, outbox email) by its id.</summary>
public sealed class AuditModel : UiPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? EntityId { get; set; }

    public IReadOnlyList<AuditEntryResponse>? Entries { get; private set; }

    public async Task OnGetAsync()
    {
        if (EntityId is null || BindingFailed())
        {
            return;
        }

        await TrySendAsync(async ct => Entries = await Sender.Send(new ListAuditEntriesQuery(EntityId), ct), new FormErrorMap("", GetType()));
    }
}
