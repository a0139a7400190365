using MimeKit;

namespace ComplaintsHub.Tests.Inbox;

/// <summary>Emails as they arrive in the council's mailbox, for the inbox tests.</summary>
internal static class InboxMessages
{
    public static MimeMessage From(string address, string name, string subject, string text, params (string FileName, string Type, byte[] Content)[] attachments)
    {
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(name, address));
        message.To.Add(new MailboxAddress("Complaints", "complaints@ashbury.test"));
        message.Subject = subject;
        message.Date = new DateTimeOffset(2026, 11, 19, 16, 30, 0, TimeSpan.Zero);
        message.MessageId = $"{Guid.NewGuid():N}@example.net";
        var body = new BodyBuilder { TextBody = text };
        foreach (var (fileName, type, content) in attachments) body.Attachments.Add(fileName, content, ContentType.Parse(type));
        message.Body = body.ToMessageBody();
        return message;
    }

    /// <summary>A mail server's delivery-status report about the email whose Message-ID is <paramref name="originalMessageId"/>.</summary>
    public static MimeMessage BounceOf(string originalMessageId, string recipient, string diagnostic)
    {
        var report = new MultipartReport("delivery-status")
        {
            new TextPart("plain") { Text = $"Your message to {recipient} could not be delivered." },
        };
        var status = new MessageDeliveryStatus();
        var perMessage = new HeaderList { { "Reporting-MTA", "dns; mx.example.net" } };
        var perRecipient = new HeaderList
        {
            { "Final-Recipient", $"rfc822; {recipient}" },
            { "Action", "failed" },
            { "Status", "5.1.1" },
            { "Diagnostic-Code", $"smtp; {diagnostic}" },
        };
        status.StatusGroups.Add(perMessage);
        status.StatusGroups.Add(perRecipient);
        report.Add(status);
        var original = new MimeMessage();
        original.From.Add(new MailboxAddress("Complaints", "complaints@ashbury.test"));
        original.To.Add(MailboxAddress.Parse(recipient));
        original.Subject = "Your complaint";
        original.MessageId = originalMessageId;
        original.Body = new TextPart("plain") { Text = "…" };
        report.Add(new MessagePart("rfc822") { Message = original });

        var bounce = new MimeMessage();
        bounce.From.Add(new MailboxAddress("Mail Delivery System", "mailer-daemon@mx.example.net"));
        bounce.To.Add(new MailboxAddress("Complaints", "complaints@ashbury.test"));
        bounce.Subject = "Undelivered Mail Returned to Sender";
        bounce.MessageId = $"{Guid.NewGuid():N}@mx.example.net";
        bounce.Body = report;
        return bounce;
    }
}
