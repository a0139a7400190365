namespace ComplaintsHub.Security;

/// <summary>How much a single request may carry and how often the sign-in and export endpoints may be called.</summary>
public sealed class RequestLimitsOptions
{
    public const string Section = "RequestLimits";

    /// <summary>
    /// Largest request body, in kilobytes. Forms and the sign-in response are a few kilobytes; files are uploaded over
    /// the page's live connection in small pieces, not as one request, so they are not held to this.
    /// </summary>
    public int MaxBodyKilobytes { get; set; } = 1024;

    /// <summary>Sign-in attempts from one address in a minute (the sign-in endpoints), beyond which the address waits.</summary>
    public int SignInsPerMinute { get; set; } = 20;

    /// <summary>Workbook exports by one person in a minute: each reads a whole period's figures and case rows.</summary>
    public int ExportsPerMinute { get; set; } = 10;
}
