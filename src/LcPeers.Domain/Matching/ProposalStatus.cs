namespace LcPeers.Domain.Matching;

/// <summary>
/// alternate (kept in reserve) → proposed (to staff) → approved (invitation to the expert) or rejected;
/// approved → accepted or declined by the expert. Superseded: the request no longer needs it. Withdrawn: the request
/// closed while the invitation was open. Expired: the expert's answer window closed without an answer.
/// </summary>
public enum ProposalStatus
{
    Alternate = 1,
    Proposed = 2,
    Approved = 3,
    Rejected = 4,
    Accepted = 5,
    Declined = 6,
    Superseded = 7,
    Withdrawn = 8,
    Expired = 9,
}
