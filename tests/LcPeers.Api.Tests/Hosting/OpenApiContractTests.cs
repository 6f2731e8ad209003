using System.Net;
using System.Text;
using System.Text.Json;
using LcPeers.Api.Tests.Infrastructure;

namespace LcPeers.Api.Tests.Hosting;

/// <summary>
/// The published contract (<c>/openapi/v1.json</c>) checked for every operation: an operationId, security, the problem
/// responses the host can return, typed schemas; and checked against the host itself where a call can prove it.
/// </summary>
public sealed class OpenApiContractTests(LcPeersApiFactory factory) : IClassFixture<LcPeersApiFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch"];

    private sealed record Operation(string Method, string Path, JsonElement Body)
    {
        public override string ToString() => $"{Method.ToUpperInvariant()} {Path}";

        public bool Has(string property) => Body.TryGetProperty(property, out _);

        public IEnumerable<JsonElement> Parameters(string location) =>
            Body.TryGetProperty("parameters", out var all) ? all.EnumerateArray().Where(p => p.GetProperty("in").GetString() == location) : [];

        public bool IsProtected => Body.GetProperty("security").GetArrayLength() > 0;

        public JsonElement? Response(int status) =>
            Body.GetProperty("responses").TryGetProperty(status.ToString(System.Globalization.CultureInfo.InvariantCulture), out var r) ? r : null;

        /// <summary>The path with each parameter filled: a fresh id, or an address for <c>{email}</c>.</summary>
        public string Url => string.Join('/', Path.Split('/').Select(segment => segment switch
        {
            "{email}" => "nobody@contract.example",
            ['{', .., '}'] => Guid.NewGuid().ToString(),
            _ => segment,
        }));
    }

    private async Task<(JsonElement Document, List<Operation> Operations)> LoadAsync()
    {
        var document = await (await factory.CreateClient().GetAsync("/openapi/v1.json", Ct)).ReadJsonAsync(HttpStatusCode.OK);
        var operations = document.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject()
                .Where(op => Methods.Contains(op.Name))
                .Select(op => new Operation(op.Name, path.Name, op.Value)))
            .ToList();
        Assert.True(operations.Count > 50, $"Expected the whole API in the document, found {operations.Count} operations.");
        return (document, operations);
    }

    [Fact]
    public async Task EveryOperation_HasAUniqueOperationId_ASummary_AndDescribedTags()
    {
        var (document, operations) = await LoadAsync();
        var described = document.GetProperty("tags").EnumerateArray()
            .Where(t => !string.IsNullOrWhiteSpace(t.TryGetProperty("description", out var d) ? d.GetString() : null))
            .Select(t => t.GetProperty("name").GetString())
            .ToHashSet(StringComparer.Ordinal);

        var ids = new List<string>();
        foreach (var operation in operations)
        {
            Assert.True(operation.Body.TryGetProperty("operationId", out var id) && !string.IsNullOrWhiteSpace(id.GetString()), $"{operation} has no operationId");
            ids.Add(id.GetString()!);
            Assert.True(operation.Has("summary"), $"{operation} has no summary");
            var tags = operation.Body.GetProperty("tags").EnumerateArray().Select(t => t.GetString()).ToList();
            Assert.NotEmpty(tags);
            Assert.All(tags, tag => Assert.True(described.Contains(tag), $"{operation}: tag '{tag}' has no description"));
        }

        var duplicates = ids.GroupBy(id => id, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.True(duplicates.Count == 0, "Duplicate operationIds: " + string.Join(", ", duplicates));
    }

    [Fact]
    public async Task SecurityScheme_IsBearerJwt_AndEveryOperationStatesItsRequirement()
    {
        var (document, operations) = await LoadAsync();
        var scheme = document.GetProperty("components").GetProperty("securitySchemes").GetProperty("Bearer");
        Assert.Equal("http", scheme.GetProperty("type").GetString());
        Assert.Equal("bearer", scheme.GetProperty("scheme").GetString());
        Assert.Equal("JWT", scheme.GetProperty("bearerFormat").GetString());
        Assert.Contains("Entra ID", scheme.GetProperty("description").GetString(), StringComparison.Ordinal);

        foreach (var operation in operations)
        {
            Assert.True(operation.Has("security"), $"{operation} states no security (public operations say so with an empty list)");
            foreach (var requirement in operation.Body.GetProperty("security").EnumerateArray())
            {
                Assert.Equal(["Bearer"], requirement.EnumerateObject().Select(p => p.Name));
            }
        }

        Assert.Contains(operations, o => !o.IsProtected);
        Assert.Contains(operations, o => o.IsProtected);
    }

    [Fact]
    public async Task SecurityRequirements_MatchTheHost_AnonymousCallsAre401ExactlyWhereABearerIsRequired()
    {
        var (_, operations) = await LoadAsync();
        var client = factory.CreateClient();
        var mismatches = new List<string>();
        foreach (var operation in operations)
        {
            using var request = new HttpRequestMessage(new HttpMethod(operation.Method.ToUpperInvariant()), operation.Url);
            if (operation.Has("requestBody"))
            {
                request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
            }

            var response = await client.SendAsync(request, Ct);
            var unauthorized = response.StatusCode == HttpStatusCode.Unauthorized;
            if (unauthorized != operation.IsProtected)
            {
                mismatches.Add($"{operation}: documented {(operation.IsProtected ? "protected" : "public")}, answered {(int)response.StatusCode}");
            }
        }

        Assert.True(mismatches.Count == 0, string.Join(Environment.NewLine, mismatches));
    }

    [Fact]
    public async Task EveryOperation_DocumentsTheProblemsItCanReturn()
    {
        var (document, operations) = await LoadAsync();
        var schemas = document.GetProperty("components").GetProperty("schemas");
        Assert.Equal("code", Assert.Single(schemas.GetProperty("ConflictProblemDetails").GetProperty("required").EnumerateArray(), r => r.GetString() == "code").GetString());
        Assert.Equal(JsonValueKind.Object, schemas.GetProperty("ValidationProblemDetails").GetProperty("properties").GetProperty("errors").ValueKind);

        var missing = new List<string>();
        foreach (var operation in operations)
        {
            var expected = new List<(int Status, string Schema)>();
            var hasBody = operation.Has("requestBody");
            if (hasBody || operation.Parameters("query").Any())
            {
                expected.Add((400, "ValidationProblemDetails"));
            }

            if (operation.IsProtected)
            {
                expected.Add((401, "ProblemDetails"));
                expected.Add((403, "ProblemDetails"));
            }

            if (operation.Parameters("path").Any())
            {
                expected.Add((404, "ProblemDetails"));
            }

            if (operation.Method != "get")
            {
                expected.Add((409, "ConflictProblemDetails"));
            }

            if (hasBody)
            {
                expected.Add((413, "ProblemDetails"));
            }

            expected.Add((429, "ProblemDetails"));

            foreach (var (status, schema) in expected)
            {
                if (operation.Response(status) is not { } response)
                {
                    missing.Add($"{operation}: no {status}");
                    continue;
                }

                var reference = response.GetProperty("content").GetProperty("application/problem+json").GetProperty("schema").GetProperty("$ref").GetString();
                if (reference != "#/components/schemas/" + schema)
                {
                    missing.Add($"{operation}: {status} is {reference}, expected {schema}");
                }
            }

            Assert.True(operation.Response(429)?.GetProperty("headers").TryGetProperty("Retry-After", out _), $"{operation}: 429 without Retry-After");
        }

        Assert.True(missing.Count == 0, string.Join(Environment.NewLine, missing));
    }

    [Fact]
    public async Task EverySuccessResponse_WithABody_HasATypedSchema_AndNoSchemaIsEmpty()
    {
        var (document, operations) = await LoadAsync();
        foreach (var operation in operations)
        {
            var successes = operation.Body.GetProperty("responses").EnumerateObject().Where(r => r.Name.StartsWith('2')).ToList();
            Assert.NotEmpty(successes);
            foreach (var success in successes.Where(s => s.Name != "204"))
            {
                Assert.True(success.Value.TryGetProperty("content", out var content), $"{operation}: {success.Name} has no content");
                var schema = content.GetProperty("application/json").GetProperty("schema");
                Assert.True(schema.TryGetProperty("$ref", out _) || schema.TryGetProperty("type", out _), $"{operation}: {success.Name} has an untyped schema {schema}");
            }
        }

        var empty = new List<string>();
        FindEmptySchemas(document, "#", empty);
        Assert.True(empty.Count == 0, "Schemas without a type: " + string.Join(", ", empty));
    }

    [Fact]
    public async Task DocumentedProblems_AreWhatTheHostAnswers_400ForBadBodies_404ForUnknownIds()
    {
        var (_, operations) = await LoadAsync();
        var staff = factory.StaffClient();
        var wrong = new List<string>();
        foreach (var operation in operations.Where(o => o.Has("requestBody")))
        {
            using var request = new HttpRequestMessage(new HttpMethod(operation.Method.ToUpperInvariant()), operation.Url)
            {
                Content = new StringContent("{ not json", Encoding.UTF8, "application/json"),
            };
            var response = await staff.SendAsync(request, Ct);
            if (response.StatusCode != HttpStatusCode.BadRequest || response.Content.Headers.ContentType?.MediaType != "application/problem+json")
            {
                wrong.Add($"{operation}: a malformed body got {(int)response.StatusCode} {response.Content.Headers.ContentType?.MediaType}");
            }
        }

        foreach (var operation in operations.Where(o => o.Method == "get" && o.Parameters("path").Any()))
        {
            var response = await staff.GetAsync(operation.Url, Ct);
            if (response.StatusCode != HttpStatusCode.NotFound)
            {
                wrong.Add($"{operation}: an unknown id got {(int)response.StatusCode}");
            }
        }

        Assert.True(wrong.Count == 0, string.Join(Environment.NewLine, wrong));
    }

    private static void FindEmptySchemas(JsonElement element, string path, List<string> empty)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    var child = path + "/" + property.Name;
                    if (property.Name is "schema" or "items" && property.Value.ValueKind == JsonValueKind.Object && !property.Value.EnumerateObject().Any())
                    {
                        empty.Add(child);
                    }

                    FindEmptySchemas(property.Value, child, empty);
                }

                break;
            case JsonValueKind.Array:
                var i = 0;
                foreach (var item in element.EnumerateArray())
                {
                    FindEmptySchemas(item, path + "/" + i++, empty);
                }

                break;
        }
    }
}
