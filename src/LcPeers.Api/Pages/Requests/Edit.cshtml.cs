using LcPeers.Api.Web;
using LcPeers.Application.Requests;
using LcPeers.Application.Requests.GetRequest;
using Microsoft.AspNetCore.Mvc;

namespace LcPeers.Api.Pages.Requests;

/// <summary>Edit a request while it is a draft or waiting to be matched; a stale version shows the conflict at the top.</summary>
public sealed class EditRequestModel(ReferenceData reference) : UiPageModel
{
    [BindProperty]
    public RequestForm Form { get; set; } = new();

    public RequestResponse? Current { get; private set; }

    public Vocabulary Vocabulary { get; private set; } = Vocabulary.Empty;

    public async Task OnGetAsync(Guid id)
    {
        Current = await Sender.Send(new GetRequestQuery(id), Ct);
        Vocabulary = await reference.VocabularyAsync(Ct);
        Form = RequestForm.From(Current);
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        Current = await Sender.Send(new GetRequestQuery(id), Ct); // 403/404 before anything else
        Vocabulary = await reference.VocabularyAsync(Ct);
        if (BindingFailed())
        {
            return Page();
        }

        if (await TrySendAsync(ct => Sender.Send(Form.ToUpdateCommand(id), ct).AsTask(), Form.ErrorMap()))
        {
            StatusMessage = T["Form.Saved"];
            return Redirect($"/requests/{id}");
        }

        return Page();
    }
}
