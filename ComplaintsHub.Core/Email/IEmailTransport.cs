using MimeKit;

namespace ComplaintsHub.Core.Email;

/// <summary>Hands one message to the mail server. The outbox decides what to send and when; this only talks to the server.</summary>
public interface IEmailTransport
{
    Task<EmailSendResult> SendAsync(MimeMessage message, CancellationToken cancellationToken);
}
