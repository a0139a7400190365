using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsHub.Core.Learning;

/// <summary>
/// Who may own an improvement action: an active head of service or team leader of its service area, the people who can
/// change how that service works. Written once for the forms' choice and the services' check.
/// </summary>
public static class ImprovementActionOwners
{
    public static readonly IReadOnlySet<StaffRole> Roles = new HashSet<StaffRole> { StaffRole.HeadOfService, StaffRole.TeamLeader };

    public static IQueryable<StaffUser> For(ComplaintsDbContext db, int serviceAreaId)
    {
        var roles = Roles.ToList();
        return db.StaffUsers.AsNoTracking().Where(s => s.IsActive && s.Roles.Any(r => roles.Contains(r.Role)) && s.ServiceAreas.Any(a => a.Id == serviceAreaId));
    }

    internal static async Task<string> RefusalAsync(ComplaintsDbContext db, int serviceAreaId, CancellationToken cancellationToken)
    {
        var area = await db.ServiceAreas.Where(a => a.Id == serviceAreaId).Select(a => a.Name).SingleOrDefaultAsync(cancellationToken) ?? "the service area";
        return $"Choose a head of service or team leader of {area}: they answer for changes to how it works.";
    }
}
