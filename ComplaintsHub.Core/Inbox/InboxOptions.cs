namespace ComplaintsHub.Core.Inbox;

/// <summary>
/// The <c>Email:Inbox</c> section: the shared mailbox ComplaintsHub reads. Switched off while <see cref="Host"/> is empty
/// (the Inbox page then says so). Signs in with <see cref="UserName"/> and <see cref="Password"/>, or, for Exchange Online,
/// with an app's client-credentials token (<see cref="TenantId"/>, <see cref="ClientId"/>, <see cref="ClientSecret"/>).
/// Checked at start-up (<see cref="InboxOptionsValidation"/>).
/// </summary>
public sealed class InboxOptions
{
    public const string Section = "Email:Inbox";

    public string? Host { get; set; }
    public int Port { get; set; } = 993;
    public ImapSecurity Security { get; set; } = ImapSecurity.SslOnConnect;
    /// <summary>The mailbox's sign-in name; for Exchange Online, the shared mailbox's address.</summary>
    public string? UserName { get; set; }
    public string? Password { get; set; }
    /// <summary>Exchange Online (OAuth2): the directory (tenant) id of the app registration.</summary>
    public string? TenantId { get; set; }
    public string? ClientId { get; set; }
    public string? ClientSecret { get; set; }
    public string Folder { get; set; } = "INBOX";
    /// <summary>How often the mailbox is read.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMinutes(1);
    /// <summary>A message larger than this is listed (sender, subject, text) but its original and attachments are not kept.</summary>
    public long MaxMessageBytes { get; set; } = 25 * 1024 * 1024;
    /// <summary>An attachment larger than this is listed with its size and "not kept: too large".</summary>
    public long MaxAttachmentBytes { get; set; } = 10 * 1024 * 1024;
    /// <summary>How long one conversation with the mail server may take.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(60);

    public bool IsSwitchedOn => !string.IsNullOrWhiteSpace(Host);

    /// <summary>Signs in with an OAuth2 token (Exchange Online) rather than a password.</summary>
    public bool UsesOAuth2 => !string.IsNullOrWhiteSpace(TenantId) || !string.IsNullOrWhiteSpace(ClientId) || !string.IsNullOrWhiteSpace(ClientSecret);

    /// <summary>How the stored items name this mailbox: the same account and folder is the same mailbox after a restart.</summary>
    public string MailboxName => $"{UserName?.Trim().ToLowerInvariant()}@{Host?.Trim().ToLowerInvariant()}:{Port}/{Folder.Trim()}";
}
