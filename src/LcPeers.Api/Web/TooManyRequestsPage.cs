using System.Globalization;
using System.Text.Encodings.Web;
using LcPeers.Api.Resources;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Localization;

namespace LcPeers.Api.Web;

/// <summary>
/// The rate limiters' 429 for a browser: a small HTML page in the visitor's language (the culture cookie, Dutch by
/// default) instead of the API's English problem details. The limiters run before request localization, so the
/// culture is read here.
/// </summary>
internal static class TooManyRequestsPage
{
    /// <summary>A browser page asked (not the API), and it accepts HTML.</summary>
    public static bool Wanted(HttpRequest request) =>
        !request.Path.StartsWithSegments("/api")
        && request.Headers.Accept.Any(a => a is not null && a.Contains("text/html", StringComparison.OrdinalIgnoreCase));

    public static async Task WriteAsync(HttpContext context, double seconds)
    {
        var cookie = context.Request.Cookies[CookieRequestCultureProvider.DefaultCookieName];
        var chosen = cookie is null ? null : CookieRequestCultureProvider.ParseCookieValue(cookie)?.UICultures.FirstOrDefault().Value;
        var culture = new CultureInfo(chosen == "en" ? "en" : "nl");
        var previous = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = culture;
        try
        {
            var t = context.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
            var html = HtmlEncoder.Default;
            var title = html.Encode(t["Error.429.Title"]);
            var text = html.Encode(t["Error.429.Text", seconds.ToString(culture)]);
            var home = html.Encode(t["Error.Home"]);
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.WriteAsync(
                $"""
                <!DOCTYPE html>
                <html lang="{culture.Name}">
                <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>{title}</title><link rel="stylesheet" href="/css/site.css"></head>
                <body><main id="main" class="container"><h1>{title}</h1><p>{text}</p><p><a href="/">{home}</a></p></main></body>
                </html>
                """, context.RequestAborted);
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = previous;
        }
    }
}
