namespace LcPeers.Infrastructure.Persistence;

public enum DatabaseProvider
{
    Sqlite,
    SqlServer,
}

/// <summary>The <c>Database</c> configuration section.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";
    public const string ConnectionStringName = "LcPeers";

    /// <summary><c>Sqlite</c> (default, embedded) or <c>SqlServer</c> (production, Azure SQL).</summary>
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>SQLite file when no connection string is given; relative paths are under the content root.</summary>
    public string SqlitePath { get; set; } = Path.Combine("data", "lcpeers.db");

    /// <summary>
    /// Apply migrations at start-up. SQLite always migrates; SQL Server only when this is true, because production
    /// applies the idempotent script as a release step.
    /// </summary>
    public bool MigrateOnStartup { get; set; }
}
