using LcPeers.Application.Common;
using LcPeers.Domain.Engagements;
using LcPeers.Domain.LearningCommunities;
using LcPeers.Domain.Matching;
using LcPeers.Domain.Requests;
using Microsoft.Extensions.Options;

namespace LcPeers.Application.Notifications;

/// <summary>
/// Absolute links into the web UI for email and calendar invitations, from <see cref="AppOptions.PublicBaseUrl"/>.
/// Each points at the page its reader uses: the expert's own pages, or the coordinator's engagement page. A link that
/// needs sign-in comes back to the same page after signing in (the cookie's ReturnUrl).
/// </summary>
internal sealed class AppLinks(IOptions<AppOptions> options)
{
    private string Base => options.Value.PublicBaseUrl.TrimEnd('/');

    /// <summary>The expert's answer page, opened at this invitation.</summary>
    public string Invitation(ProposalId proposal) => $"{Base}/expert/invitations?proposalId={proposal.Value}";

    /// <summary>The expert's engagements page, opened at this engagement.</summary>
    public string ExpertEngagement(EngagementId engagement) => $"{Base}/expert/engagements?engagementId={engagement.Value}";

    /// <summary>The coordinator's (and staff's) engagement page: sessions, feedback.</summary>
    public string CoordinatorEngagement(SupportRequestId request, EngagementId engagement) =>
        $"{Base}/requests/{request.Value}/engagement?engagementId={engagement.Value}";

    /// <summary>The one-click page that turns nudges off for the address in <paramref name="token"/>.</summary>
    public string Unsubscribe(string token) => $"{Base}/account/unsubscribe?token={Uri.EscapeDataString(token)}";

    /// <summary>The expert's availability page with one "Ja, klopt nog" button.</summary>
    public string ConfirmAvailability() => $"{Base}/expert/availability?confirm=true";

    /// <summary>The expert's availability page, to edit it.</summary>
    public string EditAvailability() => $"{Base}/expert/availability";

    /// <summary>The coordinator's LC list, opened with one "Gegevens kloppen nog" button for this LC.</summary>
    public string ConfirmDirectory(LearningCommunityId lc) => $"{Base}/coordinator/learning-communities?confirm={lc.Value}";

    /// <summary>The LC's public directory entry, to check it (changes go through staff).</summary>
    public string DirectoryEntry(LearningCommunityId lc) => $"{Base}/learning-communities/{lc.Value}";
}
