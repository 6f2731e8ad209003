using System.Security.Claims;
using LcPeers.Application.Common.Accounts;
using LcPeers.Application.Common.Security;
using LcPeers.Domain.Accounts;

namespace LcPeers.Api.Security;

/// <summary>The signed-in user from the request's claims, for Entra ID and local tokens alike.</summary>
internal sealed class HttpCurrentUser(IHttpContextAccessor accessor, ResolvedAccount account) : ICurrentUser
{
    // Raw JWT names first (local tokens keep them), then the names ASP.NET maps them to.
    private static readonly string[] EmailClaims = ["email", ClaimTypes.Email, "preferred_username", "upn", ClaimTypes.Upn, "unique_name", ClaimTypes.Name];

    private ClaimsPrincipal? Principal => accessor.HttpContext?.User;

    public bool IsAuthenticated => Principal?.Identity?.IsAuthenticated == true;

    public string? Email
    {
        get
        {
            if (!IsAuthenticated)
            {
                return null;
            }

            foreach (var type in EmailClaims)
            {
                var value = Principal!.FindFirst(type)?.Value;
                if (!string.IsNullOrWhiteSpace(value) && value.Contains('@', StringComparison.Ordinal))
                {
                    return value.Trim().ToLowerInvariant();
                }
            }

            return null;
        }
    }

    public string? Name => IsAuthenticated && Principal!.FindFirst("name")?.Value is { Length: > 0 } name ? name.Trim() : null;

    public AccountId? AccountId => account.Id;

    public bool IsInRole(string role) =>
        Principal is { } p && (p.IsInRole(role) || p.HasClaim("role", role) || p.HasClaim("roles", role) || p.HasClaim(ClaimTypes.Role, role));
}
