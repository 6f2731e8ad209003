using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace LcPeers.Api.Tests.Infrastructure;

internal static class Json
{
    public static async Task<JsonElement> ReadJsonAsync(this HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == expected, $"Expected {(int)expected}, got {(int)response.StatusCode}: {body}");
        return body.Length == 0 ? default : JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>Asserts an RFC 9457 validation problem naming <paramref name="field"/>.</summary>
    public static async Task<JsonElement> AssertValidationProblemAsync(this HttpResponseMessage response, string field)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.ReadJsonAsync(HttpStatusCode.BadRequest);
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
        var errors = problem.GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out _), $"Expected an error for '{field}', got {errors}");
        return problem;
    }

    public static async Task<string> AssertProblemCodeAsync(this HttpResponseMessage response, HttpStatusCode status, string code)
    {
        var problem = await response.ReadJsonAsync(status);
        Assert.Equal(code, problem.GetProperty("code").GetString());
        return problem.GetProperty("detail").GetString() ?? "";
    }

    public static Task<HttpResponseMessage> PostJsonAsync<T>(this HttpClient client, string url, T body) =>
        client.PostAsJsonAsync(url, body, TestContext.Current.CancellationToken);

    public static Task<HttpResponseMessage> PutJsonAsync<T>(this HttpClient client, string url, T body) =>
        client.PutAsJsonAsync(url, body, TestContext.Current.CancellationToken);

}
