namespace ComplaintsHub.Core.Letters;

/// <summary>One section a letter must contain, and which of its fields a template still lacks.</summary>
public sealed record LetterSectionCheck(string Section, string? Guidance, IReadOnlyList<string> Fields, IReadOnlyList<string> Missing)
{
    public bool Present => Missing.Count == 0;
}
