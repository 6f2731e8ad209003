using LcPeers.Application.Common;
using LcPeers.Application.Common.Exceptions;
using LcPeers.Infrastructure.Persistence;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace LcPeers.Infrastructure;

public static class DependencyInjection
{
    public static IServiceCollection AddInfrastructure(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var section = configuration.GetSection(DatabaseOptions.Section);
        var options = section.Get<DatabaseOptions>() ?? new DatabaseOptions();
        services.Configure<DatabaseOptions>(section);

        var connectionString = configuration.GetConnectionString(DatabaseOptions.ConnectionStringName);
        switch (options.Provider)
        {
            case DatabaseProvider.Sqlite:
                connectionString ??= SqliteConnectionString(options.SqlitePath, environment.ContentRootPath);
                services.AddDbContext<LcPeersDbContext>((sp, o) => Intercepted(sp, o.UseSqlite(connectionString, x => x.MigrationsAssembly(MigrationAssemblies.Sqlite))
                    .AddInterceptors(SqliteSecureDeleteInterceptor.Instance)));
                break;
            case DatabaseProvider.SqlServer:
                if (string.IsNullOrWhiteSpace(connectionString))
                {
                    throw new StartupConfigurationException(
                        $"Missing setting ConnectionStrings:{DatabaseOptions.ConnectionStringName}: Database:Provider is SqlServer and needs a connection string.");
                }

                services.AddDbContext<LcPeersDbContext>((sp, o) => Intercepted(sp, o.UseSqlServer(connectionString, x =>
                {
                    x.MigrationsAssembly(MigrationAssemblies.SqlServer);
                    x.EnableRetryOnFailure();
                })));
                break;
            default:
                throw new StartupConfigurationException($"Database:Provider '{options.Provider}' is not supported; use Sqlite or SqlServer.");
        }

        services.AddScoped<DispatchDomainEventsInterceptor>();
        services.AddScoped<Email.OutboxWakeUpInterceptor>();
        services.AddScoped<PoolChangesInterceptor>();
        services.AddHostedService<Scheduling.PoolSnapshotRefresher>();
        services.AddScoped<ILcPeersDb>(sp => sp.GetRequiredService<LcPeersDbContext>());
        services.AddScoped<Application.Matching.IPoolProfileReader, ExpertPoolProfileReader>();
        services.AddScoped<DatabaseInitializer>();

        // One key ring for every instance, in the app's database: antiforgery tokens, cookies and unsubscribe links
        // made on one instance are read on the others.
        services.AddDataProtection().SetApplicationName("LcPeers").PersistKeysToDbContext<LcPeersDbContext>();
        Scheduling.SchedulingServiceCollectionExtensions.AddScheduling(services, configuration, options.Provider, connectionString!);
        return services;
    }

    /// <summary>
    /// Domain events first, then the outbox wake-up, which must see the email the event handlers queued, and the pool's
    /// change log, which must see the handlers' changes too.
    /// </summary>
    private static void Intercepted(IServiceProvider sp, DbContextOptionsBuilder options) =>
        options.AddInterceptors(sp.GetRequiredService<DispatchDomainEventsInterceptor>(), sp.GetRequiredService<Email.OutboxWakeUpInterceptor>(),
            sp.GetRequiredService<PoolChangesInterceptor>());

    private static string SqliteConnectionString(string path, string contentRoot)
    {
        var full = Path.IsPathRooted(path) ? path : Path.Combine(contentRoot, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        return $"Data Source={full}";
    }
}
