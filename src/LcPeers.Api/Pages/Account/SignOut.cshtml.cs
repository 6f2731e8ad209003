using LcPeers.Api.Security;
using LcPeers.Api.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LcPeers.Api.Pages.Account;

[AllowAnonymous]
public sealed class SignOutModel(IConfiguration configuration) : UiPageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var mode = configuration["Auth:Mode"] ?? AuthenticationSetup.AzureAdMode;
        if (string.Equals(mode, AuthenticationSetup.AzureAdMode, StringComparison.OrdinalIgnoreCase) && User.Identity?.IsAuthenticated == true)
        {
            // Also ends the Entra ID session, which then returns here.
            return SignOut(new AuthenticationProperties { RedirectUri = "/" }, AuthenticationSetup.CookieScheme, OpenIdConnectDefaults.AuthenticationScheme);
        }

        await HttpContext.SignOutAsync(AuthenticationSetup.CookieScheme);
        return Redirect("/");
    }
}
