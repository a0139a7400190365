namespace ComplaintsHub.Hosting;

/// <summary>
/// Wakes every minute and asks its run whether the day's work is due. Every instance runs one; the run's lease in the
/// database lets only one of them do the work each day, and a failed run released its lease, so the next tick tries again.
/// </summary>
internal abstract class MinuteScheduler(TimeProvider clock, ILogger logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    /// <summary>What the log calls the work, e.g. "The reminder run".</summary>
    protected abstract string What { get; }

    protected abstract Task RunOnceAsync(CancellationToken stoppingToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                logger.LogError(e, "{What} failed; it is tried again in {Interval}", What, Interval);
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
