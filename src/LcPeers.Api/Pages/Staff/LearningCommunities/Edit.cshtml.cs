using LcPeers.Api.Web;
using LcPeers.Application.LearningCommunities.GetLearningCommunity;
using Microsoft.AspNetCore.Mvc;

namespace LcPeers.Api.Pages.Staff.LearningCommunities;

/// <summary>Staff edit an LC. The version read travels with the form: an edit based on a stale version is refused.</summary>
public sealed class EditLearningCommunityModel(ReferenceData reference) : UiPageModel, ILearningCommunityFormPage
{
    [BindProperty]
    public LearningCommunityForm Form { get; set; } = new();

    public Vocabulary Vocabulary { get; private set; } = Vocabulary.Empty;

    public Guid Id { get; private set; }

    public string CurrentName { get; private set; } = "";

    public async Task OnGetAsync(Guid id)
    {
        var lc = await Sender.Send(new GetLearningCommunityQuery(id), Ct);
        (Id, CurrentName) = (id, lc.Name);
        Vocabulary = await reference.VocabularyAsync(Ct);
        Form = LearningCommunityForm.From(lc);
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        var lc = await Sender.Send(new GetLearningCommunityQuery(id), Ct);
        (Id, CurrentName) = (id, lc.Name);
        Vocabulary = await reference.VocabularyAsync(Ct);
        if (BindingFailed())
        {
            Form.WithBlankRows();
            return Page();
        }

        var (command, errors) = Form.ToUpdateCommand(id);
        if (await TrySendAsync(ct => Sender.Send(command, ct).AsTask(), errors))
        {
            StatusMessage = T["Form.Saved"];
            return Redirect($"/learning-communities/{id}");
        }

        Form.WithBlankRows();
        return Page();
    }
}
