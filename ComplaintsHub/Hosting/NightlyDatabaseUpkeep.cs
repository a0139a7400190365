using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.Data.Search;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsHub.Hosting;

/// <summary>
/// Every night, keeps the database fit for the cases it has grown to; start-up does the same first. A council's cases grow
/// from none, and an import can add years of them at once: statistics taken on the first day would have the planner treat
/// a million cases as a handful (<see cref="PlannerStatistics"/>), and PostgreSQL's search index needs a partition ahead
/// of the newest cases (<see cref="CaseSearchIndex.KeepStorageAsync"/>).
/// </summary>
internal sealed class NightlyDatabaseUpkeep(IDbContextFactory<ComplaintsDbContext> dbFactory, TimeProvider clock, ILogger<NightlyDatabaseUpkeep> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(PlannerStatistics.UntilNextRefresh(clock), clock, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }

            // Each on its own: one failing does not keep the other from running.
            if (!await TryAsync("the search index's partitions", CaseSearchIndex.KeepStorageAsync, stoppingToken)) return;
            if (!await TryAsync("the planner statistics", PlannerStatistics.RefreshAsync, stoppingToken)) return;
        }
    }

    /// <summary>Runs one piece of upkeep; false when the app is stopping.</summary>
    private async Task<bool> TryAsync(string what, Func<DbContext, CancellationToken, Task> work, CancellationToken stoppingToken)
    {
        try
        {
            await using var db = await dbFactory.CreateDbContextAsync(stoppingToken);
            await work(db, stoppingToken);
            return true;
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            return false;
        }
        catch (Exception e)
        {
            // Old statistics, or new cases in PostgreSQL's default search partition, only make some lists slower; tomorrow
            // night's run tries again.
            logger.LogError(e, "Could not keep {What} up to date; trying again at {Hour}:00 tomorrow", what, PlannerStatistics.RefreshHour);
            return true;
        }
    }
}
