using ComplaintsHub.Core.Calendar;
using ComplaintsHub.Core.Cases;
using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Refusals;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsHub.Core.Learning;

/// <summary>
/// Improvement actions as the lists and pages read them: a head of service's or team leader's own service areas (and any
/// they own elsewhere), every area for the complaints team; open first, soonest due first.
/// </summary>
public sealed class ImprovementActionsQuery(IDbContextFactory<ComplaintsDbContext> dbFactory, TimeProvider clock)
{
    public async Task<ImprovementActionList> ListAsync(ImprovementActionFilter filter, CurrentStaff staff, CancellationToken cancellationToken = default)
    {
        if (!ImprovementActionRights.MayWorkOn(staff)) throw new PermissionDeniedException(ImprovementActionRights.Refusal);
        var today = UkTime.Today(clock);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var visible = Visible(db, await ImprovementActionRights.AreasAsync(db, staff, cancellationToken), staff);
        var rows = visible;
        if (filter.ServiceAreaId is { } area) rows = rows.Where(a => a.ServiceAreaId == area);
        if (!filter.IncludeEnded) rows = rows.Where(a => ImprovementAction.OpenStatuses.Contains(a.Status));
        if (filter.OverdueOnly) rows = rows.Where(a => ImprovementAction.OpenStatuses.Contains(a.Status) && a.DueDate < today);
        var list = await Rows(db, rows, today).ToListAsync(cancellationToken);
        // The choice offers every area the person has actions in, so a filter never hides the way back.
        var areas = await db.ServiceAreas.AsNoTracking().Where(x => visible.Any(a => a.ServiceAreaId == x.Id)).Select(x => new { x.Id, x.Name }).ToListAsync(cancellationToken);
        return new ImprovementActionList(
            list.OrderBy(r => r.Status is ImprovementActionStatus.Done or ImprovementActionStatus.Dropped).ThenBy(r => r.ServiceArea, StringComparer.OrdinalIgnoreCase)
                .ThenBy(r => r.DueDate).ThenBy(r => r.Id).ToList(),
            areas.OrderBy(a => a.Name, StringComparer.OrdinalIgnoreCase).Select(a => (a.Id, a.Name)).ToList());
    }

