using LcPeers.Application.Common.Exceptions;
using LcPeers.Domain.Accounts;

namespace LcPeers.Application.Common.Security;

/// <summary>The signed-in user as the use cases see them; implemented by the host from the token's claims.</summary>
public interface ICurrentUser
{
    bool IsAuthenticated { get; }

    /// <summary>Lower-case email from the <c>email</c>, <c>preferred_username</c> or <c>unique_name</c> claim.</summary>
    string? Email { get; }

    /// <summary>The display name from the <c>name</c> claim, if the token carries one.</summary>
    string? Name { get; }

    /// <summary>The user's account, resolved (created on first sight) by the account step before the handler runs.</summary>
    AccountId? AccountId { get; }

    bool IsInRole(string role);
}

public static class CurrentUserExtensions
{
    /// <summary>Staff and administrators see and do everything staff do.</summary>
    public static bool IsStaff(this ICurrentUser user) => user.IsInRole(Roles.Staff) || user.IsInRole(Roles.Admin);

    public static string RequireEmail(this ICurrentUser user) =>
        user.Email ?? throw new ForbiddenException("The sign-in token carries no email address (email, preferred_username or unique_name claim).");

    /// <summary>
    /// Who histories, audit rows and decisions name: the user's account, or <see cref="AccountId.System"/> in background
    /// work where nobody is signed in.
    /// </summary>
    public static AccountId Actor(this ICurrentUser user) => user.AccountId ?? (user.Email is null
        ? AccountId.System
        : throw new InvalidOperationException("The signed-in user's account was not resolved; the account step runs before every handler."));
}
