using System.Net;
using Microsoft.Extensions.Options;

namespace ComplaintsHub.Core.Inbox;

/// <summary>A half-configured mailbox stops start-up naming the setting, rather than failing on the first poll.</summary>
public sealed class InboxOptionsValidation : IValidateOptions<InboxOptions>
{
    /// <summary>The most a message may be set to: it is read into memory whole.</summary>
    public const long LargestMessageBytes = 100 * 1024 * 1024;

    public ValidateOptionsResult Validate(string? name, InboxOptions options)
    {
        if (!options.IsSwitchedOn) return ValidateOptionsResult.Success;
        var s = InboxOptions.Section;
        var problems = new List<string>();
        if (options.Port is < 1 or > 65535) problems.Add($"{s}:Port must be a port number (993 for SSL, 143 for STARTTLS).");
        if (string.IsNullOrWhiteSpace(options.UserName)) problems.Add($"{s}:UserName must be the mailbox's sign-in name (for Exchange Online, the shared mailbox's address).");
        if (options.UsesOAuth2)
        {
            if (string.IsNullOrWhiteSpace(options.TenantId) || string.IsNullOrWhiteSpace(options.ClientId) || string.IsNullOrWhiteSpace(options.ClientSecret))
            {
                problems.Add($"{s}:TenantId, {s}:ClientId and {s}:ClientSecret go together: set all three to sign in to Exchange Online with the app registration.");
            }

            if (!string.IsNullOrWhiteSpace(options.Password)) problems.Add($"{s}:Password must be empty when signing in with {s}:ClientId (OAuth2): set one way of signing in.");
        }
        else if (string.IsNullOrWhiteSpace(options.Password))
        {
            problems.Add($"{s}:Password must be set, or {s}:TenantId, {s}:ClientId and {s}:ClientSecret for Exchange Online.");
        }

        if (options.Security == ImapSecurity.None && !IsLoopback(options.Host!))
        {
            problems.Add($"{s}:Security may be None only for a server on this machine (localhost): the password would cross the network unencrypted. Use SslOnConnect or StartTls.");
        }

        if (string.IsNullOrWhiteSpace(options.Folder)) problems.Add($"{s}:Folder must name the folder to read, e.g. INBOX.");
        if (options.PollInterval <= TimeSpan.Zero) problems.Add($"{s}:PollInterval must be a positive time span, e.g. 00:01:00.");
        if (options.Timeout <= TimeSpan.Zero) problems.Add($"{s}:Timeout must be a positive time span, e.g. 00:01:00.");
        if (options.MaxMessageBytes is < 1 or > LargestMessageBytes) problems.Add($"{s}:MaxMessageBytes must be from 1 to {LargestMessageBytes} bytes (100 MB).");
        if (options.MaxAttachmentBytes < 1 || options.MaxAttachmentBytes > options.MaxMessageBytes)
        {
            problems.Add($"{s}:MaxAttachmentBytes must be at least 1 byte and no more than {s}:MaxMessageBytes.");
        }

        return problems.Count > 0 ? ValidateOptionsResult.Fail(problems) : ValidateOptionsResult.Success;
    }

    private static bool IsLoopback(string host) =>
        string.Equals(host.Trim(), "localhost", StringComparison.OrdinalIgnoreCase) || (IPAddress.TryParse(host.Trim(), out var address) && IPAddress.IsLoopback(address));
}
