using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace LcPeers.Api.Hosting;

/// <summary>
/// Reads each operation's endpoint metadata once and writes what follows from it: the bearer requirement (with the
/// roles its policies admit) or an explicit empty one on anonymous routes, and the problem responses the host can
/// return for it. The rules mirror the pipeline: binding and validation (400) where there is input, authentication
/// and authorization (401, 403) on protected routes, 404 where an id is in the path, 409 on commands (rules,
/// duplicates, stale versions), 413 where a body is read, 429 everywhere (the per-address limit runs first).
/// A route adds a status the rules cannot see with <c>.ProducesProblem(status)</c>; its schema is normalised here.
/// </summary>
internal sealed class ProblemResponsesTransformer : IOpenApiOperationTransformer
{
    public const string ProblemSchema = "ProblemDetails";
    public const string ValidationProblemSchema = "ValidationProblemDetails";
    public const string ConflictProblemSchema = "ConflictProblemDetails";
    private const string ProblemJson = "application/problem+json";

    private static readonly Dictionary<int, string> Descriptions = new()
    {
        [StatusCodes.Status400BadRequest] = "A field is missing, malformed or breaks a rule of its own; `errors` names each field (code `validation`).",
        [StatusCodes.Status401Unauthorized] = "No valid bearer token.",
        [StatusCodes.Status403Forbidden] = "The token's roles, or the caller's relation to this record, do not allow it (code `forbidden`).",
        [StatusCodes.Status404NotFound] = "No record with this id, or none the caller may know of (code `not-found`).",
        [StatusCodes.Status409Conflict] = "A business rule, a duplicate or a stale `version`; `code` says which (for example `concurrency.stale-version`).",
        [StatusCodes.Status413PayloadTooLarge] = "The request body is larger than the configured limit (`Limits:MaxRequestBodyBytes`).",
        [StatusCodes.Status429TooManyRequests] = "Too many requests from this address, or writes by this user; `Retry-After` says when to try again (code `rate-limited`).",
    };

    public async Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var document = context.Document ?? throw new InvalidOperationException("The operation transformer needs the document to reference schemas.");
        AddProblemSchemas(document);

        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        var authorizeData = metadata.OfType<IAuthorizeData>().ToList();
        var isProtected = authorizeData.Count > 0 && !metadata.OfType<IAllowAnonymous>().Any();
        var parameters = context.Description.ParameterDescriptions;
        var hasBody = operation.RequestBody is not null || parameters.Any(p => p.Source == BindingSource.Body);
        var hasQuery = parameters.Any(p => p.Source == BindingSource.Query);
        var hasPathId = parameters.Any(p => p.Source == BindingSource.Path);
        var hasFreeTextPath = parameters.Any(p => p.Source == BindingSource.Path && p.Type != typeof(Guid));
        var isCommand = !HttpMethods.IsGet(context.Description.HttpMethod ?? HttpMethods.Get);

