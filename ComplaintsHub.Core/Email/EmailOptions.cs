namespace ComplaintsHub.Core.Email;

/// <summary>
/// The <c>Email</c> section. Email is switched off while <see cref="SmtpHost"/> is empty: nothing is written to the
/// outbox (so switching it on later does not release a flood of stale reminders), and the screens say so. Checked at start-up (<see cref="EmailOptionsValidation"/>).
/// </summary>
public sealed class EmailOptions
{
    public const string Section = "Email";

    /// <summary>What every screen and refusal says while email is switched off.</summary>
    public const string SwitchedOff = "Email is switched off: the council's mail server is not set up in ComplaintsHub's Email settings, so nothing is emailed.";

    public string? SmtpHost { get; set; }
    public int SmtpPort { get; set; } = 587;
    public SmtpSecurity Security { get; set; } = SmtpSecurity.StartTls;
    /// <summary>Leave empty for a relay that does not ask who is sending.</summary>
    public string? UserName { get; set; }
    public string? Password { get; set; }
    /// <summary>
    /// The SHA-1 thumbprint of a certificate to trust although no public authority issued it: for a relay on the council's
    /// own network with a self-signed certificate. Leave empty for Exchange Online and any public mail service.
    /// </summary>
    public string? TrustedCertificateThumbprint { get; set; }
    /// <summary>The address emails come from, e.g. complaints@council.gov.uk; replies come back to it.</summary>
    public string? FromAddress { get; set; }
    public string FromName { get; set; } = "Complaints";
    /// <summary>Where staff reach ComplaintsHub, e.g. https://complaints.council.gov.uk: each email links to its case from here.</summary>
    public string? AppBaseUrl { get; set; }
    /// <summary>The hour of the working day (UK time, 0–23) at which reminders and the weekly report go.</summary>
    public int ReminderHour { get; set; } = 8;
    /// <summary>How many times an email is tried before it is recorded as failed.</summary>
    public int MaxAttempts { get; set; } = 6;
    /// <summary>The wait after the first refusal; it doubles after each further one.</summary>
    public TimeSpan FirstRetryAfter { get; set; } = TimeSpan.FromMinutes(1);
    /// <summary>How often the sender looks for emails to send.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(15);
    /// <summary>How long one conversation with the mail server may take.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(60);

    public bool IsSwitchedOn => !string.IsNullOrWhiteSpace(SmtpHost);
}
