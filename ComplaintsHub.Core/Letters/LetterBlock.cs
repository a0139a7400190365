namespace ComplaintsHub.Core.Letters;

/// <summary>One block of a letter: a heading, a bullet, or a paragraph whose lines keep their breaks (an address).</summary>
public sealed record LetterBlock(LetterBlockKind Kind, IReadOnlyList<string> Lines)
{
    public string Text => string.Join(" ", Lines);
}
