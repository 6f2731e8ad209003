namespace LcPeers.Domain.Requests;

/// <summary>What kind of help an LC asks for.</summary>
public enum RequestKind
{
    PeerReview = 1,
    TemporarySupport = 2,
    ToolFacilitation = 3,
    Advice = 4,
}

/// <summary>Where the help happens.</summary>
public enum WorkFormat
{
    OnSite = 1,
    Online = 2,
    Hybrid = 3,
}

/// <summary>
/// Life cycle: draft → submitted → matching → matched → in-progress → completed; cancelled (by staff) or withdrawn
/// (by the LC) from any open state.
/// </summary>
public enum RequestStatus
{
    Draft = 1,
    Submitted = 2,
    Matching = 3,
    Matched = 4,
    InProgress = 5,
    Completed = 6,
    Cancelled = 7,
    Withdrawn = 8,
}
