namespace LcPeers.Api.Hosting;

/// <summary>
/// <c>dotnet LcPeers.Api.dll --health-check</c>: asks the running instance on this machine whether it is ready.
/// Container images have no curl; the app checks itself (exit 0 ready, 1 not ready).
/// </summary>
internal static class HealthProbe
{
    public const string Argument = "--health-check";

    public static async Task<int> CheckAsync()
    {
        var port = (Environment.GetEnvironmentVariable("ASPNETCORE_HTTP_PORTS") ?? "8080").Split(';', ',')[0].Trim();
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        try
        {
            using var response = await client.GetAsync(new Uri($"http://127.0.0.1:{port}/health/ready"));
            return response.IsSuccessStatusCode ? 0 : 1;
        }
        catch (HttpRequestException)
        {
            return 1;
        }
        catch (TaskCanceledException)
        {
            return 1;
        }
    }
}
