using System.Net.Http.Headers;
using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace LcPeers.Api.Tests.Infrastructure;

/// <summary>
/// The real host over a real SQLite file of its own, in the Testing environment, with locally signed JWTs that go
/// through the same authorization policies as production tokens.
/// </summary>
public class LcPeersApiFactory : WebApplicationFactory<Program>
{
    public const string Issuer = "lcpeers-tests";
    public const string Audience = "lcpeers";
    private static readonly byte[] SigningKey = Encoding.UTF8.GetBytes("lcpeers-test-signing-key-0123456789-abcdefghijklmnopqrstuvwxyz");

    public static readonly DateTimeOffset DefaultStart = new(2027, 1, 15, 9, 0, 0, TimeSpan.Zero);

    private readonly string _directory;
    private readonly bool _ownsDirectory;

    public LcPeersApiFactory()
        : this(null, DefaultStart)
    {
    }

    /// <summary>A host over the database in <paramref name="directory"/> (a restart, or a second instance), or a new one.</summary>
    protected LcPeersApiFactory(string? directory, DateTimeOffset start)
    {
        _ownsDirectory = directory is null;
        _directory = directory ?? NewDatabaseDirectory();
        Time = new FakeTimeProvider(start);
    }

    public FakeTimeProvider Time { get; }

    public string Directory => _directory;

    public string DatabasePath => Path.Combine(_directory, "lcpeers.db");

    /// <summary>Where mail goes when no SMTP server is configured: a folder of this test's own.</summary>
    public string PickupDirectory => Path.Combine(_directory, "mail-pickup");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        System.IO.Directory.CreateDirectory(_directory);
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("Database:SqlitePath", DatabasePath);
        builder.UseSetting("Auth:Mode", "Local");
        builder.UseSetting("Email:PickupDirectory", PickupDirectory);
        builder.UseSetting("Authentication:Schemes:Bearer:ValidIssuer", Issuer);
        builder.UseSetting("Authentication:Schemes:Bearer:ValidAudiences:0", Audience);
        builder.UseSetting("Authentication:Schemes:Bearer:SigningKeys:0:Issuer", Issuer);
        builder.UseSetting("Authentication:Schemes:Bearer:SigningKeys:0:Value", Convert.ToBase64String(SigningKey));
        builder.UseSetting("RateLimiting:WritesPerMinute", "100000"); // the hardening tests set their own limits
        builder.UseSetting("RateLimiting:RequestsPerMinutePerAddress", "1000000"); // every test client shares one address
        builder.UseSetting("Lifecycle:ConfirmSubmissions", "false"); // tests that count a workflow's mails count only theirs; the lifecycle tests turn it on
        foreach (var (key, value) in ExtraSettings())
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Time);
        });
    }

    protected virtual IEnumerable<(string Key, string Value)> ExtraSettings() => [];

    /// <summary>Polls <c>/health/ready</c> until it answers 200 (the ranking pool is built in the background), for at most 30 s; returns the body.</summary>
    public async Task<string> WaitUntilReadyAsync()
    {
        var client = CreateClient();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            using var response = await client.GetAsync(new Uri("/health/ready", UriKind.Relative), TestContext.Current.CancellationToken);
            if (response.IsSuccessStatusCode || DateTime.UtcNow > deadline)
            {
                return await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            }

            await Task.Delay(50, TestContext.Current.CancellationToken);
        }
    }

    /// <summary>A client signed in as <paramref name="email"/> with the given roles.</summary>
    public HttpClient ClientAs(string email, params string[] roles)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token(email, roles));
        return client;
    }

    public HttpClient StaffClient() => ClientAs("staff@tse.example", "Staff");

    /// <summary>A client whose token also carries the person's name (the <c>name</c> claim Entra ID sends).</summary>
    public HttpClient NamedClientAs(string email, string name, params string[] roles)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token(email, name, roles));
        return client;
    }

    public static string Token(string email, params string[] roles) => Token(email, null, roles);

    public static string Token(string email, string? name, params string[] roles)
    {
        var claims = new List<Claim> { new("sub", email), new("unique_name", email), new("email", email) };
        if (name is not null)
        {
            claims.Add(new Claim("name", name));
        }

        claims.AddRange(roles.Select(r => new Claim("role", r)));
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Audience,
            Subject = new ClaimsIdentity(claims),
            Expires = DateTime.UtcNow.AddHours(1),
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(SigningKey), SecurityAlgorithms.HmacSha256),
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && _ownsDirectory)
        {
            DeleteDatabaseDirectory(_directory);
        }
    }

    /// <summary>A new folder for a database file that several hosts (a restart, a cluster's instances) share.</summary>
    public static string NewDatabaseDirectory() => Path.Combine(Path.GetTempPath(), "lcpeers-tests", Guid.NewGuid().ToString("N"));

    /// <summary>Releases pooled SQLite connections and deletes the folder; a file still held open only leaves it behind.</summary>
    public static void DeleteDatabaseDirectory(string directory)
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            System.IO.Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open only leaves a temp folder behind.
        }
    }
}
