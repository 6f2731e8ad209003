using System.Net;
using System.Net.Sockets;
using System.Threading.RateLimiting;

namespace LcPeers.Api.Hosting;

/// <summary>
/// A fixed window of requests per client address per minute (<c>RateLimiting:RequestsPerMinutePerAddress</c>), applied
/// before authentication. IPv6 clients are counted per /64, the block one subscriber usually holds, so rotating
/// addresses inside it does not escape the limit. The address is the connection's; behind a proxy, forwarded headers
/// must be processed (<c>ASPNETCORE_FORWARDEDHEADERS_ENABLED=true</c>) or every client shares the proxy's budget.
/// </summary>
internal sealed class AddressRateLimiter(int permitsPerMinute) : IDisposable
{
    public const string Key = "RateLimiting:RequestsPerMinutePerAddress";
    public const int DefaultPerMinute = 600;

    private readonly PartitionedRateLimiter<HttpContext> _limiter = PartitionedRateLimiter.Create<HttpContext, string>(ctx =>
        RateLimitPartition.GetFixedWindowLimiter(PartitionKey(ctx.Connection.RemoteIpAddress), _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permitsPerMinute,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        }));

    public RateLimitLease Acquire(HttpContext context) => _limiter.AttemptAcquire(context);

    public void Dispose() => _limiter.Dispose();

    internal static string PartitionKey(IPAddress? address)
    {
        if (address is null)
        {
            return "unknown";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }
}
