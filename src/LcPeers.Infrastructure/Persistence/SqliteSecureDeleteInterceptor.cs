using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace LcPeers.Infrastructure.Persistence;

/// <summary>
/// Turns on SQLite's <c>secure_delete</c> for every connection: deleted and overwritten content is zeroed in the file
/// instead of lingering in free pages, so an erased person's address is really gone from the database file
/// (docs/personal-data.md).
/// </summary>
internal sealed class SqliteSecureDeleteInterceptor : DbConnectionInterceptor
{
    public static SqliteSecureDeleteInterceptor Instance { get; } = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private const string Pragma = "PRAGMA secure_delete = ON;";

    private static void Apply(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        command.ExecuteNonQuery();
    }
}
