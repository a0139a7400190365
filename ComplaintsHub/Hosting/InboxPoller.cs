using ComplaintsHub.Core.Inbox;
using Microsoft.Extensions.Options;

namespace ComplaintsHub.Hosting;

/// <summary>
/// Reads the shared mailbox every <see cref="InboxOptions.PollInterval"/> while it is configured. A failed read (the
/// server down, a password changed) is logged and tried again at the next interval: nothing is lost, because a message
/// stays unseen in the mailbox until it is stored.
/// </summary>
internal sealed class InboxPoller(InboxIntake intake, IOptions<InboxOptions> options, TimeProvider clock, ILogger<InboxPoller> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.IsSwitchedOn) return;
        using var timer = new PeriodicTimer(options.Value.PollInterval, clock);
        do
        {
            try
            {
                var result = await intake.RunAsync(stoppingToken);
                if (result.Stored + result.Bounces > 0)
                {
                    logger.LogInformation("Inbox: {Stored} email(s) stored ({Attached} filed under their case), {Bounces} bounce(s) recorded", result.Stored, result.AttachedToCases, result.Bounces);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception failure)
            {
                logger.LogError(failure, "Reading the mailbox {Host} failed; trying again in {Interval}", options.Value.Host, options.Value.PollInterval);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
