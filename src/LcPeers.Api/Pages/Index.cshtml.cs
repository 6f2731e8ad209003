using LcPeers.Api.Web;

namespace LcPeers.Api.Pages;

public sealed class IndexModel : UiPageModel
{
    public void OnGet()
    {
    }
}
