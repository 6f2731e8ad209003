using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using LcPeers.Api.Tests.Infrastructure;
using LcPeers.Domain.Engagements;
using Microsoft.Data.Sqlite;

namespace LcPeers.Api.Tests.Trust;

/// <summary>
/// Mutates valid bodies of every write route with a fixed seed and asserts: no 500; every 4xx is a problem document,
/// a 400 names at least one field; and a failed write changes no table.
/// </summary>
public sealed class FuzzTests(LcPeersApiFactory factory) : IClassFixture<LcPeersApiFactory>
{
    private const int Seed = 20261201;
    private const int Requests = 300;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private sealed record Route(string Method, string Url, HttpClient Client, JsonObject Body);

    [Fact]
    public async Task EveryWriteRoute_MutatedBodies_NeverFail_AndFailedWritesChangeNothing()
    {
        var routes = await RoutesAsync();
        var random = new Random(Seed);
        var failures = new List<string>();
        var statuses = new Dictionary<int, int>();

        for (var i = 0; i < Requests; i++)
        {
            var route = routes[random.Next(routes.Count)];
            var (content, mutation) = Mutate(route.Body, random);
            var before = await ChecksumAsync();
            using var request = new HttpRequestMessage(new HttpMethod(route.Method), route.Url) { Content = content };
            using var response = await route.Client.SendAsync(request, Ct);
            var status = (int)response.StatusCode;
            statuses[status] = statuses.GetValueOrDefault(status) + 1;
            var text = await response.Content.ReadAsStringAsync(Ct);
            var where = $"#{i} {route.Method} {route.Url} [{mutation}] → {status}";

            if (status >= 500)
            {
                failures.Add($"{where}: {text}");
                continue;
            }

            if (status < 400)
            {
                continue; // a mutation that happens to be valid may write
            }

            if (response.Content.Headers.ContentType?.MediaType != "application/problem+json")
            {
                failures.Add($"{where}: content type {response.Content.Headers.ContentType}");
            }
            else if (status == 400 && !NamesAField(text))
            {
                failures.Add($"{where}: no field named: {text}");
            }

            if (await ChecksumAsync() != before)
            {
                failures.Add($"{where}: a table changed on a failed write");
            }
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures));
        Assert.True(statuses.Where(s => s.Key == 400).Sum(s => s.Value) > Requests / 2, $"Mostly bad input was expected: {string.Join(", ", statuses)}");
    }

    private static bool NamesAField(string problem)
    {
        using var doc = JsonDocument.Parse(problem);
        return doc.RootElement.TryGetProperty("errors", out var errors)
            && errors.ValueKind == JsonValueKind.Object
            && errors.EnumerateObject().Any(e => e.Name.Length > 0 && e.Value.GetArrayLength() > 0);
    }

    private static readonly object?[] Poison =
    [
        null, 0, -1, int.MaxValue, long.MaxValue, 1e308, -1e308, true, "", " ", "x", "no-such-code", new string('x', 100_000),
        "a\r\nb", "\0", "line\nATTENDEE:mailto:eve@attacker.example", "\u2028", "0001-01-01", "9999-12-31", "0001-01-01T00:00",
        "9999-12-31T23:59:59Z", "10:00", "2027-13-45", "eve@@attacker.example", "\"a b\"@example.nl", "a@b.nl\r\nBcc: eve@attacker.example",
        "00000000-0000-0000-0000-000000000000", "<script>alert(1)</script>",
    ];

    private static (HttpContent Content, string Mutation) Mutate(JsonObject valid, Random random)
    {
        var body = (JsonObject)valid.DeepClone();
        var keys = body.Select(p => p.Key).ToList();
        var key = keys.Count == 0 ? "x" : keys[random.Next(keys.Count)];
        string mutation;
        switch (random.Next(10))
        {
            case 0:
                return (Json(body, random.Next(4) switch
                {
                    0 => "application/json; charset=bogus",
                    1 => "text/plain",
                    2 => "application/xml",
                    _ => "application/x-www-form-urlencoded",
                }), "content type");
            case 1:
                var json = body.ToJsonString();
                return (new StringContent(json[..(json.Length / 2)], Encoding.UTF8, "application/json"), "truncated");
            case 2:
                body[key] = new JsonArray(null, null);
                mutation = $"{key}: [null]";
                break;
            case 3 when body[key] is JsonArray { Count: > 0 } array && array[0] is JsonObject item:
                var inner = item.Select(p => p.Key).ToList();
                var innerKey = inner[random.Next(inner.Count)];
                item[innerKey] = JsonValue(Poison[random.Next(Poison.Length)]);
                mutation = $"{key}[0].{innerKey}: poison";
                break;
            case 4:
                body[key] = new JsonObject { ["nested"] = 1 };
                mutation = $"{key}: object";
                break;
            default:
                var poison = Poison[random.Next(Poison.Length)];
                body[key] = JsonValue(poison);
                mutation = $"{key}: {Describe(poison)}";
                break;
        }

        return (Json(body, "application/json"), mutation);
    }

    private static JsonNode? JsonValue(object? value) => value is null ? null : JsonSerializer.SerializeToNode(value);

    private static string Describe(object? value) => value switch
    {
        null => "null",
        string { Length: > 40 } s => $"string of {s.Length}",
        string s => JsonSerializer.Serialize(s),
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "",
    };

    private static StringContent Json(JsonObject body, string contentType)
    {
        var content = new StringContent(body.ToJsonString(), Encoding.UTF8);
        content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse(contentType);
        return content;
    }

    private static JsonObject Obj(object value) => JsonSerializer.SerializeToNode(value)!.AsObject();

    private async Task<List<Route>> RoutesAsync()
    {
        var s = await new Scenario(factory, Scenario.NewTag()).WithRequestAsync();
        var (expertId, proposalId, engagementId) = await s.EngagedAsync(1);
        var session = await (await s.Coordinator.PostJsonAsync($"/api/engagements/{engagementId}/sessions",
            new { title = "Kennismaking", start = "2027-02-03T10:00:00", end = "2027-02-03T11:00:00" })).ReadJsonAsync(HttpStatusCode.Created);
        var sessionId = session.GetProperty("id").GetGuid();
        var requestId = s.RequestId;
        var lc = await (await s.Staff.GetAsync($"/api/learning-communities/{s.LcId}", Ct)).ReadJsonAsync(HttpStatusCode.OK);
        var request = await (await s.Coordinator.GetAsync($"/api/requests/{requestId}", Ct)).ReadJsonAsync(HttpStatusCode.OK);
        var weights = await (await s.Staff.GetAsync("/api/matching/weights", Ct)).ReadJsonAsync(HttpStatusCode.OK);
        var expert = s.Expert(1);
        var newExpert = factory.ClientAs($"fuzz-{Guid.NewGuid():N}@experts.example", "Expert");

        var weightsBody = JsonNode.Parse(weights.GetProperty("weights").GetRawText())!.AsObject();
        weightsBody["version"] = weights.GetProperty("version").GetInt32();
        var profile = Obj(Bodies.Expert(email: "fuzz@example.nl"));
        var update = Obj(Bodies.Expert(email: "fuzz@example.nl"));
        update["version"] = 1;
        var requestBody = Obj(Bodies.Request(s.LcId));
        var requestUpdate = Obj(Bodies.Request(s.LcId));
        requestUpdate["version"] = request.GetProperty("version").GetInt32();
        var lcBody = Obj(new
        {
            name = "Fuzz LC",
            region = "Zeeland",
            type = "other",
            status = "active",
            phase = "startup",
            partnerCount = 12,
            partnerCountIsMinimum = false,
            partnerOrganisations = new[] { "Hogeschool Zeeland" },
            sectors = new[] { "offshore-wind" },
            contacts = new[] { new { name = "Piet", role = "trekker", email = "piet@lc.example", phone = "0118 000000" } },
            description = "Een LC om te testen.",
        });
        var lcUpdate = (JsonObject)lcBody.DeepClone();
        lcUpdate["version"] = lc.GetProperty("version").GetInt32();
        var sessionBody = Obj(new
        {
            title = "Werksessie",
            start = "2027-03-03T10:00:00",
            end = "2027-03-03T12:00:00",
            location = "Vlissingen",
            onlineUrl = "https://meet.example/x",
            agenda = "Punt 1\nPunt 2",
            observerEmail = "observer@lc.example",
            kind = "meeting",
        });
        var report = Obj(new
        {
            summary = "Samenvatting",
            dimensions = ReviewDimensions.Ordered.Select(d => new { dimension = d, level = 3, findings = "Bevinding", advice = "Advies" }).ToArray(),
        });

        return
        [
            new("POST", "/api/experts", newExpert, profile),
            new("PUT", $"/api/experts/{expertId}", expert, update),
            new("PUT", $"/api/experts/{expertId}/availability", expert, Obj(new { hoursPerMonth = 10, maxConcurrentEngagements = 2, availability = new[] { new { from = "2027-07-01", to = "2027-07-31", available = false } }, version = 1 })),
            new("POST", "/api/learning-communities", s.Staff, lcBody),
            new("PUT", $"/api/learning-communities/{s.LcId}", s.Staff, lcUpdate),
            new("POST", "/api/requests", s.Coordinator, requestBody),
            new("PUT", $"/api/requests/{requestId}", s.Coordinator, requestUpdate),
            new("POST", $"/api/requests/{requestId}/withdraw", s.Coordinator, Obj(new { reason = "Niet meer nodig" })),
            new("POST", $"/api/requests/{requestId}/cancel", s.Staff, Obj(new { reason = "Dubbel" })),
            new("POST", $"/api/proposals/{proposalId}/reject", s.Staff, Obj(new { reason = "Past niet" })),
            new("POST", $"/api/proposals/{proposalId}/decline", expert, Obj(new { reason = "Geen tijd" })),
            new("PUT", "/api/matching/weights", s.Staff, weightsBody),
            new("POST", $"/api/engagements/{engagementId}/sessions", s.Coordinator, sessionBody),
            new("PUT", $"/api/engagements/{engagementId}/sessions/{sessionId}", s.Coordinator, sessionBody),
            new("POST", $"/api/engagements/{engagementId}/feedback", s.Coordinator, Obj(new { rating = 4, comment = "Goed" })),
            new("POST", $"/api/engagements/{engagementId}/report", expert, report),
        ];
    }

    /// <summary>Row counts of every table and a hash of every row outside the outbox (whose delivery state the dispatcher changes in the background).</summary>
    private async Task<string> ChecksumAsync()
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = factory.DatabasePath, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        await connection.OpenAsync(Ct);
        var tables = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name";
            await using var reader = await list.ExecuteReaderAsync(Ct);
            while (await reader.ReadAsync(Ct))
            {
                tables.Add(reader.GetString(0));
            }
        }

        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var table in tables)
        {
            await using var command = connection.CreateCommand();
            var countOnly = table.Contains("outbox", StringComparison.OrdinalIgnoreCase);
            command.CommandText = countOnly ? $"SELECT COUNT(*) FROM \"{table}\"" : $"SELECT * FROM \"{table}\" ORDER BY rowid";
            await using var reader = await command.ExecuteReaderAsync(Ct);
            hash.AppendData(Encoding.UTF8.GetBytes(table));
            while (await reader.ReadAsync(Ct))
            {
                for (var c = 0; c < reader.FieldCount; c++)
                {
                    hash.AppendData(Encoding.UTF8.GetBytes(Convert.ToString(reader.GetValue(c), System.Globalization.CultureInfo.InvariantCulture) + "\u001f"));
                }
            }
        }

        return Convert.ToHexString(hash.GetHashAndReset());
    }
}
