using Microsoft.EntityFrameworkCore;

namespace ComplaintsHub.Core.Data.Versions;

/// <summary>
/// The one-row tables that record which version of the code built something derived (the reporting counts, the search
/// index), so that the next start knows whether to build it again.
/// </summary>
internal static class StoredVersion
{
    /// <summary>
    /// Replaces the stored row with <paramref name="row"/> inside the caller's transaction. The caller's context keeps
    /// nothing of it afterwards: an execution strategy that retries the transaction adds its own row again.
    /// </summary>
    public static async Task ReplaceAsync<TVersion>(DbContext db, TVersion row, CancellationToken cancellationToken)
        where TVersion : class
    {
        await db.Set<TVersion>().ExecuteDeleteAsync(cancellationToken);
        var entry = db.Set<TVersion>().Add(row);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        finally
        {
            entry.State = EntityState.Detached;
        }
    }
}
