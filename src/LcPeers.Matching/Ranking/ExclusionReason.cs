namespace LcPeers.Matching.Ranking;

/// <summary>Why an expert can never be proposed for a request (hard filters). Several may hold at once.</summary>
[Flags]
public enum ExclusionReason : ushort
{
    None = 0,
    NoConsent = 1 << 0,
    ConflictOfInterest = 1 << 1,
    Unavailable = 1 << 2,
    AtCapacity = 1 << 3,
    Language = 1 << 4,
    Region = 1 << 5,
    CannotFacilitateTool = 1 << 6,
    AlreadyProposed = 1 << 7,
}

public static class ExclusionReasons
{
    /// <summary>The stable reason codes staff see ("why not X?").</summary>
    public static IReadOnlyList<string> ToCodes(this ExclusionReason reasons) =>
        [.. Eligibility.Rules.Where(r => (reasons & r.Reason) != 0).Select(r => r.Code)];
}
