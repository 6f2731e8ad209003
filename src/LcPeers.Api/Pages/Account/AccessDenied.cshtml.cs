using LcPeers.Api.Web;
using Microsoft.AspNetCore.Authorization;

namespace LcPeers.Api.Pages.Account;

[AllowAnonymous]
public sealed class AccessDeniedModel : UiPageModel
{
    public void OnGet() => Response.StatusCode = StatusCodes.Status403Forbidden;
}
