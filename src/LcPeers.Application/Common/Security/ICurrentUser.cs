using LcPeers.Application.Common.Exceptions;

namespace LcPeers.Application.Common.Security;

/// <summary>The signed-in user as the use cases see them; implemented by the host from the token's claims.</summary>
public interface ICurrentUser
{
    bool IsAuthenticated { get; }

    /// <summary>Lower-case email from the <c>email</c>, <c>preferred_username</c> or <c>unique_name</c> claim.</summary>
    string? Email { get; }

    bool IsInRole(string role);
}

public static class CurrentUserExtensions
{
    /// <summary>Staff and administrators see and do everything staff do.</summary>
    public static bool IsStaff(this ICurrentUser user) => user.IsInRole(Roles.Staff) || user.IsInRole(Roles.Admin);

    public static string RequireEmail(this ICurrentUser user) =>
        user.Email ?? throw new ForbiddenException("The sign-in token carries no email address (email, preferred_username or unique_name claim).");

    /// <summary>How the user is named in histories and audit trails.</summary>
    public static string Actor(this ICurrentUser user) => user.Email ?? "system";
}
