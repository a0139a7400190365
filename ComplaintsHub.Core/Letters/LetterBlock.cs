namespace ComplaintsHub.Core.Letters;

/// <summary>
/// One block of a letter: a heading, a bullet, a paragraph whose lines keep their breaks (an address), or a table whose
/// lines are its rows (the first the header). <see cref="SignOff"/> marks the blocks from "Yours sincerely" (or
/// "Yours faithfully") to the end, which are kept together on one page.
/// </summary>
public sealed record LetterBlock(LetterBlockKind Kind, IReadOnlyList<string> Lines)
{
    public string Text => string.Join(" ", Lines);

    public bool SignOff { get; init; }

    /// <summary>A table's rows, each cut into its cells at "|" and trimmed; the first row is the header.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Rows => Kind == LetterBlockKind.Table ? Lines.Select(Cells).ToList() : [];

    private static IReadOnlyList<string> Cells(string row)
    {
        var inner = row.Trim();
        inner = inner[1..];
        if (inner.EndsWith('|')) inner = inner[..^1];
        return inner.Split('|').Select(cell => cell.Trim()).ToList();
    }
}
