using LcPeers.Api.Web;
using LcPeers.Application.LearningCommunities.Coordinators;
using LcPeers.Application.LearningCommunities.GetLearningCommunity;
using Microsoft.AspNetCore.Mvc;

namespace LcPeers.Api.Pages.Staff.LearningCommunities;

/// <summary>Staff link coordinators to an LC by the email they sign in with, or unlink them.</summary>
public sealed class CoordinatorsModel : UiPageModel
{
    public Guid Id { get; private set; }

    public string LcName { get; private set; } = "";

    public IReadOnlyList<CoordinatorResponse> Coordinators { get; private set; } = [];

    [BindProperty]
    public string? Email { get; set; }

    public async Task OnGetAsync(Guid id) => await LoadAsync(id);

    public async Task<IActionResult> OnPostLinkAsync(Guid id)
    {
        await LoadAsync(id);
        var command = new LinkCoordinatorCommand(id, Email?.Trim() ?? "");
        if (await TrySendAsync(ct => Sender.Send(command, ct).AsTask(), new FormErrorMap("", GetType()).Label("email", "Staff.Coordinators.Email")))
        {
            StatusMessage = T["Staff.Coordinators.Linked", command.Email];
            return Redirect($"/staff/learning-communities/{id}/coordinators");
        }

        return Page();
    }

    public async Task<IActionResult> OnPostUnlinkAsync(Guid id, string? coordinator)
    {
        await LoadAsync(id);
        var command = new UnlinkCoordinatorCommand(id, coordinator ?? "");
        if (await TrySendAsync(ct => Sender.Send(command, ct).AsTask(), new FormErrorMap("", GetType())))
        {
            StatusMessage = T["Staff.Coordinators.Unlinked", command.Email];
            return Redirect($"/staff/learning-communities/{id}/coordinators");
        }

        return Page();
    }

    private async Task LoadAsync(Guid id)
    {
        Id = id;
        LcName = (await Sender.Send(new GetLearningCommunityQuery(id), Ct)).Name;
        Coordinators = await Sender.Send(new ListCoordinatorsQuery(id), Ct);
    }
}
