using ComplaintsHub.Core.Calendar;
using ComplaintsHub.Core.Cases;
using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Refusals;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsHub.Core.Queries;

/// <summary>
/// The team leaders' list: every open promised action on the cases a manager sees (a team leader's or head of service's
/// areas, every area for the complaints team), soonest first, so that promises made in responses are chased to done.
/// </summary>
public sealed class PromisedActionsQuery(IDbContextFactory<ComplaintsDbContext> dbFactory, TimeProvider clock)
{
    public static bool MayList(CurrentStaff staff) => staff.Roles.Overlaps(StaffRoles.Managers);

    public async Task<PromisedActionList> GetAsync(PromisedActionFilter filter, CurrentStaff staff, CancellationToken cancellationToken = default)
    {
        if (!MayList(staff)) throw new PermissionDeniedException($"The promised actions list is for {StaffRoles.Who(StaffRoles.Managers)}.");
        var today = UkTime.Today(clock);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var visible = (await CaseVisibility.OfAsync(db, staff, cancellationToken)).Apply(db.Complaints.AsNoTracking());
        var rows = await PromisedActionRows.Of(db, visible, today, filter.OwnerId, filter.ServiceAreaId, filter.OverdueOnly).ToListAsync(cancellationToken);
        // The choices come from every open action the person sees, so a filter never hides the way back.
        var open = from a in db.PromisedActions
                   where a.Status == PromisedActionStatus.Open
                   join c in visible on a.ComplaintId equals c.Id
                   select new { a.OwnerId, c.ServiceAreaId };
        var owners = await db.StaffUsers.Where(s => open.Any(o => o.OwnerId == s.Id)).Select(s => new { s.Id, s.DisplayName }).ToListAsync(cancellationToken);
        var areas = await db.ServiceAreas.Where(x => open.Any(o => o.ServiceAreaId == x.Id)).Select(x => new { x.Id, x.Name }).ToListAsync(cancellationToken);
        return new PromisedActionList(rows,
            owners.OrderBy(o => o.DisplayName, StringComparer.OrdinalIgnoreCase).ThenBy(o => o.Id).Select(o => (o.Id, o.DisplayName)).ToList(),
            areas.OrderBy(a => a.Name, StringComparer.OrdinalIgnoreCase).ThenBy(a => a.Id).Select(a => (a.Id, a.Name)).ToList());
    }
}
