using LcPeers.Infrastructure.Persistence.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LcPeers.Infrastructure.Persistence;

/// <summary>Brings the database to the current schema (where allowed) and seeds the reference data.</summary>
public sealed partial class DatabaseInitializer(
    LcPeersDbContext db,
    IOptions<DatabaseOptions> options,
    TimeProvider time,
    IEnumerable<IDataSeeder> extraSeeders,
    ILogger<DatabaseInitializer> logger)
{
    public async Task InitializeAsync(CancellationToken ct)
    {
        var isNew = false;
        if (options.Value.Provider == DatabaseProvider.Sqlite || options.Value.MigrateOnStartup)
        {
            var applied = await db.Database.GetAppliedMigrationsAsync(ct);
            isNew = !applied.Any();
            await db.Database.MigrateAsync(ct);
            var provider = options.Value.Provider.ToString();
            LogMigrated(provider);
        }

        var added = await new ReferenceDataSeeder(db, time).SeedAsync(ct);
        LogSeeded(added);

        foreach (var seeder in extraSeeders)
        {
            await seeder.SeedAsync(isNew, ct);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Database ({Provider}) is at the latest migration")]
    private partial void LogMigrated(string provider);

    [LoggerMessage(Level = LogLevel.Information, Message = "Reference data seeded: {Added} records added")]
    private partial void LogSeeded(int added);
}

/// <summary>Further seeding after the reference data, such as Development's demo data.</summary>
public interface IDataSeeder
{
    Task SeedAsync(bool databaseIsNew, CancellationToken ct);
}

public static class DatabaseInitializerExtensions
{
    public static async Task InitializeDatabaseAsync(this IServiceProvider services, CancellationToken ct = default)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(ct);
    }
}
