using System.Text.RegularExpressions;
using LcPeers.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace LcPeers.Api.Tests.Persistence;

/// <summary>
/// No SQL Server runs here, so its migrations are checked as text: the idempotent script (what the release step applies)
/// must create every table of the model, and neither provider may have model changes without a migration.
/// </summary>
public sealed partial class MigrationTests
{
    private static LcPeersDbContext SqlServerContext() => new(new DbContextOptionsBuilder<LcPeersDbContext>()
        .UseSqlServer("Server=localhost;Database=LcPeers;Trusted_Connection=True;TrustServerCertificate=True", x => x.MigrationsAssembly(MigrationAssemblies.SqlServer))
        .Options);

    private static LcPeersDbContext SqliteContext() => new(new DbContextOptionsBuilder<LcPeersDbContext>()
        .UseSqlite("Data Source=:memory:", x => x.MigrationsAssembly(MigrationAssemblies.Sqlite))
        .Options);

    [Fact]
    public void SqlServer_ModelHasNoChangesWithoutMigration()
    {
        using var db = SqlServerContext();
        Assert.False(db.Database.HasPendingModelChanges(), "The model changed: add a SQL Server migration (see README).");
    }

    [Fact]
    public void Sqlite_ModelHasNoChangesWithoutMigration()
    {
        using var db = SqliteContext();
        Assert.False(db.Database.HasPendingModelChanges(), "The model changed: add a SQLite migration (see README).");
    }

    [Fact]
    public void SqlServer_IdempotentScript_CreatesEveryTableOfTheModel()
    {
        using var db = SqlServerContext();
        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        var created = CreateTable().Matches(script).Select(m => m.Groups["table"].Value).ToHashSet(StringComparer.Ordinal);
        var tables = db.Model.GetEntityTypes().Select(e => e.GetTableName()).OfType<string>().Distinct().ToList();

        Assert.NotEmpty(tables);
        Assert.All(tables, t => Assert.Contains(t, created));
        Assert.Contains("IF NOT EXISTS", script, StringComparison.Ordinal);
        Assert.Contains("__EFMigrationsHistory", script, StringComparison.Ordinal);
    }

    [Fact]
    public void SqlServer_And_Sqlite_HaveTheSameMigrations()
    {
        using var server = SqlServerContext();
        using var sqlite = SqliteContext();

        static IEnumerable<string> Names(DbContext db) => db.Database.GetMigrations().Select(m => m[(m.IndexOf('_', StringComparison.Ordinal) + 1)..]);

        Assert.Equal(Names(server), Names(sqlite));
    }

    [GeneratedRegex(@"CREATE TABLE \[(?<table>[^\]]+)\]")]
    private static partial Regex CreateTable();
}
