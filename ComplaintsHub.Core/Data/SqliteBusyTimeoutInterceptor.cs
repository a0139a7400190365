using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ComplaintsHub.Core.Data;

/// <summary>
/// Two staff saving at once must wait their turn rather than fail with "database is locked": every connection
/// waits up to the busy timeout for SQLite's single writer.
/// </summary>
internal sealed class SqliteBusyTimeoutInterceptor(int milliseconds) : DbConnectionInterceptor
{
    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    private void Apply(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA busy_timeout = {milliseconds};";
        command.ExecuteNonQuery();
    }
}
