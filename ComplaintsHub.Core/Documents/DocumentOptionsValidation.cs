using Microsoft.Extensions.Options;

namespace ComplaintsHub.Core.Documents;

/// <summary>A size limit that could never let a file in, or let in more than the server should carry, stops start-up naming the setting.</summary>
public sealed class DocumentOptionsValidation : IValidateOptions<DocumentOptions>
{
    public const int LargestLimitMegabytes = 1_024;

    public ValidateOptionsResult Validate(string? name, DocumentOptions options)
    {
        var s = DocumentOptions.Section;
        var problems = new List<string>();
        if (options.MaxFileSizeMegabytes is < 1 or > LargestLimitMegabytes)
        {
            problems.Add($"{s}:MaxFileSizeMegabytes must be a whole number of megabytes from 1 to {LargestLimitMegabytes:N0} (25 by default).");
        }

        if (options.AllowedKinds is { Length: 0 })
        {
            problems.Add($"{s}:AllowedKinds must name at least one kind ({string.Join(", ", Enum.GetNames<Domain.DocumentKind>())}), or be left out to allow them all.");
        }

        return problems.Count > 0 ? ValidateOptionsResult.Fail(problems) : ValidateOptionsResult.Success;
    }
}
