using System.Diagnostics;
using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.Diagnostics;
using ComplaintsHub.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ComplaintsHub.Core.Email;

/// <summary>
/// Sends what the outbox holds. An email is claimed before it is sent, by a conditional update only one instance can
/// win, so instances sharing a database never send the same row. A refusal the server calls temporary is tried again
/// after a wait that doubles each time; a permanent one, or running out of attempts, records it as failed with the
/// server's words. An email still claimed when its claim runs out belonged to an instance that stopped mid-send: it
/// may have gone, so it is recorded as interrupted for a person to check rather than sent a second time.
/// </summary>
public sealed class OutboxSender(IDbContextFactory<ComplaintsDbContext> dbFactory, IEmailTransport transport, IOptions<EmailOptions> options, TimeProvider clock)
{
    /// <summary>How many emails one pass takes, so a large backlog does not hold one instance for long.</summary>
    public const int BatchSize = 20;

    public const string InterruptedReply =
        "Sending stopped part-way (the app was stopped or restarted), so this email may or may not have reached the recipient. It was not sent again automatically.";

    /// <summary>Names this instance in the claims it makes, so that a claim can be told apart from another instance's.</summary>
    public string InstanceId { get; } = Shorten($"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}");

    /// <summary>Sends the emails due now; returns how many the server accepted.</summary>
    public async Task<int> SendDueAsync(CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        if (!settings.IsSwitchedOn) return 0;
        var now = clock.GetUtcNow().UtcDateTime;
        await RecordInterruptedAsync(now, cancellationToken);

        List<long> due;
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            due = await db.OutboxEmails.AsNoTracking()
                .Where(e => e.Status == EmailStatus.Pending && e.NextAttemptAt <= now)
                .OrderBy(e => e.NextAttemptAt).ThenBy(e => e.Id).Select(e => e.Id).Take(BatchSize).ToListAsync(cancellationToken);
            ComplaintsHubTelemetry.OutboxWaiting.Record(due.Count < BatchSize
                ? due.Count
                : await db.OutboxEmails.CountAsync(e => e.Status == EmailStatus.Pending && e.NextAttemptAt <= now, cancellationToken));
        }

        var accepted = 0;
        foreach (var id in due)
        {
            if (await SendOneAsync(id, settings, cancellationToken)) accepted++;
        }

        return accepted;
    }

    private async Task<bool> SendOneAsync(long id, EmailOptions settings, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        // The claim outlasts the longest conversation the transport allows, so a live sender never loses it mid-send.
        var claimUntil = now + settings.Timeout * 3;
        var claimed = await db.OutboxEmails
            .Where(e => e.Id == id && e.Status == EmailStatus.Pending && e.NextAttemptAt <= now)
            .ExecuteUpdateAsync(u => u.SetProperty(e => e.Status, EmailStatus.Sending).SetProperty(e => e.ClaimedBy, InstanceId).SetProperty(e => e.ClaimedUntil, claimUntil),
                cancellationToken);
        if (claimed == 0) return false;

        var email = await db.OutboxEmails.SingleAsync(e => e.Id == id, cancellationToken);
        using var activity = ComplaintsHubTelemetry.Activities.StartActivity("outbox send");
        activity?.SetTag("complaintshub.email.id", id);
        activity?.SetTag("complaintshub.email.kind", email.Kind.ToString());
        (string, byte[])? attachment = null;
        if (email.IssuedLetterId is { } letterId)
        {
            var letter = await db.IssuedLetters.AsNoTracking().Where(l => l.Id == letterId).Select(l => new { l.FileName, l.PdfContent }).SingleAsync(cancellationToken);
            if (letter.PdfContent is { } pdf) attachment = (Path.ChangeExtension(letter.FileName, ".pdf"), pdf);
        }

        var result = await transport.SendAsync(OutboxMessage.Build(email, settings, attachment), CancellationToken.None);
        var at = clock.GetUtcNow().UtcDateTime;
        if (result.Accepted)
        {
            email.RecordSent(result.Reply, at);
        }
        else
        {
            var attempts = email.Attempts + 1;
            DateTime? retryAt = result.Permanent || attempts >= settings.MaxAttempts ? null : at + settings.FirstRetryAfter * Math.Pow(2, attempts - 1);
            email.RecordRefused(attempts >= settings.MaxAttempts && !result.Permanent ? $"{result.Reply} (gave up after {attempts} attempts)" : result.Reply, at, retryAt);
        }

        // Recorded whatever the caller's token says: the server has answered, and forgetting its answer would send it again.
        await db.SaveChangesAsync(CancellationToken.None);
        var outcome = result.Accepted ? "sent" : email.Status == EmailStatus.Pending ? "retrying" : "failed";
        activity?.SetTag("complaintshub.email.outcome", outcome);
        if (!result.Accepted) activity?.SetStatus(ActivityStatusCode.Error, outcome);
        ComplaintsHubTelemetry.OutboxEmails.Add(1, new KeyValuePair<string, object?>("outcome", outcome));
        return result.Accepted;
    }

    private async Task RecordInterruptedAsync(DateTime now, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var stranded = await db.OutboxEmails.Where(e => e.Status == EmailStatus.Sending && e.ClaimedUntil < now).ToListAsync(cancellationToken);
        foreach (var email in stranded) email.RecordInterrupted(InterruptedReply, now);
        if (stranded.Count > 0) await db.SaveChangesAsync(cancellationToken);
    }

    private static string Shorten(string id) => id.Length <= 100 ? id : id[^100..];
}
