using ComplaintsHub.Core.Domain;

namespace ComplaintsHub.Core.Queries;

public sealed record PersonalDataAccessRow(
    DateTime AccessedAt, string StaffName, int? ComplainantId, string? ComplainantName, PersonalDataPurpose Purpose, string Reason, string? CaseReference, string? What);
