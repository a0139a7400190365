namespace ComplaintsHub.Core.Email;

/// <summary>How the connection to the mail server is protected.</summary>
public enum SmtpSecurity
{
    /// <summary>Plain connection upgraded with STARTTLS, which must succeed (port 587: Exchange Online, most relays).</summary>
    StartTls,
    /// <summary>TLS from the first byte (port 465).</summary>
    SslOnConnect,
    /// <summary>No encryption: only for a relay on this machine or the council's own network that refuses TLS.</summary>
    None,
}
