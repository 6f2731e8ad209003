using LcPeers.Api.Web;
using LcPeers.Application.Matching.Runs;
using Microsoft.AspNetCore.Mvc;

namespace LcPeers.Api.Pages.Staff;

/// <summary>Starts a batch matching run over every submitted request without proposals.</summary>
public sealed class RunsModel : UiPageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        Domain.Matching.MatchingRunId id = default;
        if (await TrySendAsync(async ct => id = await Sender.Send(new StartMatchingRunCommand(), ct), new FormErrorMap("", GetType())))
        {
            return Redirect($"/staff/runs/{id.Value}");
        }

        return Page();
    }
}
