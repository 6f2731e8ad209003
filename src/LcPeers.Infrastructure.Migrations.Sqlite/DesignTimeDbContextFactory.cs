using LcPeers.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace LcPeers.Infrastructure.Migrations.Sqlite;

/// <summary>Lets <c>dotnet ef</c> build the model for this provider without starting the host.</summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<LcPeersDbContext>
{
    public LcPeersDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<LcPeersDbContext>()
            .UseSqlite("Data Source=design-time.db", x => x.MigrationsAssembly(MigrationAssemblies.Sqlite))
            .Options;
        return new LcPeersDbContext(options);
    }
}
