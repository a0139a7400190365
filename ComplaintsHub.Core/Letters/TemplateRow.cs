using ComplaintsHub.Core.Domain;

namespace ComplaintsHub.Core.Letters;

public sealed record TemplateRow(int Id, LetterType Type, int? ProcedureId, string Scope, int Revision, string CreatedBy, DateTime CreatedAt);
