using LcPeers.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace LcPeers.Api.Tests.Persistence;

/// <summary>
/// The migration that moved actors from email strings to account ids rewrites data that existed before it: run it on
/// an SQLite database holding old rows and check every actor became the id of one account per address.
/// </summary>
public sealed class AccountsForActorsMigrationTests
{
    private const string SystemAccount = "00000000-0000-0000-0000-000000000001";

    [Fact]
    public async Task OldActorEmails_BecomeOneAccountPerAddress_AndNonAddressesBecomeTheSystemAccount()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync(ct);
        await using var db = new LcPeersDbContext(new DbContextOptionsBuilder<LcPeersDbContext>()
            .UseSqlite(connection, x => x.MigrationsAssembly(MigrationAssemblies.Sqlite)).Options);
        var migrator = db.GetService<IMigrator>();
        var before = db.Database.GetMigrations().TakeWhile(m => !m.EndsWith("_AccountsForActors", StringComparison.Ordinal)).Last();
        await migrator.MigrateAsync(before, ct);

        var entity = Guid.NewGuid().ToString().ToUpperInvariant();
        foreach (var (actor, at) in new[] { ("staff@example.org", 1L), (" Staff@Example.ORG ", 2L), ("coordinator@example.org", 3L), ("matching-worker", 4L) })
        {
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO AuditEntries (Id, EntityType, EntityId, Action, Actor, At)
                VALUES ({Guid.NewGuid().ToString().ToUpperInvariant()}, 'request', {entity}, 'status-changed', {actor}, {at})
                """, ct);
        }

        await migrator.MigrateAsync(cancellationToken: ct);

        var actors = await db.Database.SqlQuery<string>($"SELECT Actor AS Value FROM AuditEntries WHERE EntityId = {entity} ORDER BY At").ToListAsync(ct);
        var accounts = await db.Database.SqlQuery<string>($"SELECT Email AS Value FROM Accounts WHERE Email LIKE '%example.org' ORDER BY Email").ToListAsync(ct);
        string IdOf(string email) => db.Database.SqlQuery<string>($"SELECT Id AS Value FROM Accounts WHERE Email = {email}").Single();

        Assert.Equal(["coordinator@example.org", "staff@example.org"], accounts);
        Assert.Equal(IdOf("staff@example.org"), actors[0], ignoreCase: true);
        Assert.Equal(actors[0], actors[1]);
        Assert.Equal(IdOf("coordinator@example.org"), actors[2], ignoreCase: true);
        Assert.NotEqual(actors[0], actors[2]);
        Assert.Equal(SystemAccount, actors[3], ignoreCase: true);
        Assert.All(actors, a => Assert.True(Guid.TryParse(a, out _), a));
    }
}
