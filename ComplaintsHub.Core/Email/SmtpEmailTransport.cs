using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace ComplaintsHub.Core.Email;

/// <summary>
/// MailKit over SMTP, one connection per message: the outbox sends a handful at a time, and a fresh connection means a
/// dropped one never leaves a message half-handed-over on the next. Every refusal is classified by its SMTP code: 4xx
/// and a lost connection are tried again later, 5xx is refused for good.
/// </summary>
public sealed class SmtpEmailTransport(IOptions<EmailOptions> options) : IEmailTransport
{
    public async Task<EmailSendResult> SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        using var client = new SmtpClient { Timeout = (int)settings.Timeout.TotalMilliseconds };
        if (!string.IsNullOrWhiteSpace(settings.TrustedCertificateThumbprint))
        {
            // A relay on the council's own network with its own certificate: trust that one certificate, and only it.
            client.ServerCertificateValidationCallback = (_, certificate, _, errors) =>
                errors == System.Net.Security.SslPolicyErrors.None
                || string.Equals(certificate?.GetCertHashString(), settings.TrustedCertificateThumbprint.Replace(" ", "").Replace(":", ""), StringComparison.OrdinalIgnoreCase);
        }

        try
        {
            var security = settings.Security switch
            {
                SmtpSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
                SmtpSecurity.None => SecureSocketOptions.None,
                _ => SecureSocketOptions.StartTls,
            };
            await client.ConnectAsync(settings.SmtpHost ?? "", settings.SmtpPort, security, cancellationToken);
            if (!string.IsNullOrWhiteSpace(settings.UserName)) await client.AuthenticateAsync(settings.UserName, settings.Password ?? "", cancellationToken);
            var reply = await client.SendAsync(message, cancellationToken);
            await client.DisconnectAsync(quit: true, cancellationToken);
            // MailKit returns the text of the final 250 reply without its code; keep the code so every recorded reply reads alike.
            return EmailSendResult.Ok($"250 {reply}");
        }
        catch (SmtpCommandException e)
        {
            var code = (int)e.StatusCode;
            var reply = $"{code} {e.Message}";
            return code is >= 400 and < 500 ? EmailSendResult.TryLater(reply) : EmailSendResult.Refused(reply);
        }
        catch (AuthenticationException e)
        {
            // Usually a changed password: worth trying again once someone fixes the setting.
            return EmailSendResult.TryLater($"The mail server did not accept the user name and password ({e.Message}). Check {EmailOptions.Section}:UserName and {EmailOptions.Section}:Password.");
        }
        catch (Exception e) when (e is SmtpProtocolException or ServiceNotConnectedException or SocketException or IOException or SslHandshakeException or TimeoutException
                                      or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return EmailSendResult.TryLater($"Could not reach the mail server {settings.SmtpHost}:{settings.SmtpPort}: {e.Message}");
        }
    }
}
