using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Scalar.AspNetCore;

namespace LcPeers.Api.Hosting;

/// <summary>
/// The OpenAPI document integrators read (<c>/openapi/v1.json</c>, and the Scalar reference at <c>/scalar</c>). Its
/// completeness is decided here once, not per route: the bearer scheme and each operation's requirement, every problem
/// response a route can return, tag descriptions (<see cref="ProblemResponsesTransformer"/>). Endpoints add only what
/// cannot be read from their metadata (their <c>.WithName</c>, which is the operationId, and the odd extra status).
/// </summary>
internal static class ApiContract
{
    public const string EnabledKey = "OpenApi:Enabled";
    public const string BearerScheme = "Bearer";

    /// <summary>Every tag an endpoint group uses, with what integrators find under it.</summary>
    public static readonly IReadOnlyDictionary<string, string> Tags = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Learning communities"] = "The public LC directory, its coordinators (staff) and peer-review reports (the LC's coordinators and staff).",
        ["Tools"] = "The public catalogue of tools, by phase and bottleneck theme.",
        ["Reference data"] = "Public vocabularies with Dutch and English labels: phases, bottleneck themes, sectors, LC types, competences, review dimensions, provinces.",
        ["Experts"] = "Expert profiles and availability; the signed-in expert's own profile, invitations, engagements, data export and erasure.",
        ["Support requests"] = "Support requests of an LC: draft, edit, submit, withdraw, cancel, with their history (coordinators for their LCs, staff for all).",
        ["Matching"] = "Ranked candidates, proposals, the ranking weights and batch assignment runs (staff).",
        ["Proposals"] = "Proposals of an expert for a request: staff approve or reject, the invited expert accepts or declines.",
        ["Engagements"] = "Engagements that follow an accepted invitation: sessions with calendar invitations, feedback, peer-review reports, closing.",
        ["Stories"] = "Success stories of LCs after an engagement: written by the LC's coordinators, reviewed and published by staff, public once published; " +
            "the expert is named only with their consent.",
        ["Monitor"] = "Counts across the programme for staff.",
        ["Audit"] = "Who changed what, when and why (staff).",
        ["Account"] = "The signed-in person's mail preferences, and the one-click unsubscribe from nudges that their links carry.",
        ["Outbox"] = "Email waiting, sent or parked as undeliverable, and resending (staff).",
    };

    public static bool IsEnabled(IConfiguration configuration, IHostEnvironment environment) =>
        configuration.GetValue<bool?>(EnabledKey) ?? !environment.IsProduction();

    public static IServiceCollection AddLcPeersOpenApi(this IServiceCollection services)
    {
        services.AddOpenApi(o =>
        {
            o.AddDocumentTransformer((document, _, _) =>
            {
                Describe(document);
                return Task.CompletedTask;
            });
            o.AddOperationTransformer<ProblemResponsesTransformer>();
        });
        return services;
    }

    /// <summary>The document and its interactive reference, unless <c>OpenApi:Enabled</c> is false (the default in Production).</summary>
    public static WebApplication MapLcPeersApiReference(this WebApplication app)
    {
        if (IsEnabled(app.Configuration, app.Environment))
        {
            app.MapOpenApi();
            app.MapScalarApiReference();
        }

        return app;
    }

    private static void Describe(OpenApiDocument document)
    {
        document.Info.Title = "LcPeers API";
        document.Info.Description =
            "Matches experienced people to Learning Communities (LCs). Errors are RFC 9457 problem details " +
            "(`application/problem+json`) with a stable `code`; 400 names each bad field under `errors`. " +
            "Protected operations take an Entra ID access token as a bearer token; the operation's security requirement lists the app roles it admits.";

        // A trailing slash on the server makes every path start with "//" for tools that concatenate.
        foreach (var server in document.Servers ?? [])
        {
            server.Url = server.Url?.TrimEnd('/');
        }

        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>(StringComparer.Ordinal);
        document.Components.SecuritySchemes[BearerScheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            BearerFormat = "JWT",
            Description =
                "An Entra ID (Microsoft identity platform) access token issued for the LcPeers app registration, sent as " +
                "`Authorization: Bearer <token>`. The app roles (`Staff`, `Admin`, `Coordinator`, `Expert`) come from its `roles` claim. " +
                "In Development, tokens made with `dotnet user-jwts` are accepted instead.",
        };

        document.Tags ??= new HashSet<OpenApiTag>();
        foreach (var tag in document.Tags)
        {
            if (tag.Name is { } name && Tags.TryGetValue(name, out var description))
            {
                tag.Description = description;
            }
        }
    }
}
