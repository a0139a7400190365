using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Refusals;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsHub.Core.Cases;

/// <summary>
/// Who may own a promised action on a case: active staff who handle cases and may act on this one (its service area's
/// staff, its officer, the complaints team). Written once for the forms' choice and the command's check.
/// </summary>
public static class PromisedActionOwners
{
    public static IQueryable<StaffUser> For(ComplaintsDbContext db, int serviceAreaId, Guid? allocatedOfficerId)
    {
        var caseworkers = StaffRoles.Caseworkers.ToList();
        return db.StaffUsers.AsNoTracking().Where(s => s.IsActive && s.Roles.Any(r => caseworkers.Contains(r.Role))
            && (s.ServiceAreas.Any(a => a.Id == serviceAreaId) || s.Id == allocatedOfficerId || s.Roles.Any(r => r.Role == StaffRole.ComplaintsAdmin)));
    }

    /// <summary>Each owner's name, refusing an owner who may not act on the case.</summary>
    public static async Task<IReadOnlyList<PromisedActionTerms>> NamedAsync(ComplaintsDbContext db, Complaint complaint, IReadOnlyList<PromisedActionTerms> promised,
        CancellationToken cancellationToken)
    {
        if (promised.Count == 0) return promised;
        var ids = promised.Select(p => p.OwnerId).Distinct().ToList();
        var names = await For(db, complaint.ServiceAreaId, complaint.AllocatedOfficerId).Where(s => ids.Contains(s.Id))
            .ToDictionaryAsync(s => s.Id, s => s.DisplayName, cancellationToken);
        if (promised.FirstOrDefault(p => !names.ContainsKey(p.OwnerId)) is { } refused)
        {
            var area = await db.ServiceAreas.Where(a => a.Id == complaint.ServiceAreaId).Select(a => a.Name).SingleAsync(cancellationToken);
            throw new DomainException($"The owner chosen for “{refused.What.Trim()}” cannot act on this case: choose someone in {area} or the complaints team.");
        }

        return promised.Select(p => p with { OwnerName = names[p.OwnerId] }).ToList();
    }
}
