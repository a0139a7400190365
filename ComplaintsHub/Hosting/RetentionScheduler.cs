using ComplaintsHub.Core.Records;

namespace ComplaintsHub.Hosting;

/// <summary>Asks <see cref="RetentionRun"/> every minute whether tonight's retention run is due.</summary>
internal sealed class RetentionScheduler(RetentionRun run, TimeProvider clock, ILogger<RetentionScheduler> logger) : MinuteScheduler(clock, logger)
{
    protected override string What => "The retention run";

    protected override Task RunOnceAsync(CancellationToken stoppingToken) => run.RunAsync(stoppingToken);
}
