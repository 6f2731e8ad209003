using System.Security.Claims;
using LcPeers.Api.Hosting;
using LcPeers.Api.Security;
using LcPeers.Api.Web;
using LcPeers.Application.Common.Security;
using LcPeers.Infrastructure.Persistence.Seeding;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace LcPeers.Api.Pages.Account;

/// <summary>
/// Development only: sign in as one of the demo users with a cookie carrying their email and role. Outside Development
/// the page has no route (see <see cref="WebUi"/>); the checks here are a second lock. Besides the listed users, any
/// seeded demo account (such as every demo expert, so a proposed expert can answer) can be typed in.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(Hardening.SignInPolicy)]
public sealed class DevSignInModel(IHostEnvironment environment) : UiPageModel
{
    public IReadOnlyList<IGrouping<string, (string Email, string Role, string Name)>> UsersByRole { get; private set; } = [];

    public string? ReturnUrl { get; private set; }

    /// <summary>A typed demo account address, shown again when it matched no demo user.</summary>
    public string? Email { get; private set; }

    public IActionResult OnGet(string? returnUrl)
    {
        if (!environment.IsDevelopment())
        {
            return NotFound();
        }

        ReturnUrl = Url.IsLocalUrl(returnUrl) ? returnUrl : null;
        UsersByRole = [.. DemoDataSeeder.DemoUsers.GroupBy(u => u.Role)];
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? email, string? returnUrl)
    {
        if (!environment.IsDevelopment())
        {
            return NotFound();
        }

        if (DemoDataSeeder.FindDemoUser(email) is not { } demoUser)
        {
            // Typed addresses come back with the reason beside the field; still a 400, as nobody was signed in.
            (Email, ReturnUrl) = (email, Url.IsLocalUrl(returnUrl) ? returnUrl : null);
            UsersByRole = [.. DemoDataSeeder.DemoUsers.GroupBy(u => u.Role)];
            ModelState.AddModelError(nameof(Email), T["DevSignIn.Unknown"]);
            var page = Page();
            page.StatusCode = StatusCodes.Status400BadRequest;
            return page;
        }

        var identity = new ClaimsIdentity(
            [new Claim("email", demoUser.Email), new Claim("name", demoUser.Name), new Claim("role", demoUser.Role)],
            AuthenticationSetup.CookieScheme, "name", "role");
        await HttpContext.SignInAsync(AuthenticationSetup.CookieScheme, new ClaimsPrincipal(identity));
        // A link from an email (kept through the sign-in as returnUrl) opens its page; otherwise the role's home page at "/".
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/");
    }
}
