using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace LcPeers.Api.Hosting;

/// <summary>
/// Safe defaults for a public service: HTTPS and HSTS outside Development, security headers, rate limits on writes
/// and sign-in, a request size limit, and CORS only for origins that are configured.
/// </summary>
internal static class Hardening
{
    public const string SignInPolicy = "sign-in";
    public const string CorsPolicy = "configured-origins";

    public static WebApplicationBuilder AddLcPeersHardening(this WebApplicationBuilder builder)
    {
        var config = builder.Configuration;
        var maxBody = config.GetValue<long?>("Limits:MaxRequestBodyBytes") ?? 1_048_576;
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.Limits.MaxRequestBodySize = maxBody;
            k.AddServerHeader = false;
        });

        // Behind App Service's front end the app itself listens on HTTP; redirect to the public HTTPS port.
        builder.Services.AddHttpsRedirection(o => o.HttpsPort = config.GetValue<int?>("HTTPS_PORT") ?? 443);
        builder.Services.AddHsts(o =>
        {
            o.MaxAge = TimeSpan.FromDays(365);
            o.IncludeSubDomains = true;
        });

        var writesPerMinute = config.GetValue<int?>("RateLimiting:WritesPerMinute") ?? 120;
        var signInsPerMinute = config.GetValue<int?>("RateLimiting:SignInsPerMinute") ?? 10;
        builder.Services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            // Reads are free; every write (POST, PUT, PATCH, DELETE) counts per signed-in user, or per address when anonymous.
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(ctx =>
                HttpMethods.IsGet(ctx.Request.Method) || HttpMethods.IsHead(ctx.Request.Method) || HttpMethods.IsOptions(ctx.Request.Method)
                    ? RateLimitPartition.GetNoLimiter("reads")
                    : RateLimitPartition.GetFixedWindowLimiter(PartitionKey(ctx), _ => new FixedWindowRateLimiterOptions
                    {
                        PermitLimit = writesPerMinute,
                        Window = TimeSpan.FromMinutes(1),
                        QueueLimit = 0,
                    }));
            o.AddPolicy(SignInPolicy, ctx => RateLimitPartition.GetFixedWindowLimiter(
                "sign-in:" + (ctx.Connection.RemoteIpAddress?.ToString() ?? "unknown"),
                _ => new FixedWindowRateLimiterOptions { PermitLimit = signInsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            o.OnRejected = async (context, ct) =>
            {
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
                context.HttpContext.Response.Headers.RetryAfter = Math.Ceiling(retryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
                var problems = context.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>();
                await problems.WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = context.HttpContext,
                    ProblemDetails = new ProblemDetails
                    {
                        Status = StatusCodes.Status429TooManyRequests,
                        Title = "Too many requests",
                        Detail = $"Try again in {Math.Ceiling(retryAfter.TotalSeconds)} seconds.",
                        Extensions = { ["code"] = "rate-limited" },
                    },
                });
            };
        });

        var origins = config.GetSection("Cors:AllowedOrigins").Get<string[]>() ?? [];
        if (origins.Length > 0)
        {
            builder.Services.AddCors(o => o.AddPolicy(CorsPolicy, p => p.WithOrigins(origins).AllowAnyHeader().AllowAnyMethod()));
        }

        return builder;
    }

    /// <summary>Middleware order matters: call after routing-independent error handling, before authentication.</summary>
    public static WebApplication UseLcPeersTransportSecurity(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment() && !app.Environment.IsEnvironment("Testing"))
        {
            app.UseHsts();
            // Health probes come from inside the platform over plain HTTP; everything else is redirected.
            app.UseWhen(ctx => !ctx.Request.Path.StartsWithSegments("/health"), b => b.UseHttpsRedirection());
        }

        app.Use(async (ctx, next) =>
        {
            ctx.Response.OnStarting(() =>
            {
                var headers = ctx.Response.Headers;
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
                headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
                if (!ctx.Request.Path.StartsWithSegments("/scalar"))
                {
                    // The web UI serves its own scripts and styles only; the API reference (Scalar) needs inline code.
                    headers.ContentSecurityPolicy =
                        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; font-src 'self'; connect-src 'self'; " +
                        "frame-ancestors 'none'; form-action 'self'; base-uri 'self'; object-src 'none'";
                }

                return Task.CompletedTask;
            });
            await next();
        });

        if (app.Configuration.GetSection("Cors:AllowedOrigins").Get<string[]>() is { Length: > 0 })
        {
            app.UseCors(CorsPolicy);
        }

        return app;
    }

    private static string PartitionKey(HttpContext ctx) =>
        ctx.User.Identity?.IsAuthenticated == true && ctx.User.Identity.Name is { } name
            ? "user:" + name
            : "ip:" + (ctx.Connection.RemoteIpAddress?.ToString() ?? "unknown");
}
