using ComplaintsHub.Core.Domain;

namespace ComplaintsHub.Core.Services;

public sealed record StaffSignIn(Guid StaffUserId, string DisplayName, bool IsActive, IReadOnlyList<StaffRole> Roles);
