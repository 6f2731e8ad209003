using LcPeers.Api.Web;
using LcPeers.Application.Engagements;
using LcPeers.Application.Engagements.GetEngagement;
using LcPeers.Application.Requests;
using LcPeers.Application.Requests.GetRequest;
using LcPeers.Application.Requests.SubmitRequest;
using LcPeers.Application.Requests.WithdrawRequest;
using LcPeers.Domain.Requests;
using Microsoft.AspNetCore.Mvc;

namespace LcPeers.Api.Pages.Requests;

/// <summary>
/// One request with its status and history; the coordinator submits or withdraws it here. Staff see the same page
/// (their actions on a request, such as proposing experts, belong beside <see cref="Actions"/>).
/// </summary>
public sealed class RequestDetailsModel(ReferenceData reference) : UiPageModel
{
    public RequestResponse? Current { get; private set; }

    public Vocabulary Vocabulary { get; private set; } = Vocabulary.Empty;

    /// <summary>Once an expert accepted: the engagements, with the expert's contact details and the sessions.</summary>
    public IReadOnlyList<EngagementResponse> Engagements { get; private set; } = [];

    [BindProperty]
    public string? Reason { get; set; }

    // Which buttons to offer comes from the request's actions, which the domain decides for the signed-in user.
    public bool CanEdit => Allows(RequestActions.Edit);

    public bool CanSubmit => Allows(RequestActions.Submit);

    public bool CanWithdraw => Allows(RequestActions.Withdraw);

    /// <summary>Extension point: links to further actions on the request (e.g. staff's candidates), by resource key.</summary>
    public IReadOnlyList<NavigationLink> Actions { get; private set; } = [];

    public async Task OnGetAsync(Guid id) => await LoadAsync(id);

    /// <summary>The labels of the terms a draft still leaves open, in the page's language.</summary>
    public IReadOnlyList<string> MissingLabels => [.. (Current?.Missing ?? []).Select(Messages.Label)];

    public async Task<IActionResult> OnPostSubmitAsync(Guid id)
    {
        await LoadAsync(id);
        if (CanSubmit && Current!.Missing.Count > 0)
        {
            // The form marks each open term; submitting from there finishes the job.
            return Redirect($"/requests/{id}/edit?submit=true");
        }

        if (await TrySendAsync(ct => Sender.Send(new SubmitRequestCommand(id), ct).AsTask(), new FormErrorMap("", GetType())))
        {
            StatusMessage = T["Request.Submitted"];
            return Redirect($"/requests/{id}");
        }

        return Page();
    }

    public async Task<IActionResult> OnPostWithdrawAsync(Guid id)
    {
        await LoadAsync(id);
        var command = new WithdrawRequestCommand(string.IsNullOrWhiteSpace(Reason) ? null : Reason.Trim()) { Id = id };
        if (await TrySendAsync(ct => Sender.Send(command, ct).AsTask(), new FormErrorMap("", GetType()).Label("reason", "Request.WithdrawReason")))
        {
            StatusMessage = T["Request.Withdrawn"];
            return Redirect($"/requests/{id}");
        }

        return Page();
    }

    private bool Allows(string action) => Current?.Actions.Contains(action) == true;

    private async Task LoadAsync(Guid id)
    {
        Current = await Sender.Send(new GetRequestQuery(id), Ct);
        Vocabulary = await reference.VocabularyAsync(Ct);
        var actions = new List<NavigationLink>();
        if (User.IsInRole(Application.Common.Security.Roles.Staff) || User.IsInRole(Application.Common.Security.Roles.Admin))
        {
            actions.Add(new NavigationLink($"/staff/requests/{id}", "Request.Action.Matching"));
        }

        var engagementIds = Current.EngagementIds ?? (Current.EngagementId is { } one ? [one] : []);
        var engagements = new List<EngagementResponse>();
        foreach (var engagementId in engagementIds)
        {
            engagements.Add(await Sender.Send(new GetEngagementQuery(engagementId), Ct));
        }

        Engagements = engagements;
        if (engagements.Count > 0)
        {
            actions.Add(new NavigationLink($"/requests/{id}/engagement", "Request.Action.Engagement"));
        }

        Actions = actions;
    }
}
