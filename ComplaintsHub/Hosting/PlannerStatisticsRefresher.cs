using ComplaintsHub.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsHub.Hosting;

/// <summary>
/// Reads the database's planner statistics afresh every night (<see cref="PlannerStatistics"/>); start-up reads them first.
/// A council's cases grow from none, and an import can add years of them at once: statistics taken on the first day
/// would have the planner treat a million cases as a handful.
/// </summary>
internal sealed class PlannerStatisticsRefresher(IDbContextFactory<ComplaintsDbContext> dbFactory, TimeProvider clock, ILogger<PlannerStatisticsRefresher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(PlannerStatistics.UntilNextRefresh(clock), clock, stoppingToken);
                await using var db = await dbFactory.CreateDbContextAsync(stoppingToken);
                await PlannerStatistics.RefreshAsync(db, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // Old statistics only make some lists slower; tomorrow night's run tries again.
                logger.LogError(e, "Could not refresh the database's planner statistics; trying again at {Hour}:00 tomorrow", PlannerStatistics.RefreshHour);
            }
        }
    }
}
