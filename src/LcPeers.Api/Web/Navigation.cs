using System.Security.Claims;
using LcPeers.Application.Common.Security;
using LcPeers.Application.Home.GetNavCounts;

namespace LcPeers.Api.Web;

/// <summary>
/// One link in the main navigation; <see cref="TextKey"/> is a resource key. <see cref="Count"/> picks the number shown
/// beside it ("Mijn uitnodigingen (2)") from the one counting query a page makes.
/// </summary>
public sealed record NavigationLink(string Href, string TextKey, Func<NavCounts, int?>? Count = null);

/// <summary>A group of links for one audience; <see cref="Roles"/> empty means everyone.</summary>
public sealed record NavigationSection(string TitleKey, IReadOnlyList<string> Roles, IReadOnlyList<NavigationLink> Links)
{
    public bool IsFor(ClaimsPrincipal user) =>
        Roles.Count == 0 || (user.Identity?.IsAuthenticated == true && Roles.Any(user.IsInRole));
}

/// <summary>
/// The main navigation, the one place to add a page's link. Only pages that exist are listed; access itself is
/// enforced by the folder policies in <see cref="WebUi"/> and by the Application handlers.
/// </summary>
public static class Navigation
{
    public static readonly IReadOnlyList<NavigationSection> Sections =
    [
        new("Nav.Section.Public", [],
        [
            new("/learning-communities", "Nav.Directory"),
            new("/tools", "Nav.Tools"),
            new("/verhalen", "Nav.Stories"),
            new("/netwerkmonitor", "Nav.NetworkMonitor"),
            new("/phases-and-bottlenecks", "Nav.Reference"),
        ]),
        new("Nav.Section.Expert", [Roles.Expert],
        [
            new("/expert/profile", "Nav.Expert.Profile"),
            new("/expert/availability", "Nav.Expert.Availability"),
            new("/expert/invitations", "Nav.Expert.Invitations", c => c.Invitations),
            new("/expert/engagements", "Nav.Expert.Engagements"),
            new("/expert/my-data", "Nav.Expert.MyData"),
        ]),
        new("Nav.Section.Coordinator", [Roles.Coordinator],
        [
            new("/coordinator/learning-communities", "Nav.Coordinator.MyLcs"),
            new("/requests?status=draft", "Nav.Coordinator.Drafts", c => c.Drafts),
            new("/requests", "Nav.Coordinator.Requests"),
            new("/requests/new", "Nav.Coordinator.NewRequest"),
        ]),
        new("Nav.Section.Staff", [Roles.Staff, Roles.Admin],
        [
            new("/", "Nav.Staff.MyWork", c => c.StaffWork),
            new("/staff/requests", "Nav.Staff.Queue"),
            new("/staff/experts", "Nav.Staff.Experts"),
            new("/learning-communities", "Nav.Staff.Lcs"),
            new("/staff/runs", "Nav.Staff.Runs"),
            new("/staff/weights", "Nav.Staff.Weights"),
            new("/staff/outbox", "Nav.Staff.Outbox"),
            new("/staff/audit", "Nav.Staff.Audit"),
            new("/staff/monitor", "Nav.Staff.Monitor"),
            new("/staff/stories", "Nav.Staff.Stories"),
        ]),
    ];

    /// <summary>
    /// The navigation's counts for a signed-in user with a role that has any (one COUNT query), else null. Called
    /// once per page by the layout.
    /// </summary>
    public static async Task<NavCounts?> CountsAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var user = context.User;
        if (user.Identity?.IsAuthenticated != true || !new[] { Roles.Expert, Roles.Coordinator, Roles.Staff, Roles.Admin }.Any(user.IsInRole))
        {
            return null;
        }

        return await context.RequestServices.GetRequiredService<Mediator.ISender>().Send(new GetNavCountsQuery(), context.RequestAborted);
    }
}
