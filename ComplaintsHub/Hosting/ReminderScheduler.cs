using ComplaintsHub.Core.Notifications;

namespace ComplaintsHub.Hosting;

/// <summary>
/// Wakes every minute and asks <see cref="ReminderRun"/> whether today's reminders are due. Every instance runs one;
/// the run's lease in the database lets only one of them do the work each day.
/// </summary>
internal sealed class ReminderScheduler(ReminderRun run, TimeProvider clock, ILogger<ReminderScheduler> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await run.RunAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                // A failed run released its lease, so the next tick tries again; the keys stop anything going twice.
                logger.LogError(e, "The reminder run failed; it is tried again in {Interval}", Interval);
            }

            try
            {
                await Task.Delay(Interval, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
