using LcPeers.Api.Web;
using Microsoft.AspNetCore.Mvc;

namespace LcPeers.Api.Pages.Staff.LearningCommunities;

/// <summary>Staff add an LC to the directory; only its name is required.</summary>
public sealed class NewLearningCommunityModel(ReferenceData reference) : UiPageModel, ILearningCommunityFormPage
{
    [BindProperty]
    public LearningCommunityForm Form { get; set; } = new();

    public Vocabulary Vocabulary { get; private set; } = Vocabulary.Empty;

    public async Task OnGetAsync()
    {
        Vocabulary = await reference.VocabularyAsync(Ct);
        Form = new LearningCommunityForm { Status = "active" }.WithBlankRows();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        Vocabulary = await reference.VocabularyAsync(Ct);
        if (BindingFailed())
        {
            Form.WithBlankRows();
            return Page();
        }

        var (command, errors) = Form.ToCreateCommand();
        var id = Guid.Empty;
        if (await TrySendAsync(async ct => id = (await Sender.Send(command, ct)).Value, errors))
        {
            StatusMessage = T["Staff.Lc.Created"];
            return Redirect($"/learning-communities/{id}");
        }

        Form.WithBlankRows();
        return Page();
    }
}
