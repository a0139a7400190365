using ComplaintsHub.Core.Letters;
using Microsoft.Extensions.Options;

namespace ComplaintsHub.Hosting;

/// <summary>
/// Issuing a letter needs LibreOffice to make its PDF, so a server without it stops at start-up naming the setting,
/// rather than refusing the first letter someone issues.
/// </summary>
internal sealed class LibreOfficeOptionsValidation : IValidateOptions<LibreOfficeOptions>
{
    public ValidateOptionsResult Validate(string? name, LibreOfficeOptions options)
    {
        var problems = new List<string>();
        if (options.FindExecutable() is null)
        {
            problems.Add($"{LibreOfficeOptions.Section}:Path is \"{options.Path}\" but there is no such executable{(options.Path.Contains('/') || options.Path.Contains('\\') ? "" : " on PATH")}. "
                + "Issued letters are made into PDFs with LibreOffice: install it (on Debian, apt-get install libreoffice-writer-nogui) or set "
                + $"{LibreOfficeOptions.Section}:Path to its soffice executable.");
        }

        if (options.Timeout <= TimeSpan.Zero) problems.Add($"{LibreOfficeOptions.Section}:Timeout must be a positive time span, e.g. 00:01:00.");
        return problems.Count > 0 ? ValidateOptionsResult.Fail(problems) : ValidateOptionsResult.Success;
    }
}
