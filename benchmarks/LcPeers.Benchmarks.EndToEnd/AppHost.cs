using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace LcPeers.Benchmarks.EndToEnd;

/// <summary>
/// The Release build of the API host as a child process on a free loopback port, over one SQLite file, in the Testing
/// environment with locally signed tokens (a fresh HMAC key per run). Its memory and CPU time come from <see cref="Process"/>.
/// </summary>
internal sealed class AppHost : IAsyncDisposable
{
    private const string Issuer = "lcpeers-benchmark";
    private const string Audience = "lcpeers";
    private readonly Process _process;
    private readonly byte[] _key;

    private AppHost(Process process, Uri address, byte[] key)
    {
        _process = process;
        Address = address;
        _key = key;
    }

    public Uri Address { get; }

    public static AppHost Start(string root, string directory)
    {
        var key = RandomNumberGenerator.GetBytes(64);
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet", Path.Combine(root, "src/LcPeers.Api/bin/Release/net10.0/LcPeers.Api.dll"))
        {
            WorkingDirectory = Path.Combine(root, "src/LcPeers.Api"),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Testing",
            ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}",
            ["Database__Provider"] = "Sqlite",
            ["Database__SqlitePath"] = Path.Combine(directory, "lcpeers.db"),
            ["Auth__Mode"] = "Local",
            ["Email__PickupDirectory"] = Path.Combine(directory, "mail"),
            ["Authentication__Schemes__Bearer__ValidIssuer"] = Issuer,
            ["Authentication__Schemes__Bearer__ValidAudiences__0"] = Audience,
            ["Authentication__Schemes__Bearer__SigningKeys__0__Issuer"] = Issuer,
            ["Authentication__Schemes__Bearer__SigningKeys__0__Value"] = Convert.ToBase64String(key),
            ["RateLimiting__WritesPerMinute"] = "1000000",
            ["RateLimiting__RequestsPerMinutePerAddress"] = "100000000",
            ["Logging__LogLevel__Default"] = "Warning",
            ["Logging__LogLevel__LcPeers.Application.Matching.Snapshot.PoolSnapshot"] = "Information", // "Ranking pool built: … in … ms"
        };
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("The host did not start.");
        var host = new AppHost(process, new Uri($"http://127.0.0.1:{port}"), key);
        process.OutputDataReceived += (_, e) => host.Read(e.Data);
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { Console.Error.WriteLine($"  host: {e.Data}"); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return host;
    }

    /// <summary>How long the host's first full build of the ranking pool took, as it logged it; null until then.</summary>
    public double? PoolBuildMs { get; private set; }

    private void Read(string? line)
    {
        if (PoolBuildMs is null && line is not null && line.Contains("Ranking pool built", StringComparison.Ordinal))
        {
            using var entry = JsonDocument.Parse(line);
            PoolBuildMs = entry.RootElement.GetProperty("State").GetProperty("ElapsedMs").GetDouble();
        }
    }

    /// <summary>Polls /health/ready until it says Healthy; returns how long that took and whether "Warming" was seen.</summary>
    public async Task<(TimeSpan Elapsed, bool SawWarming)> WaitUntilReadyAsync(Stopwatch since)
    {
        using var client = new HttpClient { BaseAddress = Address };
        var warming = false;
        while (since.Elapsed < TimeSpan.FromMinutes(5))
        {
            try
            {
                using var response = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));
                var body = await response.Content.ReadAsStringAsync();
                warming |= body == "Warming";
                if (response.StatusCode == HttpStatusCode.OK && body == "Healthy")
                {
                    return (since.Elapsed, warming);
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }

            await Task.Delay(20);
        }

        throw new TimeoutException("The host did not become ready within 5 minutes.");
    }

    /// <summary>
    /// Waits until the host has used under a tenth of one core for two seconds (its start-up jobs done: the first
    /// monitor snapshot, the lifecycle sweep), at most <paramref name="limit"/>; returns how long that took.
    /// </summary>
    public async Task<TimeSpan> WaitUntilQuietAsync(TimeSpan limit)
    {
        var clock = Stopwatch.StartNew();
        var window = TimeSpan.FromSeconds(2);
        var (before, at) = (CpuTime(), clock.Elapsed);
        while (clock.Elapsed < limit)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(250));
            if (clock.Elapsed - at < window)
            {
                continue;
            }

            var now = CpuTime();
            if ((now - before) / (clock.Elapsed - at) < 0.1)
            {
                return clock.Elapsed;
            }

            (before, at) = (now, clock.Elapsed);
        }

        return clock.Elapsed;
    }

    /// <summary>The host's user and system CPU time so far.</summary>
    private TimeSpan CpuTime()
    {
        _process.Refresh();
        return _process.TotalProcessorTime;
    }

    public HttpClient StaffClient()
    {
        var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromMinutes(2) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token("staff@benchmark.example", "Staff"));
        return client;
    }

    /// <summary>Peak and current resident memory of the host process (on Linux the kernel's VmHWM and VmRSS), in MB.</summary>
    public (double PeakMb, double NowMb) Memory()
    {
        _process.Refresh();
        return (_process.PeakWorkingSet64 / 1048576.0, _process.WorkingSet64 / 1048576.0);
    }

    /// <summary>An HS256 JWT as <c>dotnet user-jwts</c> would make it: unique_name, role, issuer, audience.</summary>
    private string Token(string email, string role)
    {
        var header = Base64Url(JsonSerializer.SerializeToUtf8Bytes(new { alg = "HS256", typ = "JWT" }));
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var payload = Base64Url(JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object>
        {
            ["sub"] = email,
            ["unique_name"] = email,
            ["email"] = email,
            ["role"] = role,
            ["iss"] = Issuer,
            ["aud"] = Audience,
            ["nbf"] = now - 60,
            ["exp"] = now + 36_000,
            ["iat"] = now,
        }));
        var signature = Base64Url(HMACSHA256.HashData(_key, Encoding.ASCII.GetBytes($"{header}.{payload}")));
        return $"{header}.{payload}.{signature}";
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }
}
