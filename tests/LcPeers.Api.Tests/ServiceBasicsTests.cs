using System.Net;
using LcPeers.Api.Tests.Infrastructure;

namespace LcPeers.Api.Tests;

public sealed class ServiceBasicsTests(LcPeersApiFactory factory) : IClassFixture<LcPeersApiFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task HealthReady_WithDatabaseAndRankingPool_IsHealthy()
    {
        Assert.Equal("Healthy", await factory.WaitUntilReadyAsync());
    }

    [Fact]
    public async Task HealthLive_IsHealthy()
    {
        var response = await factory.CreateClient().GetAsync("/health/live", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task OpenApi_DescribesTheDirectoryAndToolRoutes()
    {
        var doc = await (await factory.CreateClient().GetAsync("/openapi/v1.json", Ct)).ReadJsonAsync(HttpStatusCode.OK);
        var paths = doc.GetProperty("paths");

        Assert.True(paths.TryGetProperty("/api/learning-communities", out _));
        Assert.True(paths.TryGetProperty("/api/learning-communities/{id}", out _));
        Assert.True(paths.TryGetProperty("/api/tools", out _));
        Assert.True(paths.TryGetProperty("/api/reference/phases", out _));
    }

    [Fact]
    public async Task Scalar_ServesTheInteractiveReference()
    {
        var response = await factory.CreateClient().GetAsync("/scalar/v1", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("text/html", response.Content.Headers.ContentType?.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownRoute_Is404ProblemDetails()
    {
        var response = await factory.CreateClient().GetAsync("/api/nothing-here", Ct);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
