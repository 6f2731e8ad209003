using LcPeers.Api.Web;
using LcPeers.Application.Matching.Runs;
using Microsoft.AspNetCore.Mvc;

namespace LcPeers.Api.Pages.Staff;

/// <summary>One batch run: status, progress and the requests it could not staff, with why. While it runs, a small script polls <c>?handler=Status</c> and reloads the page when the run moves on; without script, a refresh link does the same.</summary>
public sealed class RunModel : UiPageModel
{
    public MatchingRunResponse? Run { get; private set; }

    public bool InProgress => Run?.IsActive == true;

    public async Task OnGetAsync(Guid id) => Run = await Sender.Send(new GetMatchingRunQuery(id), Ct);

    /// <summary>The run's status and progress as JSON, for the page's polling script.</summary>
    public async Task<IActionResult> OnGetStatusAsync(Guid id)
    {
        var run = await Sender.Send(new GetMatchingRunQuery(id), Ct);
        return new JsonResult(new { status = run.Status, progress = run.Progress, active = run.IsActive });
    }
}
