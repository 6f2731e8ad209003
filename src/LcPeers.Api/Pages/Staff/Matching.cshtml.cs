using LcPeers.Api.Web;
using LcPeers.Application.Experts.ListExperts;
using LcPeers.Application.Matching.ApproveProposal;
using LcPeers.Application.Matching.CreateProposals;
using LcPeers.Application.Matching.GetCandidate;
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
/// one for the best candidates, "why (not) this expert?" for anyone staff look up by name or address, who is excluded
/// and why, the suggested tools, and every earlier proposal.
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

    /// <summary>Part of an expert's name or address, for "why (not) this expert?".</summary>
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Q { get; set; }

    /// <summary>The verdicts for the experts <see cref="Q"/> finds (at most <see cref="MaxVerdicts"/>).</summary>
    public IReadOnlyList<CandidateVerdictResponse> Verdicts { get; private set; } = [];

    public const int MaxVerdicts = 5;

    /// <summary>The candidates are shown while the request can be matched and has a place without a proposal.</summary>
    public bool ShowCandidates => Candidates is { OpenPlaces: > 0 };

    /// <summary>Proposals staff can decide on now, shown at the top.</summary>
    public IEnumerable<RequestProposalResponse> Waiting => Proposals.Where(p => p.Actions.Count > 0);

    /// <summary>Every other proposal (decided, waiting for the expert, alternates).</summary>
    public IEnumerable<RequestProposalResponse> Others => Proposals.Where(p => p.Actions.Count == 0);

    public async Task OnGetAsync(Guid id)
    {
        await LoadAsync(id);
        Q = string.IsNullOrWhiteSpace(Q) ? null : Q.Trim();
        if (CanMatch && Q is not null)
        {
            await TrySendAsync(async ct => Verdicts = await VerdictsAsync(id, Q, ct), new FormErrorMap("", GetType()).Label("q", "Matching.Why.Label"));
        }
    }

    /// <summary>"Why (not)?" for each expert whose name or address holds <paramref name="q"/>, by the single-expert route.</summary>
    private async Task<IReadOnlyList<CandidateVerdictResponse>> VerdictsAsync(Guid id, string q, CancellationToken ct)
    {
        var found = await Sender.Send(new ListExpertsQuery(null, null, null, null, 1, MaxVerdicts) { Q = q }, ct);
        var verdicts = new List<CandidateVerdictResponse>(found.Items.Count);
        foreach (var expert in found.Items)
        {
            try
            {
                verdicts.Add(await Sender.Send(new GetCandidateQuery(id, expert.Id), ct));
            }
            catch (Application.Common.Exceptions.NotFoundException)
            {
                // Listed but outside the matching pool (e.g. erased since): nothing to explain.
            }
        }

        return verdicts;
    }

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
