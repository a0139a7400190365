using Microsoft.Extensions.Options;

namespace ComplaintsHub.Core.Records;

/// <summary>An access log kept for no time, or for longer than any file, stops start-up naming the setting.</summary>
public sealed class RecordsOptionsValidation : IValidateOptions<RecordsOptions>
{
    public const int LongestYears = 100;

    public ValidateOptionsResult Validate(string? name, RecordsOptions options) =>
        options.AccessLogYears is < 1 or > LongestYears
            ? ValidateOptionsResult.Fail($"{RecordsOptions.Section}:AccessLogYears must be a whole number of years from 1 to {LongestYears} (6 by default).")
            : ValidateOptionsResult.Success;
}
