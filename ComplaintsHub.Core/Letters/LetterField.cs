namespace ComplaintsHub.Core.Letters;

public sealed record LetterField(string Path, string Description, string Example);
