namespace LcPeers.Domain.Stories;

/// <summary>What someone may do with a story now, as <see cref="Story.AllowedActions"/> decides; pages show buttons from these.</summary>
public static class StoryActions
{
    public const string Edit = "edit";
    public const string Submit = "submit";
    public const string Publish = "publish";
    public const string Return = "return";
    public const string GiveConsent = "give-consent";
    public const string WithdrawConsent = "withdraw-consent";
}
