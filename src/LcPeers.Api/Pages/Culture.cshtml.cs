using LcPeers.Api.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;

namespace LcPeers.Api.Pages;

/// <summary>The language switch: remembers the choice in the culture cookie and goes back to the page.</summary>
[AllowAnonymous]
public sealed class CultureModel : UiPageModel
{
    public IActionResult OnGet() => Redirect("/");

    public IActionResult OnPost(string? culture, string? returnUrl)
    {
        var chosen = WebUi.Cultures.Contains(culture) ? culture! : WebUi.DefaultCulture;
        Response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(chosen)),
            new CookieOptions
            {
                MaxAge = TimeSpan.FromDays(365),
                IsEssential = true,
                SameSite = SameSiteMode.Lax,
                Path = "/",
                HttpOnly = true, // only the server reads it
                Secure = Request.IsHttps, // outside Development every page is served over HTTPS
            });
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/");
    }
}
