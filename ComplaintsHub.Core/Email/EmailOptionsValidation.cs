using System.Net.Mail;
using Microsoft.Extensions.Options;

namespace ComplaintsHub.Core.Email;

/// <summary>A half-configured mail server stops start-up naming the setting, rather than failing on the first email.</summary>
public sealed class EmailOptionsValidation : IValidateOptions<EmailOptions>
{
    public ValidateOptionsResult Validate(string? name, EmailOptions options)
    {
        if (!options.IsSwitchedOn) return ValidateOptionsResult.Success;
        var s = EmailOptions.Section;
        var problems = new List<string>();
        if (options.SmtpPort is < 1 or > 65535) problems.Add($"{s}:SmtpPort must be a port number (587 for STARTTLS, 465 for SSL).");
        if (string.IsNullOrWhiteSpace(options.FromAddress) || !MailAddress.TryCreate(options.FromAddress, out _))
        {
            problems.Add($"{s}:FromAddress must be the address emails come from, e.g. complaints@council.gov.uk.");
        }

        if (string.IsNullOrWhiteSpace(options.UserName) != string.IsNullOrWhiteSpace(options.Password))
        {
            problems.Add($"{s}:UserName and {s}:Password go together: set both to sign in to the mail server, or neither for a relay that does not ask.");
        }

        if (!Uri.TryCreate(options.AppBaseUrl, UriKind.Absolute, out var baseUrl) || baseUrl.Scheme is not ("https" or "http"))
        {
            problems.Add($"{s}:AppBaseUrl must be the address staff use to reach ComplaintsHub, e.g. https://complaints.council.gov.uk: emails link to cases from it.");
        }

        if (options.ReminderHour is < 0 or > 23) problems.Add($"{s}:ReminderHour must be an hour from 0 to 23 (UK time).");
        if (options.MaxAttempts < 1) problems.Add($"{s}:MaxAttempts must be at least 1.");
        if (options.FirstRetryAfter <= TimeSpan.Zero) problems.Add($"{s}:FirstRetryAfter must be a positive time span, e.g. 00:01:00.");
        if (options.PollInterval <= TimeSpan.Zero) problems.Add($"{s}:PollInterval must be a positive time span, e.g. 00:00:15.");
        if (options.Timeout <= TimeSpan.Zero) problems.Add($"{s}:Timeout must be a positive time span, e.g. 00:01:00.");
        return problems.Count > 0 ? ValidateOptionsResult.Fail(problems) : ValidateOptionsResult.Success;
    }
}
