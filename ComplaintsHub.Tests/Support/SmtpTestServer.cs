using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using ComplaintsHub.Core.Email;
using MimeKit;
using SmtpServer;
using SmtpServer.Authentication;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace ComplaintsHub.Tests.Support;

/// <summary>
/// A real SMTP server in the test process (the SmtpServer package): STARTTLS with a self-signed certificate, AUTH with one
/// user name and password, and the messages it accepted, parsed. It can be told to refuse the next messages, temporarily
/// (451) or for good (550), as a busy or strict relay would.
/// </summary>
public sealed class SmtpTestServer : IAsyncDisposable
{
    public const string UserName = "complaintshub";
    public const string Password = "relay-password-1";

    private readonly CancellationTokenSource _stop = new();
    private readonly Task _running;
    private readonly ConcurrentQueue<SmtpResponse> _refusals = new();

    private SmtpTestServer(int port, X509Certificate2 certificate)
    {
        Port = port;
        Certificate = certificate;
        var options = new SmtpServerOptionsBuilder()
            .ServerName("localhost")
            .Endpoint(e => e.Endpoint(new IPEndPoint(IPAddress.Loopback, port)).AllowUnsecureAuthentication(false).AuthenticationRequired(true).Certificate(certificate))
            .Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(new Store(this));
        services.Add(new Authenticator());
        _running = new SmtpServer.SmtpServer(options, services).StartAsync(_stop.Token);
    }

    public int Port { get; }
    public X509Certificate2 Certificate { get; }
    public ConcurrentQueue<MimeMessage> Received { get; } = new();

    public static SmtpTestServer Start()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return new SmtpTestServer(port, SelfSignedCertificate());
    }

    /// <summary>The settings an app uses to send through this server, as a council would set them for its relay.</summary>
    public EmailOptions Settings(Action<EmailOptions>? change = null)
    {
        var settings = new EmailOptions
        {
            SmtpHost = "localhost", SmtpPort = Port, Security = SmtpSecurity.StartTls, UserName = UserName, Password = Password,
            TrustedCertificateThumbprint = Certificate.Thumbprint, FromAddress = "complaints@ashbury.gov.uk", FromName = "Ashbury Complaints",
            AppBaseUrl = "https://complaints.ashbury.gov.uk", FirstRetryAfter = TimeSpan.FromMinutes(1), MaxAttempts = 4, Timeout = TimeSpan.FromSeconds(20),
        };
        change?.Invoke(settings);
        return settings;
    }

    /// <summary>The same settings as the app's configuration keys, for a whole app started by the tests.</summary>
    public Dictionary<string, string?> Configuration(Action<EmailOptions>? change = null)
    {
        var o = Settings(change);
        return new Dictionary<string, string?>
        {
            ["Email:SmtpHost"] = o.SmtpHost, ["Email:SmtpPort"] = o.SmtpPort.ToString(), ["Email:Security"] = o.Security.ToString(),
            ["Email:UserName"] = o.UserName, ["Email:Password"] = o.Password, ["Email:TrustedCertificateThumbprint"] = o.TrustedCertificateThumbprint,
            ["Email:FromAddress"] = o.FromAddress, ["Email:FromName"] = o.FromName, ["Email:AppBaseUrl"] = o.AppBaseUrl,
            ["Email:MaxAttempts"] = o.MaxAttempts.ToString(), ["Email:FirstRetryAfter"] = o.FirstRetryAfter.ToString("c"),
            ["Email:PollInterval"] = o.PollInterval.ToString("c"), ["Email:Timeout"] = o.Timeout.ToString("c"), ["Email:ReminderHour"] = o.ReminderHour.ToString(),
        };
    }

    /// <summary>The next message is refused with 451 (try again later).</summary>
    public void RefuseNextTemporarily() => _refusals.Enqueue(new SmtpResponse((SmtpReplyCode)451, "4.3.0 Mail server busy, try again later"));

    /// <summary>The next message is refused with 550 (never).</summary>
    public void RefuseNextForGood() => _refusals.Enqueue(new SmtpResponse(SmtpReplyCode.MailboxUnavailable, "5.1.1 Recipient address rejected: user unknown"));

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try { await _running; } catch (OperationCanceledException) { }
        _stop.Dispose();
        Certificate.Dispose();
    }

    private static X509Certificate2 SelfSignedCertificate()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=localhost", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName("localhost");
        request.CertificateExtensions.Add(names.Build());
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30));
        // Exported and read back so the private key is usable by SslStream on Linux.
        return X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pfx), null);
    }

    private sealed class Store(SmtpTestServer server) : MessageStore
    {
        public override Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            if (server._refusals.TryDequeue(out var refusal)) return Task.FromResult(refusal);
            using var stream = new MemoryStream(buffer.ToArray());
            server.Received.Enqueue(MimeMessage.Load(stream, cancellationToken));
            return Task.FromResult(SmtpResponse.Ok);
        }
    }

    private sealed class Authenticator : IUserAuthenticator
    {
        public Task<bool> AuthenticateAsync(ISessionContext context, string user, string password, CancellationToken cancellationToken) =>
            Task.FromResult(user == UserName && password == Password);
    }
}
