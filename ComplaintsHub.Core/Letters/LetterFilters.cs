using System.Collections;
using System.Text.RegularExpressions;
using DotLiquid;

namespace ComplaintsHub.Core.Letters;

/// <summary>
/// The two allowed filters that can multiply text (one replacement for every match; one separator for every item),
/// checked against the output limit before the text is built, so a filter cannot fill memory that the output limit
/// would only notice afterwards. Otherwise they are DotLiquid's own.
/// </summary>
internal static class LetterFilters
{
    public static string Replace(Context context, string input, string @string, string replacement = "")
    {
        if (string.IsNullOrEmpty(input) || string.IsNullOrEmpty(@string)) return input;
        replacement ??= "";
        var budget = Budget(context);
        if (context.SyntaxCompatibilityLevel >= SyntaxCompatibility.DotLiquid21)
        {
            budget?.CheckLength(input.Length + Occurrences(input, @string) * replacement.Length);
            return input.Replace(@string, replacement, StringComparison.Ordinal);
        }

        // DotLiquid's replace before 2.1 is a regular expression, which the cancellation token cannot stop: give it
        // only what is left of the merge's time. Its "$0" puts the match back in, so each "$" may bring in the whole input.
        var timeout = budget?.Remaining ?? Template.RegexTimeOut;
        long matches = Regex.Matches(input, @string, RegexOptions.None, timeout).Count;
        budget?.CheckLength(input.Length + matches * (replacement.Length + replacement.Count(c => c == '$') * (long)input.Length));
        return Regex.Replace(input, @string, replacement, RegexOptions.None, timeout);
    }

    public static string Join(Context context, IEnumerable input, string glue = " ")
    {
        if (input is null) return null!;
        var items = input.Cast<object>().Select(i => i?.ToString() ?? "").ToList();
        Budget(context)?.CheckLength(items.Sum(i => (long)i.Length) + Math.Max(0, items.Count - 1) * (long)(glue ?? "").Length);
        return StandardFilters.Join(input, glue);
    }

    private static LetterSandboxBudget? Budget(Context context) => context.Registers[LetterSandboxBudget.Register] as LetterSandboxBudget;

    private static long Occurrences(string input, string value)
    {
        long count = 0;
        for (var at = input.IndexOf(value, StringComparison.Ordinal); at >= 0; at = input.IndexOf(value, at + value.Length, StringComparison.Ordinal)) count++;
        return count;
    }
}
