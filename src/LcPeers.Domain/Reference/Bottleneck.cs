namespace LcPeers.Domain.Reference;

/// <summary>The six bottleneck themes LCs meet (report, ch. 4.1 and 7.2).</summary>
public enum Bottleneck
{
    Certification = 1,
    Diversity = 2,
    Balance = 3,
    Continuity = 4,
    Financing = 5,
    Infrastructure = 6,
}
