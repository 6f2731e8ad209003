using LcPeers.Api.Web;
using LcPeers.Application.Common.Security;
using LcPeers.Application.Home.GetMyWork;

namespace LcPeers.Api.Pages;

/// <summary>
/// The home page: for a signed-in expert, coordinator or staff member first "what is waiting for me" (the sign-in
/// lands here), then the public entry points.
/// </summary>
public sealed class IndexModel : UiPageModel
{
    public ExpertWorkResponse? Expert { get; private set; }

    public CoordinatorWorkResponse? Coordinator { get; private set; }

    public StaffWorkResponse? Staff { get; private set; }

    public bool HasWork => Expert is not null || Coordinator is not null || Staff is not null;

    public async Task OnGetAsync()
    {
        if (User.IsInRole(Roles.Staff) || User.IsInRole(Roles.Admin))
        {
            Staff = await Sender.Send(new GetStaffWorkQuery(), Ct);
        }

        if (User.IsInRole(Roles.Coordinator))
        {
            Coordinator = await Sender.Send(new GetCoordinatorWorkQuery(), Ct);
        }

        if (User.IsInRole(Roles.Expert))
        {
            Expert = await Sender.Send(new GetExpertWorkQuery(), Ct);
        }
    }
}
