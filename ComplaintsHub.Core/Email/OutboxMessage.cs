using ComplaintsHub.Core.Domain;
using MimeKit;

namespace ComplaintsHub.Core.Email;

/// <summary>The MIME message for an outbox row: plain text with an HTML alternative where there is one, and a letter's PDF attached.</summary>
public static class OutboxMessage
{
    public static MimeMessage Build(OutboxEmail email, EmailOptions settings, (string FileName, byte[] Content)? attachment)
    {
        var message = new MimeMessage
        {
            Subject = email.Subject,
            MessageId = email.MessageId,
            Date = new DateTimeOffset(email.CreatedAt, TimeSpan.Zero),
        };
        message.From.Add(new MailboxAddress(settings.FromName, settings.FromAddress ?? throw new InvalidOperationException($"{EmailOptions.Section}:FromAddress is not set.")));
        message.To.Add(new MailboxAddress(email.ToName, email.ToAddress));
        var body = new BodyBuilder { TextBody = email.TextBody, HtmlBody = email.HtmlBody };
        if (attachment is { } file) body.Attachments.Add(file.FileName, file.Content, new ContentType("application", "pdf"));
        message.Body = body.ToMessageBody();
        return message;
    }
}
