using LcPeers.Api.Web;
using LcPeers.Application.Experts.MyInvitations;
using LcPeers.Application.Matching.AcceptProposal;
using LcPeers.Application.Matching.DeclineProposal;
using Microsoft.AspNetCore.Mvc;

namespace LcPeers.Api.Pages.Expert;

/// <summary>"Mijn uitnodigingen": approved proposals waiting for the signed-in expert's answer.</summary>
public sealed class InvitationsModel(ReferenceData reference) : UiPageModel
{
    public IReadOnlyList<InvitationResponse> Items { get; private set; } = [];

    public Vocabulary Vocabulary { get; private set; } = Vocabulary.Empty;

    [BindProperty]
    public string? Reason { get; set; }

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAcceptAsync(Guid proposalId)
    {
        if (await TrySendAsync(ct => Sender.Send(new AcceptProposalCommand(proposalId), ct).AsTask(), new FormErrorMap("", GetType())))
        {
            StatusMessage = T["Invitations.Accepted"];
            return Redirect("/expert/engagements");
        }

        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostDeclineAsync(Guid proposalId)
    {
        var command = new DeclineProposalCommand(string.IsNullOrWhiteSpace(Reason) ? null : Reason.Trim()) { Id = proposalId };
        if (await TrySendAsync(ct => Sender.Send(command, ct).AsTask(), new FormErrorMap("", GetType()).Label("reason", "Invitations.DeclineReason")))
        {
            StatusMessage = T["Invitations.Declined"];
            return Redirect("/expert/invitations");
        }

        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        Items = await Sender.Send(new ListMyInvitationsQuery(), Ct);
        Vocabulary = await reference.VocabularyAsync(Ct);
    }
}
