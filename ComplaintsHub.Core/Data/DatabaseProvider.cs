namespace ComplaintsHub.Core.Data;

/// <summary>The databases ComplaintsHub runs on, each with its own migration set (docs/decisions/0001).</summary>
public enum DatabaseProvider
{
    Sqlite,
    PostgreSQL,
}
