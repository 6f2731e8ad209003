namespace LcPeers.Application.Common.Email;

/// <summary>
/// Signs an address into the token of a one-click unsubscribe link, so the link works without signing in and cannot
/// be made for somebody else's address. Tokens do not expire: an old mail's link still works.
/// </summary>
public interface IUnsubscribeTokens
{
    string Create(string address);

    /// <returns>The address, or null when the token was not made here (tampered, truncated or from another service).</returns>
    string? Read(string? token);
}
