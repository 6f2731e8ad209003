namespace LcPeers.Domain.Requests;

/// <summary>The stable names of what someone may do with a request now (the <c>actions</c> of a request response).</summary>
public static class RequestActions
{
    public const string Edit = "edit";
    public const string Submit = "submit";
    public const string Withdraw = "withdraw";
    public const string Cancel = "cancel";
    public const string Propose = "propose";
}
