using LcPeers.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace LcPeers.Api.Tests;

/// <summary>A misconfigured host stops at start with one clear line, instead of answering 500 to every request.</summary>
public sealed class HostStartupTests
{
    private sealed class ConfiguredFactory(string environment, params (string Key, string? Value)[] settings) : LcPeersApiFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseEnvironment(environment);
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }
        }
    }

    [Fact]
    public void LocalTokens_InProduction_AreRefusedAtStart()
    {
        using var factory = new ConfiguredFactory("Production", ("Auth:Mode", "Local"));
        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());
        Assert.Contains("Auth:Mode 'Local' is refused", Flatten(error), StringComparison.Ordinal);
    }

    [Fact]
    public void AzureAd_WithoutClientId_StopsAtStartNamingTheSetting()
    {
        using var factory = new ConfiguredFactory("Production", ("Auth:Mode", "AzureAd"), ("AzureAd:TenantId", "contoso.onmicrosoft.com"));
        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());
        Assert.Contains("Missing setting AzureAd:ClientId", Flatten(error), StringComparison.Ordinal);
    }

    [Fact]
    public void Production_WithoutAnSmtpHost_StopsAtStartNamingTheSetting()
    {
        using var factory = new ConfiguredFactory("Production", ("Email:PickupDirectory", ""), ("Auth:Mode", "AzureAd"),
            ("AzureAd:TenantId", "contoso.onmicrosoft.com"), ("AzureAd:ClientId", "00000000-0000-0000-0000-000000000001"));
        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());
        Assert.Contains("Missing setting Email:Smtp:Host", Flatten(error), StringComparison.Ordinal);
    }

    [Fact]
    public void SqlServer_WithoutConnectionString_StopsAtStartNamingTheSetting()
    {
        using var factory = new ConfiguredFactory("Testing", ("Database:Provider", "SqlServer"));
        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());
        Assert.Contains("Missing setting ConnectionStrings:LcPeers", Flatten(error), StringComparison.Ordinal);
    }

    private static string Flatten(Exception e) => e.InnerException is null ? e.Message : e.Message + " | " + Flatten(e.InnerException);
}