        if (isProtected)
        {
            var roles = await RolesAsync(context.ApplicationServices, authorizeData);
            operation.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(ApiContract.BearerScheme, document)] = roles }];
            if (roles.Count > 0)
            {
                operation.Description = Join(operation.Description, "Roles: " + string.Join(", ", roles) + ".");
            }
        }
        else
        {
            operation.Security = []; // explicitly public
        }

        operation.Responses ??= [];
        var statuses = new List<int>();
        if (hasBody || hasQuery || hasFreeTextPath)
        {
            statuses.Add(StatusCodes.Status400BadRequest);
        }

        if (isProtected)
        {
            statuses.Add(StatusCodes.Status401Unauthorized);
            statuses.Add(StatusCodes.Status403Forbidden);
        }

        if (hasPathId)
        {
            statuses.Add(StatusCodes.Status404NotFound);
        }

        if (isCommand)
        {
            statuses.Add(StatusCodes.Status409Conflict);
        }

        if (hasBody)
        {
            statuses.Add(StatusCodes.Status413PayloadTooLarge);
        }

        statuses.Add(StatusCodes.Status429TooManyRequests);

        // Statuses declared on the route (ProducesProblem) join the inferred ones and get the same shapes.
        foreach (var key in operation.Responses.Keys.ToList())
        {
            if (int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var declared) && declared is >= 400 and < 500 && !statuses.Contains(declared))
            {
                statuses.Add(declared);
            }
        }

        foreach (var status in statuses.Order())
        {
            operation.Responses[status.ToString(CultureInfo.InvariantCulture)] = Response(status, document);
        }
    }

    private static OpenApiResponse Response(int status, OpenApiDocument document)
    {
        var schema = status switch
        {
            StatusCodes.Status400BadRequest => ValidationProblemSchema,
            StatusCodes.Status409Conflict => ConflictProblemSchema,
            _ => ProblemSchema,
        };
        var response = new OpenApiResponse
        {
            Description = Descriptions.GetValueOrDefault(status, "A problem with the request; `code` says which."),
            Content = new Dictionary<string, OpenApiMediaType>(StringComparer.Ordinal)
            {
                [ProblemJson] = new() { Schema = new OpenApiSchemaReference(schema, document) },
            },
        };
        if (status == StatusCodes.Status429TooManyRequests)
        {
            response.Headers = new Dictionary<string, IOpenApiHeader>(StringComparer.Ordinal)
            {
                ["Retry-After"] = new OpenApiHeader
                {
                    Description = "Seconds until a new request may succeed.",
                    Schema = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32" },
                },
            };
        }

        return response;
    }

    private static async Task<List<string>> RolesAsync(IServiceProvider services, IReadOnlyList<IAuthorizeData> authorizeData)
    {
        var provider = services.GetRequiredService<IAuthorizationPolicyProvider>();
        var policy = await AuthorizationPolicy.CombineAsync(provider, authorizeData);
        return policy?.Requirements.OfType<RolesAuthorizationRequirement>()
            .Select(r => r.AllowedRoles)
            .Aggregate((IEnumerable<string>?)null, (all, next) => all is null ? next : all.Intersect(next, StringComparer.Ordinal))?
            .Order(StringComparer.Ordinal)
            .ToList() ?? [];
    }

    private static string Join(string? description, string addition) =>
        string.IsNullOrWhiteSpace(description) ? addition : description.TrimEnd() + " " + addition;

    /// <summary>The problem shapes the host writes (see the exception handler and the rate limiter); every one carries <c>code</c>.</summary>
    private static void AddProblemSchemas(OpenApiDocument document)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>(StringComparer.Ordinal);
        if (document.Components.Schemas.ContainsKey(ConflictProblemSchema))
        {
            return;
        }

        document.Components.Schemas[ProblemSchema] = ProblemDetails("An RFC 9457 problem; `code` is stable and meant for programs, `title` and `detail` for people.", []);
        document.Components.Schemas[ValidationProblemSchema] = ProblemDetails(
            "An RFC 9457 problem for bad input (code `validation`): `errors` maps each bad field (JSON path, e.g. `contacts[0].email`) to its messages.",
            new Dictionary<string, IOpenApiSchema>(StringComparer.Ordinal)
            {
                ["errors"] = new OpenApiSchema
                {
                    Type = JsonSchemaType.Object,
                    Description = "Messages per field.",
                    AdditionalProperties = new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchema { Type = JsonSchemaType.String } },
                },
            },
            "errors");
        document.Components.Schemas[ConflictProblemSchema] = ProblemDetails(
            "An RFC 9457 problem for a broken business rule, a duplicate or a stale version; `code` names the rule (for example `proposal.not-pending`, `concurrency.stale-version`).",
            [],
            "code");
    }

    private static OpenApiSchema ProblemDetails(string description, Dictionary<string, IOpenApiSchema> extra, params string[] required)
    {
        var properties = new Dictionary<string, IOpenApiSchema>(StringComparer.Ordinal)
        {
            ["type"] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null, Description = "A URI reference that identifies the problem type." },
            ["title"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "A short summary of the problem type." },
            ["status"] = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32", Description = "The HTTP status code." },
            ["detail"] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null, Description = "What went wrong with this request." },
            ["instance"] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null, Description = "The request's path." },
            ["code"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "A stable, machine-readable code." },
            ["traceId"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "The trace that served the request, for support." },
        };
        foreach (var (name, schema) in extra)
        {
            properties[name] = schema;
        }

        return new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Description = description,
            Properties = properties,
            Required = new HashSet<string>(["title", "status", .. required], StringComparer.Ordinal),
        };
    }
}
