using LcPeers.Api.Web;
using LcPeers.Application.Notifications.Preferences;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LcPeers.Api.Pages.Account;

/// <summary>
/// A nudge's unsubscribe link, without signing in: the signed token names the address. The page asks before it turns
/// nudges off; mail clients that offer "unsubscribe" POST <c>List-Unsubscribe=One-Click</c> to the same address
/// (RFC 8058), which carries no antiforgery token: the signed token is what authorises the change.
/// </summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
public sealed class UnsubscribeModel : UiPageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    /// <summary>The address the link is for; null when the link is not valid.</summary>
    public string? Address { get; private set; }

    public bool Done { get; private set; }

    public async Task OnGetAsync() => Address = await Sender.Send(new ReadUnsubscribeLinkQuery(Token), Ct);

    public async Task<IActionResult> OnPostAsync()
    {
        Address = await Sender.Send(new ReadUnsubscribeLinkQuery(Token), Ct);
        if (Address is null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        await Sender.Send(new UnsubscribeCommand(Token), Ct);
        Done = true;
        return Page();
    }
}
