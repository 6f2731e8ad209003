using LcPeers.Domain.Common;

namespace LcPeers.Domain.Accounts;

/// <summary>
/// A person who signed in (or was named as a coordinator), created on first sight of their address. Every record that
/// names an actor points here, so erasing the person replaces this one record: see docs/personal-data.md.
/// </summary>
public sealed class Account
{
    /// <summary>What an erased account's address is replaced with (followed by the id): unique, not an address, not reversible.</summary>
    public const string ErasedEmailPrefix = "erased:";

    public const string SystemName = "system";

    private Account() { } // for EF

    public AccountId Id { get; private set; }

    /// <summary>Lower-case sign-in address; after erasure <see cref="ErasedEmailPrefix"/> and the id.</summary>
    public string Email { get; private set; } = "";

    public string? DisplayName { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? ErasedAt { get; private set; }

    public bool IsErased => ErasedAt is not null;

    public static Account Create(string email, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(email);
        return new Account { Id = AccountId.New(now), Email = Normalise(email), CreatedAt = now };
    }

    public static string Normalise(string email) => email.Trim().ToLowerInvariant();

    public void Rename(string? displayName)
    {
        EnsureNotErased();
        DisplayName = string.IsNullOrWhiteSpace(displayName) ? null : displayName.Trim();
    }

    /// <summary>The right to erasure: address and name are gone for good; the id stays so histories keep their shape.</summary>
    public void Erase(DateTimeOffset now)
    {
        EnsureNotErased();
        if (Id == AccountId.System)
        {
            throw new BusinessRuleException(RuleCodes.Account.System, "The system account cannot be erased.");
        }

        Email = ErasedEmailPrefix + Id.Value.ToString("N");
        DisplayName = null;
        ErasedAt = now;
    }

    private void EnsureNotErased()
    {
        if (IsErased)
        {
            throw new BusinessRuleException(RuleCodes.Account.Erased, "The account was erased.");
        }
    }
}
