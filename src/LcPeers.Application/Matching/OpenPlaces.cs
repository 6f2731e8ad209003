using LcPeers.Domain.Matching;
using LcPeers.Domain.Requests;

namespace LcPeers.Application.Matching;

/// <summary>How many more experts a request can be given a proposal for, and whether a fresh slate may be asked for.</summary>
internal static class OpenPlaces
{
    /// <summary>Places not yet taken by a proposal waiting for staff, an invitation waiting for the expert, or an accepted expert.</summary>
    public static int Of(SupportRequest request, IReadOnlyCollection<Proposal> proposals) =>
        Math.Max(0, request.ExpertsWanted - proposals.Count(p => p.Status is ProposalStatus.Proposed or ProposalStatus.Approved or ProposalStatus.Accepted));

    /// <summary>A slate (best candidates plus alternates) is only made while nothing waits for a decision.</summary>
    public static bool AllowsSlate(SupportRequest request, IReadOnlyCollection<Proposal> proposals) =>
        Of(request, proposals) > 0 && !proposals.Any(p => p.Status is ProposalStatus.Proposed or ProposalStatus.Approved or ProposalStatus.Alternate);
}
