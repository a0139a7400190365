namespace ComplaintsHub.Core.Data.Configurations;

internal static class SetupIndexes
{
    /// <summary>
    /// The filter of a unique index that holds among active rows only. Written so that both providers read it: SQLite
    /// stores a boolean as 1 and knows TRUE as 1, PostgreSQL has a real boolean.
    /// </summary>
    public const string ActiveOnly = "\"IsActive\" = TRUE";
}
