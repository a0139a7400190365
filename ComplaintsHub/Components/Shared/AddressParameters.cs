using System.Globalization;
using ComplaintsHub.Auth;

namespace ComplaintsHub.Components.Shared;

/// <summary>
/// Reads a page's filters from its address. Addresses are typed, pasted, bookmarked and cut short, so a value that
/// cannot be read is left out and named in <see cref="Ignored"/> for the page to show (<c>AddressNotice</c>) instead of
/// failing the page or being dropped without a word. Blazor's typed query parameters throw on such values, so pages
/// take them as text and read them here. An empty value is simply absent (forms send them); blank space is not.
/// </summary>
/// <remarks>
/// Each reader takes <c>what</c>, the parameter as the notice names it with its article ("an area"), and <c>instead</c>,
/// what the page does without it ("showing all areas").
/// </remarks>
public sealed class AddressParameters
{
    public const string DateFormat = "yyyy-MM-dd";

    private readonly List<string> _ignored = [];

    public IReadOnlyList<string> Ignored => _ignored;

    /// <summary>A whole number, optionally one of <paramref name="choices"/> (an id the page offers).</summary>
    public int? Number(string? value, string what, string instead, IEnumerable<int>? choices = null)
    {
        if (IsAbsent(value)) return null;
        if (!int.TryParse(value, NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite, CultureInfo.InvariantCulture, out var number))
        {
            return Ignore<int>(what, "that is not a number", instead);
        }

        return choices is null || choices.Contains(number) ? number : Ignore<int>(what, $"({number}) that is not one of the choices", instead);
    }

    /// <summary>A whole number from <paramref name="min"/> to <paramref name="max"/>.</summary>
    public int? NumberBetween(string? value, int min, int max, string what, string instead) =>
        Number(value, what, instead) is not { } number ? null
        : number >= min && number <= max ? number
        : Ignore<int>(what, $"({number}) that is not between {min} and {max}", instead);

    /// <summary>A date written as the pages write it (year-month-day).</summary>
    public DateOnly? Date(string? value, string what, string instead) =>
        IsAbsent(value) ? null
        : DateOnly.TryParseExact(value.Trim(), DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date
        : Ignore<DateOnly>(what, "that is not a date written as year-month-day", instead);

    /// <summary>A switch: true or false; absent is false.</summary>
    public bool Switch(string? value, string what, string instead) =>
        !IsAbsent(value) && (bool.TryParse(value.Trim(), out var on) ? on : Ignore<bool>(what, "that is neither true nor false", instead) ?? false);

    /// <summary>A person's or record's identifier.</summary>
    public Guid? Identifier(string? value, string what, string instead) =>
        IsAbsent(value) ? null
        : Guid.TryParse(value.Trim(), out var id) ? id
        : Ignore<Guid>(what, "that is not an identifier", instead);

    /// <summary>One of a fixed set of words (compared ignoring case); the page's own spelling is returned.</summary>
    public string? OneOf(string? value, IEnumerable<string> choices, string what, string instead) =>
        IsAbsent(value) ? null
        : choices.FirstOrDefault(c => string.Equals(c, value.Trim(), StringComparison.OrdinalIgnoreCase))
            ?? IgnoreText(what, "that is not one of the choices", instead);

    /// <summary>A value of an enumeration, by name only (a number would name values the page never offers).</summary>
    public TEnum? Choice<TEnum>(string? value, string what, string instead) where TEnum : struct, Enum =>
        OneOf(value, Enum.GetNames<TEnum>(), what, instead) is { } name ? Enum.Parse<TEnum>(name) : null;

    /// <summary>A page of this site to go to next (<see cref="ReturnUrls.IsLocal"/>).</summary>
    public string? LocalPath(string? value, string what, string instead) =>
        IsAbsent(value) ? null : ReturnUrls.IsLocal(value) ? value : IgnoreText(what, "that is not a page of ComplaintsHub", instead);

    /// <summary>Notes a value the page read itself and could not use: "The address had {what} {problem}; {instead}."</summary>
    public void Ignore(string what, string problem, string instead) => _ignored.Add($"The address had {what} {problem}; {instead}.");

    private static bool IsAbsent([System.Diagnostics.CodeAnalysis.NotNullWhen(false)] string? value) => string.IsNullOrEmpty(value);

    private T? Ignore<T>(string what, string problem, string instead) where T : struct
    {
        Ignore(what, problem, instead);
        return null;
    }

    private string? IgnoreText(string what, string problem, string instead)
    {
        Ignore(what, problem, instead);
        return null;
    }
}
