using LcPeers.Api.Hosting;
using LcPeers.Api.Security;
using LcPeers.Api.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace LcPeers.Api.Pages.Account;

/// <summary>
/// Sign-in: Entra ID (OpenID Connect) when <c>Auth:Mode</c> is AzureAd; the demo sign-in in Development; otherwise
/// (local tokens in Testing) the web UI has no sign-in.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(Hardening.SignInPolicy)]
public sealed class SignInModel(IConfiguration configuration, IHostEnvironment environment) : UiPageModel
{
    public IActionResult OnGet(string? returnUrl)
    {
        var target = Url.IsLocalUrl(returnUrl) ? returnUrl : "/";
        var mode = configuration["Auth:Mode"] ?? AuthenticationSetup.AzureAdMode;
        if (string.Equals(mode, AuthenticationSetup.AzureAdMode, StringComparison.OrdinalIgnoreCase))
        {
            return Challenge(new AuthenticationProperties { RedirectUri = target }, OpenIdConnectDefaults.AuthenticationScheme);
        }

        if (environment.IsDevelopment())
        {
            return Redirect($"/account/dev-sign-in?returnUrl={Uri.EscapeDataString(target)}");
        }

        return Page();
    }
}
