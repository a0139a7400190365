using System.Text.RegularExpressions;

namespace ComplaintsHub.Core.Domain;

/// <summary>Checks and tidies the contact details an officer types while the caller is on the line.</summary>
public static partial class ContactDetails
{
    public static string? NormalisePostcode(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var compact = Regex.Replace(value, @"\s+", "").ToUpperInvariant();
        return compact.Length > 3 ? $"{compact[..^3]} {compact[^3..]}" : compact;
    }

    public static bool IsUkPostcode(string? value) => value is not null && PostcodePattern().IsMatch(NormalisePostcode(value) ?? "");

    public static string? Digits(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var digits = new string(value.Where(char.IsDigit).ToArray());
        if (value.TrimStart().StartsWith("+44", StringComparison.Ordinal) && digits.StartsWith("44", StringComparison.Ordinal)) digits = "0" + digits[2..];
        return digits.Length == 0 ? null : digits;
    }

    public static bool IsPhoneNumber(string? value) => Digits(value) is { Length: >= 10 and <= 13 };

    public static bool IsEmail(string? value) => value is not null && EmailPattern().IsMatch(value.Trim());

    [GeneratedRegex(@"^(GIR 0AA|[A-Z]{1,2}[0-9][0-9A-Z]? [0-9][A-Z]{2})$")]
    private static partial Regex PostcodePattern();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex EmailPattern();
}
