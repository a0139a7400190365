using ComplaintsHub.Core.Domain;

namespace ComplaintsHub.Core.Letters;

public sealed record LetterDraftView(int Id, int ComplaintId, string Reference, LetterType Type, int StageNumber, int TemplateRevision, string Text,
    LetterDecision? Decision, string CreatedBy, DateTime UpdatedAt, Guid Version, bool LargePrint, string AddressedTo, Guid CaseVersion, bool NeedsAgreedResponseDate);
