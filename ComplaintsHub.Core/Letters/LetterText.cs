namespace ComplaintsHub.Core.Letters;

/// <summary>
/// The shape of a merged letter, read one way for both the Word document and the on-screen preview: "# " and "## "
/// start headings, "- " a bullet, a blank line ends a paragraph.
/// </summary>
public static class LetterText
{
    public static IEnumerable<LetterBlock> Parse(string text)
    {
        var lines = new List<string>();
        foreach (var raw in text.Replace("\r\n", "\n").Split('\n'))
        {
            var line = raw.TrimEnd();
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

        if (lines.Count > 0) yield return new LetterBlock(LetterBlockKind.Paragraph, lines.ToList());
    }
}
