using LcPeers.Api.Web;
using LcPeers.Application.Notifications.Preferences;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LcPeers.Api.Pages.Account;

/// <summary>The signed-in person's mail settings: nudges (reminders, requests for feedback and confirmations) on or off.</summary>
[Authorize]
public sealed class NotificationsModel : UiPageModel
{
    [BindProperty]
    public bool Nudges { get; set; }

    public IReadOnlyList<string> Addresses { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var preferences = await Sender.Send(new GetMyMailPreferencesQuery(), Ct);
        (Nudges, Addresses) = (preferences.Nudges, preferences.Addresses);
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var saved = await Sender.Send(new SetMyMailPreferencesCommand(Nudges), Ct);
        StatusMessage = saved.Nudges ? T["Notifications.SavedOn"] : T["Notifications.SavedOff"];
        return Redirect("/account/notifications");
    }
}
