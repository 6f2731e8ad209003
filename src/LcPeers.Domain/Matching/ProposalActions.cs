namespace LcPeers.Domain.Matching;

/// <summary>The stable names of what someone may do with a proposal now (the <c>actions</c> of a proposal response).</summary>
public static class ProposalActions
{
    public const string Approve = "approve";
    public const string Reject = "reject";
    public const string Accept = "accept";
    public const string Decline = "decline";
}
