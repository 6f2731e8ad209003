using LcPeers.Api.Web;
using LcPeers.Application.Engagements;
using LcPeers.Application.Experts.MyEngagements;

namespace LcPeers.Api.Pages.Expert;

/// <summary>"Mijn trajecten": the signed-in expert's engagements with their sessions.</summary>
public sealed class EngagementsModel : UiPageModel
{
    public IReadOnlyList<EngagementResponse> Items { get; private set; } = [];

    public async Task OnGetAsync() => Items = await Sender.Send(new ListMyEngagementsQuery(), Ct);
}
