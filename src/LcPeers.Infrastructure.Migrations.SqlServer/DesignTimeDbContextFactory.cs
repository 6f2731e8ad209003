using LcPeers.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace LcPeers.Infrastructure.Migrations.SqlServer;

/// <summary>Lets <c>dotnet ef</c> build the model for this provider without starting the host.</summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<LcPeersDbContext>
{
    public LcPeersDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<LcPeersDbContext>()
            .UseSqlServer("Server=(local);Database=LcPeers;Trusted_Connection=True;TrustServerCertificate=True", x => x.MigrationsAssembly(MigrationAssemblies.SqlServer))
            .Options;
        return new LcPeersDbContext(options);
    }
}
