using ComplaintsHub.Core.Notifications;

namespace ComplaintsHub.Hosting;

/// <summary>Asks <see cref="ReminderRun"/> every minute whether today's reminders are due; the keys stop anything going twice.</summary>
internal sealed class ReminderScheduler(ReminderRun run, TimeProvider clock, ILogger<ReminderScheduler> logger) : MinuteScheduler(clock, logger)
{
    protected override string What => "The reminder run";

    protected override Task RunOnceAsync(CancellationToken stoppingToken) => run.RunAsync(stoppingToken);
}
