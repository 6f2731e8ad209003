using LcPeers.Api.Web;
using LcPeers.Application.Auditing.ListAuditEntries;
using LcPeers.Domain.Auditing;
using Microsoft.AspNetCore.Mvc;

namespace LcPeers.Api.Pages.Staff;

/// <summary>The audit trail of one record (request, proposal, engagement, session, outbox email) by its id.</summary>
public sealed class AuditModel : UiPageModel
{
    /// <summary>The list of codes an entity's from/to states come from (<c>Code.{group}.{code}</c>); weights versions are shown as they are.</summary>
    private static readonly Dictionary<string, string> StateGroups = new(StringComparer.Ordinal)
    {
        [AuditEntityKinds.Request] = "status",
        [AuditEntityKinds.Proposal] = "proposal",
        [AuditEntityKinds.Engagement] = "engagement",
        [AuditEntityKinds.Session] = "session",
        [AuditEntityKinds.Outbox] = "outbox",
    };

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

    /// <summary>What the entry is about, as a word (<c>request</c> is "Aanvraag").</summary>
    public string Kind(string entityType) => Word($"Audit.Kind.{entityType}", entityType);

    /// <summary>What happened, as words (<c>status-changed</c> is "Status gewijzigd").</summary>
    public string Action(string action) => Word($"Audit.Action.{action}", action);

    /// <summary>A state before or after, as the word the rest of the UI uses for it.</summary>
    public string State(string entityType, string? code) =>
        code is null ? "" : StateGroups.TryGetValue(entityType, out var group) ? T.Code(group, code) : code;

    private string Word(string key, string code)
    {
        var text = T[key];
        return text.ResourceNotFound ? code : text.Value;
    }
}
