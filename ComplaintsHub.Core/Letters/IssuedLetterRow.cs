using ComplaintsHub.Core.Domain;

namespace ComplaintsHub.Core.Letters;

public sealed record IssuedLetterRow(int Id, LetterType Type, int StageNumber, int TemplateRevision, string FileName, string IssuedBy, DateTime IssuedAt, bool LargePrint);
