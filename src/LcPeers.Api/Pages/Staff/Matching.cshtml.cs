using LcPeers.Api.Web;
using LcPeers.Application.Matching.ApproveProposal;
using LcPeers.Application.Matching.CreateProposals;
using LcPeers.Application.Matching.GetCandidates;
using LcPeers.Application.Matching.ListProposals;
using LcPeers.Application.Matching.ProposeExpert;
using LcPeers.Application.Matching.RejectProposal;
using LcPeers.Application.Requests;
using LcPeers.Application.Requests.GetRequest;
using LcPeers.Domain.Requests;
using Microsoft.AspNetCore.Mvc;

namespace LcPeers.Api.Pages.Staff;

/// <summary>
/// Staff's matching page for one request: first the proposals waiting for staff's decision (approve or reject beside
/// each), then, while the request has places left, the explained ranking with a "propose" button per candidate and
/// one for the best candidates, who is excluded and why, the suggested tools, and every earlier proposal.
/// </summary>
public sealed class MatchingModel : UiPageModel
{
    public RequestResponse? Current { get; private set; }

    public CandidatesResponse? Candidates { get; private set; }

    public IReadOnlyList<RequestProposalResponse> Proposals { get; private set; } = [];

    /// <summary>The proposal whose reject form failed validation (its error is shown next to its reason field).</summary>
    public Guid? RejectingId { get; private set; }

    [BindProperty]
    public string? Reason { get; set; }

    /// <summary>The validation message for the reject reason, if any.</summary>
    public string? ReasonError => ModelState.Where(e => e.Key.TrimStart('.') == nameof(Reason)).SelectMany(e => e.Value!.Errors).Select(e => e.ErrorMessage).FirstOrDefault();

    public bool CanMatch => Current?.Actions.Contains(RequestActions.Propose) == true;

    /// <summary>The candidates are shown while the request can be matched and has a place without a proposal.</summary>
    public bool ShowCandidates => Candidates is { OpenPlaces: > 0 };

    /// <summary>Proposals staff can decide on now, shown at the top.</summary>
    public IEnumerable<RequestProposalResponse> Waiting => Proposals.Where(p => p.Actions.Count > 0);

    /// <summary>Every other proposal (decided, waiting for the expert, alternates).</summary>
    public IEnumerable<RequestProposalResponse> Others => Proposals.Where(p => p.Actions.Count == 0);

    public async Task OnGetAsync(Guid id) => await LoadAsync(id);

    public async Task<IActionResult> OnPostProposeAsync(Guid id)
    {
        if (await TrySendAsync(ct => Sender.Send(new CreateProposalsCommand(id), ct).AsTask(), new FormErrorMap("", GetType())))
        {
            StatusMessage = T["Matching.Proposed"];
            return Redirect($"/staff/requests/{id}");
        }

        await LoadAsync(id);
        return Page();
    }

    public async Task<IActionResult> OnPostProposeOneAsync(Guid id, Guid expertId)
    {
        if (await TrySendAsync(ct => Sender.Send(new ProposeExpertCommand(id, expertId), ct).AsTask(), new FormErrorMap("", GetType())))
        {
            StatusMessage = T["Matching.ProposedOne"];
            return Redirect($"/staff/requests/{id}#waiting");
        }

        await LoadAsync(id);
        return Page();
    }

    public async Task<IActionResult> OnPostApproveAsync(Guid id, Guid proposalId)
    {
        if (await TrySendAsync(ct => Sender.Send(new ApproveProposalCommand(proposalId), ct).AsTask(), new FormErrorMap("", GetType())))
        {
            StatusMessage = T["Matching.Approved"];
            return Redirect($"/staff/requests/{id}#waiting");
        }

        await LoadAsync(id);
        return Page();
    }

    public async Task<IActionResult> OnPostRejectAsync(Guid id, Guid proposalId)
    {
        var command = new RejectProposalCommand(Reason?.Trim()) { Id = proposalId };
        if (await TrySendAsync(ct => Sender.Send(command, ct).AsTask(), new FormErrorMap("", GetType()).Label("reason", "Matching.RejectReason")))
        {
            StatusMessage = T["Matching.Rejected"];
            return Redirect($"/staff/requests/{id}#waiting");
        }

        RejectingId = proposalId;
        await LoadAsync(id);
        return Page();
    }

    private async Task LoadAsync(Guid id)
    {
        Current = await Sender.Send(new GetRequestQuery(id), Ct);
        Proposals = await Sender.Send(new ListRequestProposalsQuery(id), Ct);
        if (CanMatch)
        {
            Candidates = await Sender.Send(new GetCandidatesQuery(id, 10, true), Ct);
        }
    }
}
