using System.Globalization;
using System.Threading.RateLimiting;
using LcPeers.Application.Common.Exceptions;
using Microsoft.AspNetCore.Diagnostics;
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

        var perAddress = config.GetValue<int?>(AddressRateLimiter.Key) ?? AddressRateLimiter.DefaultPerMinute;
        if (perAddress < 1)
        {
            throw new StartupConfigurationException($"{AddressRateLimiter.Key} must be at least 1 (it was {perAddress}).");
        }

        builder.Services.AddSingleton(new AddressRateLimiter(perAddress));

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
            o.OnRejected = (context, _) => WriteTooManyRequestsAsync(context.HttpContext, context.Lease);
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

    /// <summary>
    /// Every request counts against its client address before authentication, so floods of 401s and 403s are limited
    /// too (the per-user write limit runs after authorization, where the user is known). Health probes are exempt.
    /// Call after routing, before authentication.
    /// </summary>
    public static WebApplication UseLcPeersAddressRateLimit(this WebApplication app)
    {
        var limiter = app.Services.GetRequiredService<AddressRateLimiter>();
        app.Use(async (ctx, next) =>
        {
            // A re-executed error page is the same request, already counted.
            if (ctx.Request.Path.StartsWithSegments("/health") || ctx.Features.Get<IStatusCodeReExecuteFeature>() is not null
                || ctx.Features.Get<IExceptionHandlerFeature>() is not null)
            {
                await next();
                return;
            }

            using var lease = limiter.Acquire(ctx);
            if (lease.IsAcquired)
            {
                await next();
                return;
            }

            ctx.Response.StatusCode = StatusCodes.Status429TooManyRequests;
            await WriteTooManyRequestsAsync(ctx, lease);
        });
        return app;
    }

    /// <summary>
    /// The one 429 answer of both limiters: problem details with code <c>rate-limited</c> and <c>Retry-After</c>; a browser
    /// asking for a page gets the same status as an HTML page in its language.
    /// </summary>
    private static async ValueTask WriteTooManyRequestsAsync(HttpContext context, RateLimitLease lease)
    {
        var retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
        var seconds = Math.Max(1, Math.Ceiling(retryAfter.TotalSeconds));
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        if (Web.TooManyRequestsPage.Wanted(context.Request))
        {
            await Web.TooManyRequestsPage.WriteAsync(context, seconds);
            return;
        }

        var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status429TooManyRequests,
                Title = "Too many requests",
                Detail = string.Create(CultureInfo.InvariantCulture, $"Try again in {seconds} seconds."),
                Extensions = { ["code"] = "rate-limited" },
            },
        });
    }

    private static string PartitionKey(HttpContext ctx) =>
        ctx.User.Identity?.IsAuthenticated == true && ctx.User.Identity.Name is { } name
            ? "user:" + name
            : "ip:" + (ctx.Connection.RemoteIpAddress?.ToString() ?? "unknown");
}
