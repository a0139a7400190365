using ComplaintsHub.Core.Email;
using Microsoft.Extensions.Options;

namespace ComplaintsHub.Hosting;

/// <summary>
/// Runs the outbox sender on every instance: claims keep instances from sending the same email, so no instance needs to
/// be the only one. A failure to reach the database is logged and tried again next time, never the end of the loop.
/// </summary>
internal sealed class OutboxSendingService(OutboxSender sender, IOptions<EmailOptions> options, ILogger<OutboxSendingService> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.IsSwitchedOn)
        {
            log.LogInformation("Email is switched off ({Section}:SmtpHost is not set): nothing will be sent.", EmailOptions.Section);
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                // A full batch suggests more are waiting: go again at once rather than after the interval.
                while (await sender.SendDueAsync(stoppingToken) == OutboxSender.BatchSize && !stoppingToken.IsCancellationRequested) { }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogError(e, "The outbox could not be read or updated; trying again in {Interval}.", options.Value.PollInterval);
            }

            try
            {
                await Task.Delay(options.Value.PollInterval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
