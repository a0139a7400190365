using ComplaintsHub.Core.Domain;

namespace ComplaintsHub.Core.Letters;

public sealed record CaseLetters(IReadOnlyList<IssuedLetterRow> Issued, IReadOnlyList<(int Id, LetterType Type, string CreatedBy, DateTime UpdatedAt, Guid Version)> Drafts, IReadOnlyList<LetterType> CanWrite);
