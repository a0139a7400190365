namespace ComplaintsHub.Core.Letters;

/// <summary>A merged letter, or every reason the template could not be merged (never both).</summary>
public sealed record LetterMerge(string? Text, IReadOnlyList<TemplateProblem> Problems)
{
    public bool Merged => Text is not null;
}
