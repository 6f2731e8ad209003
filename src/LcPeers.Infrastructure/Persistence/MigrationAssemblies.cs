namespace LcPeers.Infrastructure.Persistence;

/// <summary>One migrations assembly per provider: their SQL differs, so their migrations do too.</summary>
public static class MigrationAssemblies
{
    public const string Sqlite = "LcPeers.Infrastructure.Migrations.Sqlite";
    public const string SqlServer = "LcPeers.Infrastructure.Migrations.SqlServer";
}
