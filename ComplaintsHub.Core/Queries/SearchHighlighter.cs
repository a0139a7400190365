using System.Text.RegularExpressions;
using ComplaintsHub.Core.Data.Search;

namespace ComplaintsHub.Core.Queries;

/// <summary>
/// Marks the words of a text that a search matched, by the search's own rule (<see cref="SearchTerms"/>: a word matches when
/// it starts with a searched word, ignoring case and accents), so the same cases show the same marks on either database.
/// Returns plain text runs; the page encodes them, so text that looks like HTML is shown as text.
/// </summary>
public static partial class SearchHighlighter
{
    /// <summary>A long text is cut to about this many characters around its first match.</summary>
    public const int SnippetLength = 160;

    public static IReadOnlyList<TextRun> Runs(string text, SearchTerms terms)
    {
        var tokens = terms.Tokens.ToList();
        var runs = new List<TextRun>();
        var at = 0;
        foreach (Match word in WordPattern().Matches(text))
        {
            var folded = SearchTerms.Fold(word.Value);
            if (!tokens.Any(t => folded.StartsWith(t, StringComparison.Ordinal))) continue;
            if (word.Index > at) runs.Add(new TextRun(text[at..word.Index], false));
            runs.Add(new TextRun(word.Value, true));
            at = word.Index + word.Length;
        }

        if (at < text.Length) runs.Add(new TextRun(text[at..], false));
        return runs;
    }

    /// <summary>Marks the first place <paramref name="fragment"/> occurs (ignoring case): for a part of a phone number or email.</summary>
    public static IReadOnlyList<TextRun> RunsContaining(string text, string fragment)
    {
        var index = text.IndexOf(fragment, StringComparison.OrdinalIgnoreCase);
        if (index < 0) return [new TextRun(text, false)];
        return new[] { new TextRun(text[..index], false), new TextRun(text.Substring(index, fragment.Length), true), new TextRun(text[(index + fragment.Length)..], false) }
            .Where(r => r.Text.Length > 0).ToList();
    }

    public static bool HasMatch(IReadOnlyList<TextRun> runs) => runs.Any(r => r.IsMatch);

    /// <summary>
    /// The runs of a long text cut to the part around its first match, with "…" where text was left out; short texts whole.
    /// </summary>
    public static IReadOnlyList<TextRun> Snippet(IReadOnlyList<TextRun> runs)
    {
        var length = runs.Sum(r => r.Text.Length);
        if (length <= SnippetLength) return runs;
        var offset = 0;
        foreach (var run in runs)
        {
            if (run.IsMatch) break;
            offset += run.Text.Length;
        }

        var start = Math.Max(0, Math.Min(offset - (SnippetLength / 3), length - SnippetLength));
        var end = Math.Min(length, start + SnippetLength);
        var cut = new List<TextRun>();
        if (start > 0) cut.Add(new TextRun("…", false));
        var position = 0;
        foreach (var run in runs)
        {
            var from = Math.Max(start, position);
            var to = Math.Min(end, position + run.Text.Length);
            if (from < to)
            {
                // A marked word is never cut in half: it is kept whole even where it crosses the window's edge.
                cut.Add(run.IsMatch ? run : new TextRun(run.Text[(from - position)..(to - position)], false));
            }

            position += run.Text.Length;
        }

        if (end < length) cut.Add(new TextRun("…", false));
        return cut;
    }

    [GeneratedRegex(@"[\p{L}\p{N}\p{Mn}]+")]
    private static partial Regex WordPattern();
}
