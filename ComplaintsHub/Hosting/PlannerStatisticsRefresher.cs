using ComplaintsHub.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsHub.Hosting;

/// <summary>
/// Reads the database's planner statistics afresh once a day (<see cref="PlannerStatistics"/>); start-up reads them first.
/// A council's cases grow from none, and an import can add years of them at once: statistics taken on the first day
/// would have the planner treat a million cases as a handful.
/// </summary>
internal sealed class PlannerStatisticsRefresher(IDbContextFactory<ComplaintsDbContext> dbFactory, TimeProvider clock, ILogger<PlannerStatisticsRefresher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(PlannerStatistics.RefreshInterval, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    await using var db = await dbFactory.CreateDbContextAsync(stoppingToken);
                    await PlannerStatistics.RefreshAsync(db, stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // Old statistics only make some lists slower; tomorrow's run tries again.
                    logger.LogError(e, "Could not refresh the database's planner statistics; trying again in {Interval}", PlannerStatistics.RefreshInterval);
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }
}
