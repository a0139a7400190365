using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ComplaintsHub.Core.Data.Search;

/// <summary>
/// What was typed into the search box, as words of letters and digits only: so no full-text syntax can be injected and
/// no input makes a query fail. A word written with punctuation inside it ("CMP-2025-32789", "idris.q") is kept as a
/// phrase of its parts; every word is a prefix, and all words must match.
/// </summary>
public sealed partial class SearchTerms
{
    /// <summary>Enough for a full name and address; words beyond it are ignored.</summary>
    public const int MaxWords = 8;

    private SearchTerms(IReadOnlyList<IReadOnlyList<string>> words, bool wholeWords)
    {
        Words = words;
        WholeWords = wholeWords;
    }

    /// <summary>Each word typed, as its tokens (folded: lower case, no accents).</summary>
    public IReadOnlyList<IReadOnlyList<string>> Words { get; }

    public bool IsEmpty => Words.Count == 0;

    /// <summary>Each word matches only whole, not as the start of a longer one.</summary>
    public bool WholeWords { get; }

    /// <summary>Every token, for the highlighter.</summary>
    public IEnumerable<string> Tokens => Words.SelectMany(w => w);

    public static SearchTerms Parse(string? text) => Parse(text, wholeWords: false);

    /// <param name="text">What was typed.</param>
    /// <param name="wholeWords">
    /// Each word must match whole: for a whole postcode, whose parts ("ab1") begin thousands of other words, and whose
    /// parts found as the start of others ("ab12") are not that postcode.
    /// </param>
    public static SearchTerms Parse(string? text, bool wholeWords)
    {
        var words = (text ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(w => (IReadOnlyList<string>)Tokenise(w).ToList())
            .Where(w => w.Count > 0)
            .Take(MaxWords)
            .ToList();
        return new SearchTerms(words, wholeWords);
    }

    /// <summary>The letter-and-digit runs of <paramref name="text"/>, folded as the SQLite index and PostgreSQL documents fold them.</summary>
    public static IEnumerable<string> Tokenise(string text) => TokenPattern().Matches(Fold(text)).Select(m => m.Value);

    /// <summary>Lower case without accents ("Zoë" is "zoe"), as unicode61's remove_diacritics and PostgreSQL's unaccent fold.</summary>
    public static string Fold(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormKD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var ch in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(ch) != UnicodeCategory.NonSpacingMark) folded.Append(char.ToLowerInvariant(ch));
        }

        return folded.ToString();
    }

    /// <summary>An FTS5 query: each word a quoted phrase whose last token is a prefix, joined by AND.</summary>
    public string ToFts5Query() => string.Join(" AND ", Words.Select(w => $"\"{string.Join(' ', w)}\"{(WholeWords ? "" : "*")}"));

    /// <summary>A PostgreSQL tsquery: each word's tokens followed one by another, the last a prefix, joined by &amp;.</summary>
    public string ToTsQuery() => string.Join(" & ", Words.Select(w => "(" + string.Join(" <-> ", w.Select((t, i) => i == w.Count - 1 && !WholeWords ? $"'{t}':*" : $"'{t}'")) + ")"));

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex TokenPattern();
}
