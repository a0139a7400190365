using ComplaintsHub.Core.Calendar;
using ComplaintsHub.Core.Cases;
using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Services;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsHub.Core.Queries;

/// <summary>The "My work" summary: the open cases allocated to one person, soonest deadline first.</summary>
public sealed class MyWorkQuery(IDbContextFactory<ComplaintsDbContext> dbFactory, CalendarService calendars, TimeProvider clock)
{
    /// <summary>
    /// Team leaders and heads of service allocate their areas' new cases, so their summary counts those still waiting;
    /// the complaints team sees every area's queue in the case list instead.
    /// </summary>
    public static bool CountsUnallocated(CurrentStaff staff) => staff.Has(StaffRole.TeamLeader) || staff.Has(StaffRole.HeadOfService);

    public async Task<MyWork> GetAsync(CurrentStaff staff, CancellationToken cancellationToken = default)
    {
        var calendar = await calendars.GetAsync(cancellationToken);
        var today = UkTime.Today(clock);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rows = await db.Complaints.AsNoTracking()
            .Where(CaseFilters.Open).Where(c => c.AllocatedOfficerId == staff.StaffUserId)
            .OrderBy(c => c.NextDueDate == null).ThenBy(c => c.NextDueDate).ThenBy(c => c.Reference)
            .Select(c => new
            {
                c.Id, c.Reference, c.Classification, c.ReceivedOn,
                ServiceArea = c.ServiceArea!.Name, Subject = c.Subject == null ? null : c.Subject.Name,
                c.CurrentStage, c.Status, c.NextDueDate, c.NextDueKind, c.ComplainantId,
            })
            .ToListAsync(cancellationToken);
        var flags = await RiskFlagKindsQuery.ByCaseAsync(db, rows.Select(r => (r.Id, r.ComplainantId)).ToList(), cancellationToken);

        var cases = rows.Select(r => new MyCaseRow(r.Id, r.Reference, r.Classification, r.ReceivedOn, r.ServiceArea, r.Subject, r.CurrentStage, r.Status,
                r.NextDueDate, r.NextDueKind, r.NextDueDate is { } due ? calendar.DueStatusOf(due, today) : null, flags.GetValueOrDefault(r.Id, [])))
            .ToList();

        var unallocated = 0;
        if (CountsUnallocated(staff))
        {
            unallocated = await db.Complaints.AsNoTracking()
                .Where(CaseFilters.Open).Where(c => c.AllocatedOfficerId == null)
                .Where(c => db.StaffUsers.Where(s => s.Id == staff.StaffUserId).SelectMany(s => s.ServiceAreas).Any(a => a.Id == c.ServiceAreaId))
                .CountAsync(cancellationToken);
        }

        var visible = (await CaseVisibility.OfAsync(db, staff, cancellationToken)).Apply(db.Complaints.AsNoTracking());
        var promised = await PromisedActionRows.Of(db, visible, today, ownerId: staff.StaffUserId).ToListAsync(cancellationToken);

        return new MyWork(cases,
            cases.Count(c => c.DueStatus == DueStatus.OnTrack),
            cases.Count(c => c.DueStatus == DueStatus.DueSoon),
            cases.Count(c => c.DueStatus == DueStatus.Overdue),
            unallocated)
        {
            PromisedActions = promised,
        };
    }
}
