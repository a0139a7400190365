using ComplaintsHub.Core.Cases;
using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.Domain;

namespace ComplaintsHub.Core.Learning;

/// <summary>
/// Who may raise, see and change improvement actions: the complaints team everywhere, heads of service and team leaders
/// in their own service areas, and an action's owner wherever they now sit. Written once for the lists, the forms and
/// the services' server-side checks.
/// </summary>
public static class ImprovementActionRights
{
    public static bool MayWorkOn(CurrentStaff staff) => staff.Roles.Overlaps(StaffRoles.Managers);

    public static string Refusal => $"Improvement actions are raised and followed by {StaffRoles.Who(StaffRoles.Managers)}.";

    /// <summary>The service areas the person works on actions in: null for every area (the complaints team).</summary>
    internal static async Task<IReadOnlyCollection<int>?> AreasAsync(ComplaintsDbContext db, CurrentStaff staff, CancellationToken cancellationToken) =>
        staff.Has(StaffRole.ComplaintsAdmin) ? null : await CaseLoading.AreasOfAsync(db, staff, cancellationToken);

    internal static bool MayChange(IReadOnlyCollection<int>? areas, CurrentStaff staff, int serviceAreaId, Guid ownerId) =>
        areas is null || areas.Contains(serviceAreaId) || ownerId == staff.StaffUserId;
}
