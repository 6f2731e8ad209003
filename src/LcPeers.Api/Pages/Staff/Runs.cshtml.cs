using LcPeers.Api.Web;
using LcPeers.Application.Matching.Runs;
using LcPeers.Domain.Common;
using LcPeers.Domain.Matching;
using Microsoft.AspNetCore.Mvc;

namespace LcPeers.Api.Pages.Staff;

/// <summary>Starts a batch matching run over every submitted request without proposals, or a minimal-change re-planning run.</summary>
public sealed class RunsModel : UiPageModel
{
    /// <summary>The objectives a run can optimise, in the order offered.</summary>
    public static readonly IReadOnlyList<string> Objectives = Codes<MatchingRunObjective>.All.ToList();

    [BindProperty]
    public string Objective { get; set; } = Codes<MatchingRunObjective>.Of(MatchingRunObjective.Total);

    /// <summary>Minimal change: keep what was approved, accepted or proposed, and only fill the open places.</summary>
    [BindProperty]
    public bool Replan { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        MatchingRunId id = default;
        if (await TrySendAsync(async ct => id = await Sender.Send(new StartMatchingRunCommand(Objective, Replan), ct), new FormErrorMap("", GetType())))
        {
            return Redirect($"/staff/runs/{id.Value}");
        }

        return Page();
    }
}
