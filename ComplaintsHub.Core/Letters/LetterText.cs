namespace ComplaintsHub.Core.Letters;

/// <summary>
/// The shape of a merged letter, read one way for both the Word document and the on-screen preview: "# " and "## "
/// start headings, "- " a bullet, consecutive lines starting "|" a table (the first row its header), a blank line ends
/// a paragraph. Everything from the last paragraph starting "Yours sincerely" or "Yours faithfully" is the sign-off.
/// </summary>
public static class LetterText
{
    private static readonly string[] SignOffs = ["Yours sincerely", "Yours faithfully"];

    public static IEnumerable<LetterBlock> Parse(string text)
    {
        var blocks = Blocks(text).ToList();
        var signOff = blocks.FindLastIndex(b => b.Kind == LetterBlockKind.Paragraph && SignOffs.Any(s => b.Lines[0].StartsWith(s, StringComparison.OrdinalIgnoreCase)));
        if (signOff < 0) return blocks;
        return blocks.Select((block, i) => i >= signOff ? block with { SignOff = true } : block).ToList();
    }

    private static IEnumerable<LetterBlock> Blocks(string text)
    {
        var lines = new List<string>();
        var rows = new List<string>();
        foreach (var raw in text.Replace("\r\n", "\n").Split('\n'))
        {
            var line = raw.TrimEnd();
            if (line.TrimStart().StartsWith('|'))
            {
                if (lines.Count > 0) yield return new LetterBlock(LetterBlockKind.Paragraph, lines.ToList());
                lines.Clear();
                // A Markdown-style rule under the header ("|---|---|") only draws a line, which the table has anyway.
                if (!IsRule(line)) rows.Add(line.Trim());
                continue;
            }

            if (rows.Count > 0) yield return new LetterBlock(LetterBlockKind.Table, rows.ToList());
            rows.Clear();
            LetterBlockKind? kind = line.StartsWith("## ", StringComparison.Ordinal) ? LetterBlockKind.Subheading
                : line.StartsWith("# ", StringComparison.Ordinal) ? LetterBlockKind.Heading
                : line.StartsWith("- ", StringComparison.Ordinal) ? LetterBlockKind.Bullet
                : null;
            if (kind is null && line.Length > 0)
            {
                lines.Add(line.Trim());
                continue;
            }

            if (lines.Count > 0) yield return new LetterBlock(LetterBlockKind.Paragraph, lines.ToList());
            lines.Clear();
            if (kind is { } k) yield return new LetterBlock(k, [line[(line.IndexOf(' ') + 1)..].Trim()]);
        }

        if (rows.Count > 0) yield return new LetterBlock(LetterBlockKind.Table, rows.ToList());
        if (lines.Count > 0) yield return new LetterBlock(LetterBlockKind.Paragraph, lines.ToList());
    }

    private static bool IsRule(string row) =>
        row.Trim().Trim('|').Split('|').All(cell => cell.Trim() is { Length: > 0 } c && c.Trim(':').Length > 0 && c.Trim(':').All(ch => ch == '-'));
}
