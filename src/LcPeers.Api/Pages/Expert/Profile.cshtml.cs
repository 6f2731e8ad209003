using LcPeers.Api.Web;
using LcPeers.Application.Common.Exceptions;
using LcPeers.Application.Common.Security;
using LcPeers.Application.Experts;
using LcPeers.Application.Experts.GetExpert;
using Microsoft.AspNetCore.Mvc;

namespace LcPeers.Api.Pages.Expert;

/// <summary>The signed-in expert's own profile: created here the first time, edited after.</summary>
public sealed class ProfileModel(ReferenceData reference, ICurrentUser currentUser) : UiPageModel
{
    [BindProperty]
    public ExpertProfileForm Form { get; set; } = new();

    public Vocabulary Vocabulary { get; private set; } = Vocabulary.Empty;

    public bool IsNew => Form.Version is null;

    public async Task OnGetAsync()
    {
        Vocabulary = await reference.VocabularyAsync(Ct);
        var mine = await Sender.MyProfileOrNullAsync(Ct);
        Form = mine is null
            ? ExpertProfileForm.New(currentUser.Email, User.FindFirst("name")?.Value, Vocabulary)
            : ExpertProfileForm.From(mine, Vocabulary);
    }

    public async Task<IActionResult> OnPostAsync()
    {
        Vocabulary = await reference.VocabularyAsync(Ct);
        Form.WithRows(Vocabulary);
        if (BindingFailed())
        {
            return Page();
        }

        var mine = await Sender.MyProfileOrNullAsync(Ct);
        if (mine is null)
        {
            if (await TrySendAsync(ct => Sender.Send(Form.ToRegisterCommand(), ct).AsTask(), Form.ErrorMap()))
            {
                StatusMessage = T["Expert.Created"];
                return Redirect("/expert/availability");
            }
        }
        else if (await TrySendAsync(ct => Sender.Send(Form.ToUpdateCommand(mine.Id), ct).AsTask(), Form.ErrorMap()))
        {
            StatusMessage = T["Form.Saved"];
            return Redirect("/expert/profile");
        }

        return Page();
    }

}
