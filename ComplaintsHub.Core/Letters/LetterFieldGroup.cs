namespace ComplaintsHub.Core.Letters;

/// <summary>Merge fields under one plain-English heading, for the template editor's field picker.</summary>
public sealed record LetterFieldGroup(string Name, IReadOnlyList<LetterField> Fields);
