namespace ComplaintsHub.Core.Domain;

public sealed record LetterPoint(string Issue, string Decision, string Reasons);
