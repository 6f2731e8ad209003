using System.Text.Json;
using System.Text.Json.Serialization;
using LcPeers.Api.Endpoints;
using LcPeers.Api.ErrorHandling;
using LcPeers.Api.Hosting;
using LcPeers.Api.Security;
using LcPeers.Api.Web;
using LcPeers.Application;
using LcPeers.Application.Common.Behaviors;
using LcPeers.Application.Common.Email;
using LcPeers.Application.Lifecycle;
using LcPeers.Application.Matching.ApproveProposal;
using LcPeers.Infrastructure;
using LcPeers.Infrastructure.Assignment;
using LcPeers.Infrastructure.Email;
using LcPeers.Infrastructure.Persistence;
using LcPeers.Infrastructure.Persistence.Seeding;
using Mediator;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http.Json;

if (args is [HealthProbe.Argument, ..])
{
    Environment.Exit(await HealthProbe.CheckAsync());
}

var builder = WebApplication.CreateBuilder(args);

if (!builder.Environment.IsDevelopment())
{
    builder.Logging.ClearProviders().AddJsonConsole(o => o.IncludeScopes = true);
}

builder.AddLcPeersTelemetry();
builder.AddLcPeersHardening();
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddApplication();
builder.Services.AddInfrastructure(builder.Configuration, builder.Environment);
builder.Services.AddAssignmentSolver();
builder.Services.AddEmail(builder.Configuration, builder.Environment);
builder.Services.Configure<MatchingOptions>(builder.Configuration.GetSection(MatchingOptions.Section));
builder.Services.AddOptions<LifecycleOptions>().Bind(builder.Configuration.GetSection(LifecycleOptions.Section))
    .Validate(o => o.IsValid(), "Lifecycle: the times of day are HH:mm (QuietHoursStart, QuietHoursEnd, StaffDigestTime) and every window is positive.")
    .ValidateOnStart();
if (builder.Environment.IsDevelopment() && builder.Configuration.GetValue("DemoData:Enabled", true))
{
    builder.Services.AddScoped<IDataSeeder, DemoDataSeeder>(); // never outside Development
}

builder.Services.AddMediator((MediatorOptions options) =>
{
    options.ServiceLifetime = ServiceLifetime.Scoped;
    options.Assemblies = [typeof(LcPeers.Application.DependencyInjection)];
    options.PipelineBehaviors = [typeof(LoggingBehavior<,>), typeof(AuthorizationBehavior<,>), typeof(ValidationBehavior<,>), typeof(ConcurrencyRetryBehavior<,>), typeof(AccountBehavior<,>)];
});

builder.Services.AddProblemDetails();
builder.Services.AddExceptionHandler<ProblemDetailsExceptionHandler>();
builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true); // binding errors reach the problem-details handler
builder.Services.Configure<JsonOptions>(o =>
{
    o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower));
    o.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
});

builder.Services.AddLcPeersAuthentication(builder.Configuration, builder.Environment);
builder.Services.AddLcPeersWebUi(builder.Environment);
builder.Services.AddLcPeersOpenApi();
builder.Services.AddHealthChecks().AddDbContextCheck<LcPeersDbContext>("database", tags: ["ready"])
    .AddCheck<PoolSnapshotHealthCheck>(PoolSnapshotHealthCheck.Name, tags: ["ready"]);

var app = builder.Build();

// The API's exceptions become problem details; the web UI's unexpected ones re-execute its error page.
app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandlingPath = "/error/500" });
app.UseLcPeersWebUiErrors();
app.UseLcPeersTransportSecurity();
app.UseStaticFiles();
app.UseRouting(); // after the status-code pages, so a re-executed error page is routed afresh
app.UseLcPeersAddressRateLimit(); // before authentication, so 401s and 403s count too
app.UseAuthentication();
app.UseAuthorization();
app.UseRequestCharsetCheck();
app.UseRateLimiter();

app.MapLcPeersApiReference();
app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
app.MapHealthChecks("/health/ready", new HealthCheckOptions
{
    Predicate = check => check.Tags.Contains("ready"),
    ResponseWriter = ReadyResponse.WriteAsync,
    ResultStatusCodes = ReadyResponse.StatusCodes,
});

app.MapLearningCommunityEndpoints();
app.MapToolEndpoints();
app.MapReferenceEndpoints();
app.MapAccountEndpoints();
app.MapExpertEndpoints();
app.MapRequestEndpoints();
app.MapMatchingEndpoints();
app.MapMonitorEndpoints();
app.MapRazorPages();
app.MapProposalEndpoints();
app.MapEngagementEndpoints();
app.MapWorkflowEndpoints();
app.MapStoryEndpoints();

await app.Services.InitializeDatabaseAsync();
await app.RunAsync();
