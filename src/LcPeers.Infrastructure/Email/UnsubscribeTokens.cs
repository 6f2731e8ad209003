using System.Security.Cryptography;
using LcPeers.Application.Common.Email;
using Microsoft.AspNetCore.DataProtection;

namespace LcPeers.Infrastructure.Email;

/// <summary>
/// Unsubscribe tokens by ASP.NET Core Data Protection: authenticated encryption of the address under the key ring
/// every instance shares (stored in the database), so a link from one instance works on all of them and after
/// key rotation (old keys keep decrypting).
/// </summary>
internal sealed class UnsubscribeTokens(IDataProtectionProvider provider) : IUnsubscribeTokens
{
    private readonly IDataProtector _protector = provider.CreateProtector("LcPeers.Unsubscribe.v1");

    public string Create(string address) => _protector.Protect(Domain.Messaging.MailPreference.Normalise(address));

    public string? Read(string? token)
    {
        if (string.IsNullOrWhiteSpace(token))
        {
            return null;
        }

        try
        {
            return _protector.Unprotect(token.Trim());
        }
        catch (CryptographicException)
        {
            return null; // tampered, truncated, or not ours
        }
    }
}
