using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Refusals;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsHub.Core.Services;

public sealed record StaffSignIn(Guid StaffUserId, string DisplayName, bool IsActive, IReadOnlyList<StaffRole> Roles);
