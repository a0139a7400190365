using ComplaintsHub.Core.Calendar;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsHub.Core.Data;

/// <summary>
/// What the database's query planner knows of the data. SQLite knows nothing until it is told by ANALYZE, and then only
/// what was true at the time: without it, a team leader's open cases were read through her areas' indexes (45 ms at a
/// million cases) instead of the open cases' own (1.3 ms), because SQLite guessed each area held ten cases. PostgreSQL
/// keeps its own statistics (autovacuum), except for a partitioned table as a whole: the search index's.
/// </summary>
public static class PlannerStatistics
{
    /// <summary>
    /// The UK hour at which a running app reads them afresh each night, so a growing database (or an import) does not
    /// outrun them: ANALYZE holds SQLite's write lock while it runs (a few seconds at a million cases), so not while staff work.
    /// </summary>
    public const int RefreshHour = 2;

    /// <summary>How long from now until the next <see cref="RefreshHour"/>, UK time.</summary>
    public static TimeSpan UntilNextRefresh(TimeProvider clock)
    {
        var now = UkTime.Now(clock);
        var next = now.Date.AddHours(RefreshHour);
        if (next <= now) next = next.AddDays(1);
        return UkTime.ToUtc(next) - clock.GetUtcNow().UtcDateTime;
    }

    /// <summary>
    /// Reads every table's statistics afresh on SQLite (a few seconds at a million cases), and the search index's partitioned table's on
    /// PostgreSQL. In full on SQLite, not sampled: a sample of a
    /// thousand rows made every area look as small as every other value, and the planner chose as badly as with none.
    /// </summary>
    public static async Task RefreshAsync(DbContext db, CancellationToken cancellationToken = default)
    {
        if (db.Database.ProviderName == "Microsoft.EntityFrameworkCore.Sqlite")
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA analysis_limit = 0; ANALYZE;", cancellationToken);
        }
        else
        {
            // Autovacuum reads each partition's statistics but never the partitioned table's, which the planner needs to
            // judge a search joined to the cases (docs/decisions/0017).
            await db.Database.ExecuteSqlRawAsync("""ANALYZE "CaseSearch";""", cancellationToken);
        }
    }
}
