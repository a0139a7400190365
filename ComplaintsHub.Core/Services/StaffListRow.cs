using ComplaintsHub.Core.Domain;

namespace ComplaintsHub.Core.Services;

/// <param name="Expected">Added by the complaints team and not signed in yet: roles arrive from Entra at the first sign-in.</param>
public sealed record StaffListRow(Guid Id, string DisplayName, string Email, string? JobTitle, string? Team, bool IsActive, IReadOnlyList<StaffRole> Roles, IReadOnlyList<string> ServiceAreas,
    DateTime? LastSignedInAt, Guid Version, bool Expected, IReadOnlyList<int> ServiceAreaIds, int? TeamId);
