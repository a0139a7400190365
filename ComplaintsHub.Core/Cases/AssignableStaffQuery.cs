using ComplaintsHub.Core.Calendar;
using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsHub.Core.Cases;

/// <summary>Who a case or a stage can be given to, with their current load, for the allocate and assign forms.</summary>
public sealed class AssignableStaffQuery(IDbContextFactory<ComplaintsDbContext> dbFactory, TimeProvider clock)
{
    /// <summary>Heads of service who may take a Stage 2 in this service area.</summary>
    public async Task<IReadOnlyList<OfficerChoice>> HeadsOfServiceForAsync(int serviceAreaId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.StaffUsers.AsNoTracking()
            .Where(s => s.IsActive && s.ServiceAreas.Any(a => a.Id == serviceAreaId) && s.Roles.Any(r => r.Role == StaffRole.HeadOfService))
            .OrderBy(s => s.DisplayName)
            .Select(s => new OfficerChoice(s.Id, s.DisplayName, db.ComplaintStages.Count(st => st.AssignedToId == s.Id && st.ResponseSentAt == null), 0))
            .ToListAsync(cancellationToken);
    }

    /// <summary>The people a case can be allocated to: active officers and team leaders of its service area, with their current load.</summary>
    public async Task<IReadOnlyList<OfficerChoice>> OfficersForAsync(int serviceAreaId, CancellationToken cancellationToken = default)
    {
        var today = UkTime.Today(clock);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var allocatable = StaffRoles.Allocatable.ToList();
        return await db.StaffUsers.AsNoTracking()
            .Where(s => s.IsActive && s.ServiceAreas.Any(a => a.Id == serviceAreaId) && s.Roles.Any(r => allocatable.Contains(r.Role)))
            .OrderBy(s => s.DisplayName)
            .Select(s => new OfficerChoice(s.Id, s.DisplayName,
                db.Complaints.Where(CaseFilters.Open).Count(c => c.AllocatedOfficerId == s.Id),
                db.Complaints.Where(CaseFilters.Open).Count(c => c.AllocatedOfficerId == s.Id && c.NextDueDate < today)))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Who may own a promised action on a case (<see cref="PromisedActionOwners"/>), with how many open actions each already owns.</summary>
    public async Task<IReadOnlyList<OfficerChoice>> ActionOwnersForAsync(int serviceAreaId, Guid? allocatedOfficerId, CancellationToken cancellationToken = default)
    {
        var today = UkTime.Today(clock);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await PromisedActionOwners.For(db, serviceAreaId, allocatedOfficerId)
            .OrderBy(s => s.DisplayName).ThenBy(s => s.Id)
            .Select(s => new OfficerChoice(s.Id, s.DisplayName,
                db.PromisedActions.Count(a => a.OwnerId == s.Id && a.Status == PromisedActionStatus.Open),
                db.PromisedActions.Count(a => a.OwnerId == s.Id && a.Status == PromisedActionStatus.Open && a.DueDate < today)))
            .ToListAsync(cancellationToken);
    }
}
