using LcPeers.Application.Common.Exceptions;
using LcPeers.Application.Common.Security;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
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

    /// <summary>The default scheme: forwards to the bearer token or to the web UI's sign-in cookie (see <see cref="SelectScheme"/>).</summary>
    public const string BearerOrCookieScheme = "BearerOrCookie";

    /// <summary>The web UI's sign-in cookie (Entra ID sign-in in production, the demo sign-in in Development).</summary>
    public const string CookieScheme = CookieAuthenticationDefaults.AuthenticationScheme;

    /// <summary>
    /// <c>Auth:Mode</c> picks the token issuer: Entra ID (Microsoft.Identity.Web) in production, or locally signed JWTs
    /// (<c>dotnet user-jwts</c>) in Development and tests. Both feed the same role-based policies.
    /// A mode that is misconfigured stops the host at start rather than failing every request.
    /// The web UI signs in with a cookie (OpenID Connect with Entra ID, or the Development-only demo sign-in); a policy
    /// scheme picks bearer or cookie per request, so policies and <see cref="ICurrentUser"/> work the same for both.
    /// </summary>
    public static IServiceCollection AddLcPeersAuthentication(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var mode = configuration["Auth:Mode"] ?? AzureAdMode;
        var authentication = services.AddAuthentication(o =>
            {
                o.DefaultScheme = BearerOrCookieScheme;
                o.DefaultChallengeScheme = BearerOrCookieScheme;
            })
            .AddPolicyScheme(BearerOrCookieScheme, "Bearer token or sign-in cookie", o => o.ForwardDefaultSelector = SelectScheme);
        if (string.Equals(mode, LocalMode, StringComparison.OrdinalIgnoreCase))
        {
            if (!environment.IsDevelopment() && !environment.IsEnvironment("Testing"))
            {
                throw new StartupConfigurationException(
                    $"Auth:Mode 'Local' is refused in the '{environment.EnvironmentName}' environment: it is for Development and Testing only. Set Auth:Mode to 'AzureAd'.");
            }

            authentication
                .AddJwtBearer(o =>
                {
                    // Keys, issuer and audiences come from Authentication:Schemes:Bearer (written by dotnet user-jwts).
                    o.MapInboundClaims = false;
                    o.TokenValidationParameters.RoleClaimType = "role";
                    o.TokenValidationParameters.NameClaimType = "unique_name";
                })
                .AddCookie(CookieScheme, o => ConfigureCookie(o, environment));
        }
        else if (string.Equals(mode, AzureAdMode, StringComparison.OrdinalIgnoreCase))
        {
            var azureAd = configuration.GetSection("AzureAd");
            foreach (var key in new[] { "Instance", "TenantId", "ClientId" })
            {
                if (string.IsNullOrWhiteSpace(azureAd[key]))
                {
                    throw new StartupConfigurationException($"Missing setting AzureAd:{key}: Auth:Mode 'AzureAd' needs the Entra ID app registration (see infra/README.md).");
                }
            }

            authentication.AddMicrosoftIdentityWebApi(azureAd, JwtBearerDefaults.AuthenticationScheme);
            authentication.AddMicrosoftIdentityWebApp(azureAd, OpenIdConnectDefaults.AuthenticationScheme, CookieScheme);

            // Keep Entra ID's claim names as issued (roles, preferred_username, name), as the bearer tokens do.
            services.PostConfigure<OpenIdConnectOptions>(OpenIdConnectDefaults.AuthenticationScheme, o =>
            {
                o.MapInboundClaims = false;
                o.TokenValidationParameters.RoleClaimType = "roles";
                o.TokenValidationParameters.NameClaimType = "name";
            });

            // Applied after Microsoft.Identity.Web's own settings; pages that need a user send them to Entra ID.
            services.PostConfigure<CookieAuthenticationOptions>(CookieScheme, o =>
            {
                ConfigureCookie(o, environment);
                o.ForwardChallenge = OpenIdConnectDefaults.AuthenticationScheme;
            });
        }
        else
        {
            throw new StartupConfigurationException($"Auth:Mode '{mode}' is not known; use 'AzureAd' or 'Local'.");
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

    /// <summary>
    /// A bearer header always means the token; the API (<c>/api</c>) takes tokens only, so a call without one is a 401
    /// and never a redirect, and a browser's cookie cannot act on the API (no cross-site requests riding on it).
    /// Everything else (the web UI) uses the sign-in cookie.
    /// </summary>
    internal static string SelectScheme(HttpContext context)
    {
        var authorization = context.Request.Headers.Authorization.ToString();
        if (authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) || context.Request.Path.StartsWithSegments("/api"))
        {
            return JwtBearerDefaults.AuthenticationScheme;
        }

        return CookieScheme;
    }

    private static void ConfigureCookie(CookieAuthenticationOptions o, IHostEnvironment environment)
    {
        o.Cookie.Name = "lcpeers.auth";
        o.Cookie.HttpOnly = true;
        o.Cookie.SameSite = SameSiteMode.Lax;
        o.Cookie.SecurePolicy = environment.IsDevelopment() || environment.IsEnvironment("Testing")
            ? CookieSecurePolicy.SameAsRequest
            : CookieSecurePolicy.Always;
        o.ExpireTimeSpan = TimeSpan.FromHours(8);
        o.SlidingExpiration = true;
        o.LoginPath = "/account/sign-in";
        o.LogoutPath = "/account/sign-out";
        o.AccessDeniedPath = "/account/access-denied";

        // A signed-in user without the right role gets a 403 page in place, not a redirect.
        o.Events.OnRedirectToAccessDenied = context =>
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return Task.CompletedTask;
        };
    }
}
