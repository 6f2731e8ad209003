using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace LcPeers.Web.Tests.Infrastructure;

/// <summary>
/// The real host in Development (so the demo sign-in and the demo data exist) over an SQLite file of its own.
/// Other environments are for proving what does not exist there.
/// </summary>
public class WebFactory : WebApplicationFactory<Program>
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "lcpeers-web-tests", Guid.NewGuid().ToString("N"));

    public const string DemoDomain = "demo.lcpeers.example";
    public const string Staff = "staff@" + DemoDomain;
    public const string CoordinatorWindOpZee = "coordinator.windopzee@" + DemoDomain;
    public const string CoordinatorSeece = "coordinator.seece@" + DemoDomain;
    public const string Expert01 = "expert01@" + DemoDomain;
    public const string Expert02 = "expert02@" + DemoDomain;
    public const string NewExpert = "expert.new@" + DemoDomain;

    protected virtual string EnvironmentName => "Development";

    protected virtual IEnumerable<(string Key, string Value)> Settings => [];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(_directory);
        builder.UseEnvironment(EnvironmentName);
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("Database:SqlitePath", Path.Combine(_directory, "lcpeers.db"));
        builder.UseSetting("RateLimiting:SignInsPerMinute", "100000"); // the API's hardening tests set their own limits
        builder.UseSetting("RateLimiting:WritesPerMinute", "100000");
        builder.UseSetting("RateLimiting:RequestsPerMinutePerAddress", "1000000"); // every browser and client here shares one address
        builder.UseSetting("Email:PickupDirectory", Path.Combine(_directory, "mail-pickup"));
        builder.UseSetting("Email:PollInterval", "00:00:01"); // invitations reach the pickup folder within a second
        builder.UseSetting("Lifecycle:QuietHoursStart", "00:00"); // the browser tests run at any hour on the real clock: no quiet hours
        builder.UseSetting("Lifecycle:QuietHoursEnd", "00:00");
        builder.UseSetting("Lifecycle:QuietWeekends", "false");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
    }

    /// <summary>A client that keeps cookies and does not follow redirects, so tests see 302s and 403s as they are.</summary>
    /// <remarks>Over HTTPS, as production is reached: outside Development plain HTTP is redirected.</remarks>
    public HttpClient Browserless() => CreateClient(new WebApplicationFactoryClientOptions
    {
        AllowAutoRedirect = false,
        HandleCookies = true,
        BaseAddress = new Uri("https://localhost"),
    });

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(_directory, recursive: true);
            }
            catch (IOException)
            {
                // A file still held open only leaves a temp folder behind.
            }
        }
    }
}
