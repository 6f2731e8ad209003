using LcPeers.Api.Web;
using LcPeers.Application.Common.Security;
using LcPeers.Application.Requests.SubmitRequest;
using LcPeers.Domain.Requests;
using Microsoft.AspNetCore.Mvc;

namespace LcPeers.Api.Pages.Requests;

/// <summary>A coordinator asks for help for one of their LCs, in four steps on one page; saved as a draft or submitted.</summary>
public sealed class NewRequestModel(ReferenceData reference, ICurrentUser currentUser) : UiPageModel
{
    public const string SubmitIntent = "submit";

    [BindProperty]
    public RequestForm Form { get; set; } = new();

    public Vocabulary Vocabulary { get; private set; } = Vocabulary.Empty;

    public IReadOnlyList<LearningCommunityOption> LearningCommunities { get; private set; } = [];

    public async Task OnGetAsync(Guid? lc)
    {
        await LoadChoicesAsync();
        var chosen = LearningCommunities.FirstOrDefault(l => l.Id == lc) ?? (LearningCommunities.Count == 1 ? LearningCommunities[0] : null);
        Form = new RequestForm
        {
            LearningCommunityId = chosen?.Id,
            Phase = chosen?.Phase,
            Languages = ["nl"],
            ExpertsWanted = 1,
        };
    }

    public async Task<IActionResult> OnPostAsync(string? intent)
    {
        await LoadChoicesAsync();
        if (BindingFailed())
        {
            return Page();
        }

        SupportRequestId id = default;
        if (!await TrySendAsync(async ct => id = await Sender.Send(Form.ToCreateCommand(), ct), Form.ErrorMap()))
        {
            return Page();
        }

        StatusMessage = T["Request.SavedDraft"];
        if (intent == SubmitIntent)
        {
            // The draft exists now; if submitting fails, its page says why and offers to try again.
            try
            {
                await Sender.Send(new SubmitRequestCommand(id.Value), Ct);
                StatusMessage = T["Request.Submitted"];
            }
            catch (FluentValidation.ValidationException)
            {
                // Terms still open: the form marks them, with the draft kept.
                return Redirect($"/requests/{id.Value}/edit?submit=true");
            }
            catch (Domain.Common.BusinessRuleException ex)
            {
                StatusMessage = RuleMessage(ex.Code);
            }
        }

        return Redirect($"/requests/{id.Value}");
    }

    private async Task LoadChoicesAsync()
    {
        Vocabulary = await reference.VocabularyAsync(Ct);
        LearningCommunities = await LearningCommunityOptions.ForAsync(Sender, currentUser, Ct);
    }
}
