using ComplaintsHub.Core.Domain;

namespace ComplaintsHub.Core.Services;

public sealed record StaffListRow(Guid Id, string DisplayName, string Email, string? JobTitle, string? Team, bool IsActive, IReadOnlyList<StaffRole> Roles, IReadOnlyList<string> ServiceAreas, DateTime? LastSignedInAt, Guid Version);
