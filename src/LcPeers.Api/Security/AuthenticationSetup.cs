using LcPeers.Application.Common.Security;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Identity.Web;

namespace LcPeers.Api.Security;

/// <summary>Authorization policy names used by the endpoints.</summary>
public static class Policies
{
    /// <summary>TSE and Katapult staff; administrators may do all staff can.</summary>
    public const string Staff = nameof(Staff);
    public const string Admin = nameof(Admin);

    /// <summary>Experts, for their own profile; staff may act for any expert.</summary>
    public const string Expert = nameof(Expert);

    /// <summary>LC coordinators, for the LCs they are linked to; staff may act for any LC.</summary>
    public const string Coordinator = nameof(Coordinator);

    /// <summary>Who may ask for an expert profile: experts (their own), coordinators (of engaged experts), staff.</summary>
    public const string ProfileReader = nameof(ProfileReader);
}

internal static class AuthenticationSetup
{
    public const string LocalMode = "Local";
    public const string AzureAdMode = "AzureAd";

    /// <summary>
    /// <c>Auth:Mode</c> picks the token issuer: Entra ID (Microsoft.Identity.Web) in production, or locally signed JWTs
    /// (<c>dotnet user-jwts</c>) in Development and tests. Both feed the same role-based policies.
    /// A mode that is misconfigured stops the host at start rather than failing every request.
    /// </summary>
    public static IServiceCollection AddLcPeersAuthentication(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var mode = configuration["Auth:Mode"] ?? AzureAdMode;
        if (string.Equals(mode, LocalMode, StringComparison.OrdinalIgnoreCase))
        {
            if (!environment.IsDevelopment() && !environment.IsEnvironment("Testing"))
            {
                throw new InvalidOperationException(
                    $"Auth:Mode 'Local' is refused in the '{environment.EnvironmentName}' environment: it is for Development and Testing only. Set Auth:Mode to 'AzureAd'.");
            }

            services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
                .AddJwtBearer(o =>
                {
                    // Keys, issuer and audiences come from Authentication:Schemes:Bearer (written by dotnet user-jwts).
                    o.MapInboundClaims = false;
                    o.TokenValidationParameters.RoleClaimType = "role";
                    o.TokenValidationParameters.NameClaimType = "unique_name";
                });
        }
        else if (string.Equals(mode, AzureAdMode, StringComparison.OrdinalIgnoreCase))
        {
            var azureAd = configuration.GetSection("AzureAd");
            foreach (var key in new[] { "Instance", "TenantId", "ClientId" })
            {
                if (string.IsNullOrWhiteSpace(azureAd[key]))
                {
                    throw new InvalidOperationException($"Missing setting AzureAd:{key}: Auth:Mode 'AzureAd' needs the Entra ID app registration (see infra/README.md).");
                }
            }

            services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
                .AddMicrosoftIdentityWebApi(azureAd);
        }
        else
        {
            throw new InvalidOperationException($"Auth:Mode '{mode}' is not known; use 'AzureAd' or 'Local'.");
        }

        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.Staff, p => p.RequireRole(Roles.Staff, Roles.Admin))
            .AddPolicy(Policies.Admin, p => p.RequireRole(Roles.Admin))
            .AddPolicy(Policies.Expert, p => p.RequireRole(Roles.Expert, Roles.Staff, Roles.Admin))
            .AddPolicy(Policies.Coordinator, p => p.RequireRole(Roles.Coordinator, Roles.Staff, Roles.Admin))
            .AddPolicy(Policies.ProfileReader, p => p.RequireRole(Roles.Expert, Roles.Coordinator, Roles.Staff, Roles.Admin));
        services.AddHttpContextAccessor();
        services.AddScoped<ICurrentUser, HttpCurrentUser>();
        return services;
    }
}
