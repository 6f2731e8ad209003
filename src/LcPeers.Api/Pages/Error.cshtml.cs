using LcPeers.Api.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LcPeers.Api.Pages;

/// <summary>The page for 400, 403, 404 and unexpected errors (re-executed by the status-code and exception handlers).</summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : UiPageModel
{
    public string Title { get; private set; } = "";

    public string Explanation { get; private set; } = "";

    public IActionResult OnGet(int code)
    {
        var known = code is 400 or 403 or 404 ? code : 500;
        Title = T[$"Error.{known}.Title"];
        Explanation = T[$"Error.{known}.Text"];
        if (code is >= 400 and <= 599)
        {
            Response.StatusCode = code;
        }

        return Page();
    }

    public IActionResult OnPost(int code) => OnGet(code);
}
