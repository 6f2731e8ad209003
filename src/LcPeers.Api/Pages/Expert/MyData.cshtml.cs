using System.Text.Json;
using LcPeers.Api.Web;
using LcPeers.Application.Common.Exceptions;
using LcPeers.Application.Experts;
using LcPeers.Application.Experts.EraseMyProfile;
using LcPeers.Application.Experts.ExportMyData;
using LcPeers.Application.Experts.GetExpert;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace LcPeers.Api.Pages.Expert;

/// <summary>The expert's rights over their data: a JSON export of everything stored, and erasure after confirmation.</summary>
public sealed class MyDataModel(IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json) : UiPageModel
{
    public ExpertResponse? Profile { get; private set; }

    [BindProperty]
    public bool Confirm { get; set; }

    public async Task OnGetAsync() => Profile = await Sender.MyProfileOrNullAsync(Ct);

    /// <summary>The same document as <c>GET /api/experts/me/export</c>, as a download.</summary>
    public async Task<IActionResult> OnGetExportAsync()
    {
        var export = await Sender.Send(new ExportMyDataQuery(), Ct);
        var bytes = JsonSerializer.SerializeToUtf8Bytes(export, json.Value.SerializerOptions);
        return File(bytes, "application/json", "lcpeers-my-data.json");
    }

    public async Task<IActionResult> OnPostEraseAsync()
    {
        Profile = await Sender.MyProfileOrNullAsync(Ct);
        if (Profile is null)
        {
            return Redirect("/expert/profile");
        }

        if (!Confirm)
        {
            ModelState.AddModelError(nameof(Confirm), T["Expert.EraseConfirmRequired"]);
            FormError = T["Form.HasErrors"];
            return Page();
        }

        if (await TrySendAsync(ct => Sender.Send(new EraseMyProfileCommand(), ct).AsTask(), new FormErrorMap("", GetType())))
        {
            StatusMessage = T["Expert.Erased"];
            return Redirect("/expert/my-data");
        }

        return Page();
    }

}
