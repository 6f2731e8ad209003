using LcPeers.Api.Web;
using LcPeers.Application.Requests;
using LcPeers.Application.Requests.GetRequest;
using LcPeers.Application.Requests.SubmitRequest;
using LcPeers.Domain.Requests;
using Microsoft.AspNetCore.Mvc;

namespace LcPeers.Api.Pages.Requests;

/// <summary>
/// Edit a request while it is a draft or waiting to be matched; a stale version shows the conflict at the top. A draft
/// can be saved and submitted in one go; <c>?submit=true</c> (where a submit of an unfinished draft leads) marks the
/// terms it still leaves open.
/// </summary>
public sealed class EditRequestModel(ReferenceData reference) : UiPageModel
{
    public const string SubmitIntent = "submit";

    [BindProperty]
    public RequestForm Form { get; set; } = new();

    public RequestResponse? Current { get; private set; }

    public Vocabulary Vocabulary { get; private set; } = Vocabulary.Empty;

    /// <summary>The request is a draft the user may submit from this form.</summary>
    public bool CanSubmit => Current?.Actions.Contains(RequestActions.Submit) == true;

    public async Task OnGetAsync(Guid id, bool submit = false)
    {
        Current = await Sender.Send(new GetRequestQuery(id), Ct);
        Vocabulary = await reference.VocabularyAsync(Ct);
        Form = RequestForm.From(Current);
        if (submit && CanSubmit && Current.Missing.Count > 0)
        {
            MarkMissing(Current.Missing);
        }
    }

    public async Task<IActionResult> OnPostAsync(Guid id, string? intent)
    {
        Current = await Sender.Send(new GetRequestQuery(id), Ct); // 403/404 before anything else
        Vocabulary = await reference.VocabularyAsync(Ct);
        if (BindingFailed())
        {
            return Page();
        }

        var submit = intent == SubmitIntent && CanSubmit;
        RequestResponse? saved = null;
        if (!await TrySendAsync(async ct => saved = await Sender.Send(Form.ToUpdateCommand(id), ct), Form.ErrorMap()))
        {
            return Page();
        }

        if (submit)
        {
            Current = saved;
            Form.Version = saved!.Version; // saved: a second try must not clash with this save
            if (saved.Missing.Count > 0)
            {
                MarkMissing(saved.Missing);
                return Page();
            }

            if (!await TrySendAsync(ct => Sender.Send(new SubmitRequestCommand(id), ct).AsTask(), Form.ErrorMap()))
            {
                return Page();
            }

        }

        StatusMessage = submit ? T["Request.Submitted"] : T["Form.Saved"];
        return Redirect($"/requests/{id}");
    }

    private void MarkMissing(IReadOnlyList<string> missing)
    {
        Form.ErrorMap().AddTo(ModelState, RequestCompleteness.Incomplete(missing), Messages);
        FormError = T["Request.CompleteToSubmit"];
    }
}