    /// <summary>The actions raised from one case, for its page: null when the person does not work on improvement actions.</summary>
    public async Task<IReadOnlyList<ImprovementActionRow>?> ForCaseAsync(int caseId, CurrentStaff staff, CancellationToken cancellationToken = default)
    {
        if (!ImprovementActionRights.MayWorkOn(staff)) return null;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!await CaseVisibility.SeesCaseAsync(db, staff, caseId, cancellationToken)) throw new PermissionDeniedException("You do not have access to this case.");
        var actions = db.ImprovementActions.AsNoTracking().Where(a => db.ImprovementActionCases.Any(l => l.ImprovementActionId == a.Id && l.ComplaintId == caseId));
        var rows = await Rows(db, actions, UkTime.Today(clock)).ToListAsync(cancellationToken);
        return rows.OrderBy(r => r.DueDate).ThenBy(r => r.Id).ToList();
    }

    public async Task<ImprovementActionDetails> GetAsync(int id, CurrentStaff staff, CancellationToken cancellationToken = default)
    {
        if (!ImprovementActionRights.MayWorkOn(staff)) throw new PermissionDeniedException(ImprovementActionRights.Refusal);
        var today = UkTime.Today(clock);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var areas = await ImprovementActionRights.AreasAsync(db, staff, cancellationToken);
        var action = await Visible(db, areas, staff).Where(a => a.Id == id)
            .Select(a => new
            {
                a.Id, a.Version, a.Theme, a.Description, a.ServiceAreaId,
                ServiceArea = db.ServiceAreas.Where(x => x.Id == a.ServiceAreaId).Select(x => x.Name).Single(),
                a.OwnerId,
                Owner = db.StaffUsers.Where(s => s.Id == a.OwnerId).Select(s => s.DisplayName).Single(),
                a.DueDate, a.Status, a.Source,
                Ombudsman = db.OmbudsmanEnquiries.Where(e => e.Id == a.OmbudsmanEnquiryId).Select(e => e.Body).FirstOrDefault(),
                a.RaisedOn, a.EndedOn, a.EndNote,
            })
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new DomainException("There is no such improvement action, or it belongs to a service area you do not work in.");
        var cases = await db.ImprovementActionCases.AsNoTracking().Where(l => l.ImprovementActionId == id)
            .Join(db.Complaints, l => l.ComplaintId, c => c.Id, (l, c) => new { c.Reference, Area = db.ServiceAreas.Where(x => x.Id == c.ServiceAreaId).Select(x => x.Name).Single() })
            .OrderBy(c => c.Reference).ToListAsync(cancellationToken);
        var history = await db.ImprovementActionEvents.AsNoTracking().Where(e => e.ImprovementActionId == id).OrderBy(e => e.OccurredAt).ThenBy(e => e.Id)
            .Select(e => new ImprovementActionHistoryLine(e.OccurredAt, e.ActorName, e.Summary)).ToListAsync(cancellationToken);
        var open = ImprovementAction.OpenStatuses.Contains(action.Status);
        return new ImprovementActionDetails(action.Id, action.Version, action.Theme, action.Description, action.ServiceAreaId, action.ServiceArea, action.OwnerId, action.Owner,
            action.DueDate, action.Status, open && action.DueDate < today, action.Source, action.Ombudsman, action.RaisedOn, action.EndedOn, action.EndNote,
            cases.Select(c => new ImprovementActionCaseLink(c.Reference, c.Area)).ToList(), history,
            ImprovementActionRights.MayChange(areas, staff, action.ServiceAreaId, action.OwnerId));
    }

    /// <summary>The service areas the person may raise an action for, in name order.</summary>
    public async Task<IReadOnlyList<(int Id, string Name)>> AreaChoicesAsync(CurrentStaff staff, CancellationToken cancellationToken = default)
    {
        if (!ImprovementActionRights.MayWorkOn(staff)) return [];
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var areas = await ImprovementActionRights.AreasAsync(db, staff, cancellationToken);
        var named = await db.ServiceAreas.AsNoTracking().Where(a => a.IsActive && (areas == null || areas.Contains(a.Id))).Select(a => new { a.Id, a.Name }).ToListAsync(cancellationToken);
        return named.OrderBy(a => a.Name, StringComparer.OrdinalIgnoreCase).Select(a => (a.Id, a.Name)).ToList();
    }

    /// <summary>Who may own an action in the area, in name order.</summary>
    public async Task<IReadOnlyList<(Guid Id, string Name)>> OwnerChoicesAsync(int serviceAreaId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var owners = await ImprovementActionOwners.For(db, serviceAreaId).Select(s => new { s.Id, s.DisplayName }).ToListAsync(cancellationToken);
        return owners.OrderBy(o => o.DisplayName, StringComparer.OrdinalIgnoreCase).ThenBy(o => o.Id).Select(o => (o.Id, o.DisplayName)).ToList();
    }

    /// <summary>The actions the person sees: those of <paramref name="areas"/> (every one when null) and any they own.</summary>
    internal static IQueryable<ImprovementAction> Visible(ComplaintsDbContext db, IReadOnlyCollection<int>? areas, CurrentStaff staff)
    {
        var me = staff.StaffUserId;
        var actions = db.ImprovementActions.AsNoTracking();
        return areas is null ? actions : actions.Where(a => areas.Contains(a.ServiceAreaId) || a.OwnerId == me);
    }

    internal static IQueryable<ImprovementActionRow> Rows(ComplaintsDbContext db, IQueryable<ImprovementAction> actions, DateOnly today) =>
        from a in actions
        join area in db.ServiceAreas on a.ServiceAreaId equals area.Id
        join owner in db.StaffUsers on a.OwnerId equals owner.Id
        select new ImprovementActionRow(a.Id, a.Theme, a.ServiceAreaId, area.Name, owner.DisplayName, a.DueDate, a.Status,
            ImprovementAction.OpenStatuses.Contains(a.Status) && a.DueDate < today,
            a.Source, db.ImprovementActionCases.Count(l => l.ImprovementActionId == a.Id), a.EndedOn);
}
