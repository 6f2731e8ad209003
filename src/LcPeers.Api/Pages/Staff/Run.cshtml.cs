using LcPeers.Api.Web;
using LcPeers.Application.Matching.Runs;

namespace LcPeers.Api.Pages.Staff;

/// <summary>One batch run: status, progress and the requests it could not staff, with why. Refreshes itself while it runs.</summary>
public sealed class RunModel : UiPageModel
{
    public MatchingRunResponse? Run { get; private set; }

    public bool InProgress => Run?.IsActive == true;

    public async Task OnGetAsync(Guid id) => Run = await Sender.Send(new GetMatchingRunQuery(id), Ct);
}
