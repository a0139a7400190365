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

    /// <summary>
    /// What an officer typed into a search box: a case reference, an email, a phone number, a postcode or a name.
    /// One reading, so the caller search and the case search agree.
    /// </summary>
    public static SearchTerm ParseSearch(string term)
    {
        term = term.Trim();
        var upper = term.ToUpperInvariant();
        if (ReferencePattern().IsMatch(upper)) return new SearchTerm(SearchKind.Reference, upper, null);
        if (term.Contains('@')) return new SearchTerm(SearchKind.Email, term.ToLowerInvariant(), null);
        var digits = Digits(term);
        if (digits is { Length: >= 4 } && digits.Length * 2 >= term.Count(ch => !char.IsWhiteSpace(ch))) return new SearchTerm(SearchKind.Phone, digits, null);
        if (term.Any(char.IsDigit)) return new SearchTerm(SearchKind.Postcode, NormalisePostcode(term)!, null);
        var parts = term.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return new SearchTerm(SearchKind.Name, parts[^1].ToLowerInvariant(), parts.Length > 1 ? parts[0].ToLowerInvariant() : null);
    }

    [GeneratedRegex("^[A-Z]{3}-?[0-9]")]
    private static partial Regex ReferencePattern();

    [GeneratedRegex(@"^(GIR 0AA|[A-Z]{1,2}[0-9][0-9A-Z]? [0-9][A-Z]{2})$")]
    private static partial Regex PostcodePattern();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex EmailPattern();
}
