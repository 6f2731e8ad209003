using LcPeers.Domain.Experts;
using LcPeers.Domain.Requests;

namespace LcPeers.Matching;

/// <summary>
/// The fixed choices of the matching, in one place: how well each role fits each kind of help, how much a nearby
/// province counts, the peer-review team rule, how many alternates are kept, and how a batch run turns scores into
/// costs. The per-factor weights are not here: staff set those (<c>MatchingWeights</c>, versioned).
/// </summary>
public static class MatchingPolicy
{
    /// <summary>Region factor when the expert works in the request's own province.</summary>
    public const double SameProvince = 1.0;

    /// <summary>Region factor for a province bordering the request's: a short trip, most of the local knowledge.</summary>
    public const double NeighbourProvince = 0.6;

    /// <summary>Region factor for an expert who is elsewhere but works online, when the request's format allows it.</summary>
    public const double OnlineOnly = 0.3;

    /// <summary>
    /// What a stale profile's score is multiplied by (two availability confirmations went unanswered): it ranks below an
    /// otherwise equal fresh one, but a much better fit still comes first, and it is never excluded for it.
    /// </summary>
    public const double StalePenalty = 0.8;

    /// <summary>The kind of help the team rule applies to: a peer review by two or more is led by a peer reviewer.</summary>
    public const RequestKind TeamRuleKind = RequestKind.PeerReview;

    /// <summary>The role one member of a team under the team rule must offer.</summary>
    public const ExpertRole TeamRuleRole = ExpertRole.PeerReviewer;

    /// <summary>The smallest number of experts the team rule applies to: a single expert is not a team.</summary>
    public const int MinimumTeamSize = 2;

    /// <summary>
    /// Alternates kept when staff ask proposals for one request: the whole pool serves that request, so a few more
    /// fall-backs are cheap and save staff a second round when proposals are declined.
    /// </summary>
    public const int AlternatesPerProposalCall = 3;

    /// <summary>
    /// Alternates kept per request in a batch run: the same experts are alternates of many requests of one run and
    /// hold no capacity for any of them, so fewer are kept per request to keep the list of fall-backs meaningful.
    /// </summary>
    public const int AlternatesPerRun = 2;

    /// <summary>Best-ranked candidates per request offered to the batch solver as edges.</summary>
    public const int CandidatesPerRequest = 50;

    /// <summary>Integer cost of an edge per unit of (1 − score): 1000 means a score of 1 costs 0, a score of 0 costs 1000.</summary>
    public const int CostScale = 1000;

    /// <summary>Extra cost of each further engagement of the same expert in one run (0.1 of a score), to spread the load.</summary>
    public const int LoadStep = 100;

    /// <summary>
    /// How well an expert offering <paramref name="role"/> fits <paramref name="kind"/> of help (0..1). A peer review
    /// wants a peer reviewer, tool facilitation a facilitator, temporary support a Webber or LC specialist, advice an
    /// LC specialist; the other roles can help, but less.
    /// </summary>
    public static double KindFit(RequestKind kind, ExpertRole role) => (kind, role) switch
    {
        (RequestKind.PeerReview, ExpertRole.PeerReviewer) => 1.0,
        (RequestKind.PeerReview, ExpertRole.LcSpecialist) => 0.6,
        (RequestKind.PeerReview, ExpertRole.Webber) => 0.4,
        (RequestKind.PeerReview, ExpertRole.Facilitator) => 0.3,
        (RequestKind.ToolFacilitation, ExpertRole.Facilitator) => 1.0,
        (RequestKind.ToolFacilitation, _) => 0.5,
        (RequestKind.TemporarySupport, ExpertRole.Webber or ExpertRole.LcSpecialist) => 1.0,
        (RequestKind.TemporarySupport, _) => 0.5,
        (RequestKind.Advice, ExpertRole.LcSpecialist) => 1.0,
        (RequestKind.Advice, ExpertRole.Webber) => 0.8,
        (RequestKind.Advice, _) => 0.6,
        _ => 0,
    };
}
