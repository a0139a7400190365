using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsHub.Core.Cases;

internal static class CaseLoading
{
    /// <summary>The aggregate with everything its rules need.</summary>
    public static IQueryable<Complaint> Aggregate(ComplaintsDbContext db) =>
        db.Complaints.Include(c => c.Procedure).ThenInclude(p => p.Stages)
            .Include(c => c.Stages).ThenInclude(s => s.Extensions)
            .Include(c => c.OmbudsmanEnquiries)
            .Include(c => c.PromisedActions)
            .Include(c => c.Timeline);

    public static async Task<IReadOnlyCollection<int>> AreasOfAsync(ComplaintsDbContext db, CurrentStaff staff, CancellationToken cancellationToken) =>
        await db.StaffUsers.Where(s => s.Id == staff.StaffUserId).SelectMany(s => s.ServiceAreas.Select(a => a.Id)).ToListAsync(cancellationToken);
}
