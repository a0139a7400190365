namespace ComplaintsHub.Core.Inbox;

/// <summary>How the connection to the IMAP server is protected.</summary>
public enum ImapSecurity
{
    /// <summary>TLS from the first byte (port 993): Exchange Online, Gmail and most servers.</summary>
    SslOnConnect,
    /// <summary>Plain connection upgraded with STARTTLS (port 143).</summary>
    StartTls,
    /// <summary>No encryption: allowed only for a server on this machine (loopback), e.g. the tests' Dovecot.</summary>
    None,
}
