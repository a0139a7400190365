using ComplaintsHub.Core.Cases;
using ComplaintsHub.Core.Cases.Actions;
using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Refusals;
using MailKit;
using MailKit.Net.Imap;
using MailKit.Search;
using MailKit.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;

namespace ComplaintsHub.Core.Inbox;

/// <summary>
/// Reads the shared mailbox once: each message not yet seen is stored as an inbox item (or, for a delivery-failure
/// report about one of ComplaintsHub's own emails, recorded against that email), and only after that is saved is it
/// marked \Seen in the mailbox. A run that stops between the two leaves the message unseen, and the next run finds it
/// already stored and just marks it. An item whose subject quotes a case's reference is filed under that case.
/// </summary>
public sealed class InboxIntake(
    IDbContextFactory<ComplaintsDbContext> dbFactory, CaseActions cases, IOptions<InboxOptions> options, TimeProvider clock, ILogger<InboxIntake> logger,
    IImapTokenSource? tokens = null)
{
    /// <summary>What a bounce may say on the email it is about (the column's size).</summary>
    private const int LongestDiagnostic = 2000;

    /// <summary>Beyond this the stored text ends with a pointer to the original, which has it all.</summary>
    public const int LongestTextBody = 1_000_000;

    public async Task<InboxIntakeResult> RunAsync(CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        if (!settings.IsSwitchedOn) return InboxIntakeResult.SwitchedOff;

        using var client = new ImapClient { Timeout = (int)settings.Timeout.TotalMilliseconds };
        await client.ConnectAsync(settings.Host!, settings.Port, settings.Security switch
        {
            ImapSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
            ImapSecurity.StartTls => SecureSocketOptions.StartTls,
            _ => SecureSocketOptions.None,
        }, cancellationToken);
        if (settings.UsesOAuth2)
        {
            var source = tokens ?? throw new InvalidOperationException($"{InboxOptions.Section}:ClientId is set but this host has no OAuth2 token source.");
            await client.AuthenticateAsync(new SaslMechanismOAuth2(settings.UserName!, await source.GetAccessTokenAsync(settings, cancellationToken)), cancellationToken);
        }
        else
        {
            await client.AuthenticateAsync(settings.UserName!, settings.Password!, cancellationToken);
        }

        var folder = await client.GetFolderAsync(settings.Folder, cancellationToken);
        await folder.OpenAsync(FolderAccess.ReadWrite, cancellationToken);
        var unseen = await folder.SearchAsync(SearchQuery.NotSeen, cancellationToken);
        var (stored, attached, bounces, already) = (0, 0, 0, 0);
        if (unseen.Count > 0)
        {
            var summaries = await folder.FetchAsync(unseen, new FetchRequest(MessageSummaryItems.UniqueId | MessageSummaryItems.Size | MessageSummaryItems.InternalDate), cancellationToken);
            foreach (var summary in summaries.OrderBy(s => s.UniqueId.Id))
            {
                var outcome = await TakeAsync(folder, summary, settings, cancellationToken);
                switch (outcome)
                {
                    case Taken.Stored: stored++; break;
                    case Taken.StoredAndAttached: stored++; attached++; break;
                    case Taken.Bounce: bounces++; break;
                    case Taken.AlreadyStored: already++; break;
                }

                // Only now, with the message safe in the database, may the mailbox forget it is new.
                await folder.AddFlagsAsync(summary.UniqueId, MessageFlags.Seen, silent: true, cancellationToken);
            }
        }

        await client.DisconnectAsync(quit: true, cancellationToken);
        return new InboxIntakeResult(stored, attached, bounces, already);
    }

    private async Task<Taken> TakeAsync(IMailFolder folder, IMessageSummary summary, InboxOptions settings, CancellationToken cancellationToken)
    {
        var mailbox = settings.MailboxName;
        var uidValidity = (long)folder.UidValidity;
        var uid = (long)summary.UniqueId.Id;
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            var stored = await db.InboxItems.AsNoTracking().Where(i => i.Mailbox == mailbox && i.UidValidity == uidValidity && i.Uid == uid)
                .Select(i => new { i.Id, i.Version, i.Subject, i.Status }).SingleOrDefaultAsync(cancellationToken);
            if (stored is not null)
            {
                // A run that stopped between storing and filing it: file it now.
                if (stored.Status == InboxItemStatus.New) await AttachToQuotedCaseAsync(stored.Id, stored.Version, stored.Subject, cancellationToken);
                return Taken.AlreadyStored;
            }
        }

        var size = (long)(summary.Size ?? 0);
        var item = size > settings.MaxMessageBytes
            ? await OversizeItemAsync(folder, summary, settings, mailbox, uidValidity, uid, size, cancellationToken)
            : await WholeItemAsync(folder, summary, settings, mailbox, uidValidity, uid, cancellationToken);
        if (item is BounceFound bounce) return await RecordBounceAsync(bounce.Report, cancellationToken) ? Taken.Bounce : await StoreAsync(bounce.Item, cancellationToken);
        return await StoreAsync(((ItemFound)item).Item, cancellationToken);
    }

    private async Task<Read> WholeItemAsync(IMailFolder folder, IMessageSummary summary, InboxOptions settings, string mailbox, long uidValidity, long uid, CancellationToken cancellationToken)
    {
        var message = await folder.GetMessageAsync(summary.UniqueId, cancellationToken);
        using var original = new MemoryStream();
        await message.WriteToAsync(original, cancellationToken);
        var attachments = new List<InboxAttachment>();
        foreach (var entity in message.Attachments)
        {
            using var content = new MemoryStream();
            string name;
            if (entity is MessagePart forwarded)
            {
                if (forwarded.Message is { } inner) await inner.WriteToAsync(content, cancellationToken);
                name = forwarded.ContentDisposition?.FileName is { Length: > 0 } given && !string.IsNullOrWhiteSpace(given) ? given : $"{(forwarded.Message?.Subject is { Length: > 0 } s ? s : "attached email")}.eml";
            }
            else if (entity is MimePart part)
            {
                if (part.Content is { } body) await body.DecodeToAsync(content, cancellationToken);
                name = string.IsNullOrWhiteSpace(part.FileName) ? "attachment" : part.FileName;
            }
            else
            {
                continue;
            }

            var kept = content.Length <= settings.MaxAttachmentBytes ? content.ToArray() : null;
            attachments.Add(new InboxAttachment(name.Trim(), entity.ContentType.MimeType, content.Length, kept));
        }

        var text = message.TextBody ?? (message.HtmlBody is { } html ? HtmlText.From(html) : "");
        var item = NewItem(mailbox, uidValidity, uid, message.MessageId, message.From.Mailboxes.FirstOrDefault() ?? message.Sender, message.Subject, message.Date, summary,
            text, original.ToArray(), original.Length, attachments);
        return DeliveryReport.Read(message) is { } report ? new BounceFound(item, report) : new ItemFound(item);
    }

    /// <summary>Too large to keep: listed from its envelope and text part, its attachments named with their sizes.</summary>
    private async Task<Read> OversizeItemAsync(IMailFolder folder, IMessageSummary summary, InboxOptions settings, string mailbox, long uidValidity, long uid, long size, CancellationToken cancellationToken)
    {
        var described = (await folder.FetchAsync([summary.UniqueId], new FetchRequest(MessageSummaryItems.Envelope | MessageSummaryItems.BodyStructure | MessageSummaryItems.UniqueId | MessageSummaryItems.InternalDate), cancellationToken)).Single();
        var text = "";
        var textPart = (BodyPartBasic?)described.TextBody ?? described.HtmlBody;
        if (textPart is not null && textPart.Octets <= settings.MaxAttachmentBytes && await folder.GetBodyPartAsync(summary.UniqueId, textPart, cancellationToken) is TextPart body)
        {
            text = body.IsHtml ? HtmlText.From(body.Text) : body.Text;
        }

        // The server gives each part's size as sent; base64 sends four bytes for every three of the file.
        var attachments = described.Attachments.Select(a => new InboxAttachment(string.IsNullOrWhiteSpace(a.FileName) ? "attachment" : a.FileName.Trim(), a.ContentType.MimeType,
            string.Equals(a.ContentTransferEncoding, "base64", StringComparison.OrdinalIgnoreCase) ? (long)a.Octets * 3 / 4 : (long)a.Octets, null)).ToList();
        var envelope = described.Envelope ?? new Envelope();
        var from = envelope.From.Mailboxes.FirstOrDefault() ?? envelope.Sender.Mailboxes.FirstOrDefault();
        return new ItemFound(NewItem(mailbox, uidValidity, uid, envelope.MessageId, from, envelope.Subject, envelope.Date ?? DateTimeOffset.MinValue, described, text, null, size, attachments));
    }

    private InboxItem NewItem(string mailbox, long uidValidity, long uid, string? messageId, MailboxAddress? from, string? subject, DateTimeOffset date, IMessageSummary summary,
        string text, byte[]? original, long originalSize, List<InboxAttachment> attachments)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        // A message without a usable Date header is dated by when the server took it in.
        var sentAt = date > DateTimeOffset.MinValue ? date.UtcDateTime : summary.InternalDate?.UtcDateTime ?? now;
        if (text.Length > LongestTextBody)
        {
            text = $"{text[..LongestTextBody]}\n\n[The rest of this email's text ({text.Length - LongestTextBody} more characters) is in the original.]";
        }

        return new InboxItem(mailbox, uidValidity, uid, string.IsNullOrWhiteSpace(messageId) ? null : messageId.Trim(), from?.Address ?? "", from?.Name ?? "", subject ?? "",
            sentAt, text.Trim(), original, originalSize, attachments, now);
    }

    /// <summary>True when the report was about one of ComplaintsHub's own emails, now recorded as bounced.</summary>
    private async Task<bool> RecordBounceAsync(DeliveryReport report, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var email = await db.OutboxEmails.SingleOrDefaultAsync(e => e.MessageId == report.OriginalMessageId, cancellationToken);
        if (email is null) return false;
        var diagnostic = report.Diagnostic.Length > LongestDiagnostic ? report.Diagnostic[..(LongestDiagnostic - 1)] + "…" : report.Diagnostic;
        email.RecordBounce(diagnostic, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        logger.LogWarning("Email {MessageId} to {Address} bounced: {Diagnostic}", email.MessageId, email.ToAddress, diagnostic);
        return true;
    }

    private async Task<Taken> StoreAsync(InboxItem item, CancellationToken cancellationToken)
    {
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            db.InboxItems.Add(item);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // Another instance stored this message first.
                return Taken.AlreadyStored;
            }
        }

        return await AttachToQuotedCaseAsync(item.Id, item.Version, item.Subject, cancellationToken) ? Taken.StoredAndAttached : Taken.Stored;
    }

    private async Task<bool> AttachToQuotedCaseAsync(long itemId, Guid itemVersion, string subject, CancellationToken cancellationToken)
    {
        var quoted = CaseReferences.In(subject);
        if (quoted.Count == 0) return false;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var found = await db.Complaints.AsNoTracking().Where(c => quoted.Contains(c.Reference)).Select(c => new { c.Id, c.Reference, c.Version }).ToListAsync(cancellationToken);
        // The first reference the subject quotes that is a case; a subject quoting several is the sender's choice of order.
        var target = quoted.Select(r => found.FirstOrDefault(c => c.Reference == r)).FirstOrDefault(c => c is not null);
        if (target is null) return false;
        try
        {
            await cases.ApplyAsync(target.Id, target.Version, new AttachEmailCommand(itemId, itemVersion), CurrentStaff.System, cancellationToken);
            return true;
        }
        catch (RefusalException refusal)
        {
            // Left in the inbox, where a person can attach it by hand.
            logger.LogWarning("Email {ItemId} quotes {Reference} but could not be filed under it: {Reason}", itemId, target.Reference, refusal.Message);
            return false;
        }
    }

    private enum Taken { Stored, StoredAndAttached, Bounce, AlreadyStored }

    private abstract record Read;

    private sealed record ItemFound(InboxItem Item) : Read;

    private sealed record BounceFound(InboxItem Item, DeliveryReport Report) : Read;
}
