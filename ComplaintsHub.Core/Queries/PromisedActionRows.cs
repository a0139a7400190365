using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.Domain;

namespace ComplaintsHub.Core.Queries;

/// <summary>The open promised actions on the cases given, as list rows, soonest first: one query shape for "My work" and the team leaders' list.</summary>
internal static class PromisedActionRows
{
    public static IQueryable<PromisedActionRow> Of(ComplaintsDbContext db, IQueryable<Complaint> visibleCases, DateOnly today,
        Guid? ownerId = null, int? serviceAreaId = null, bool overdueOnly = false)
    {
        var open = db.PromisedActions.Where(a => a.Status == PromisedActionStatus.Open);
        if (ownerId is { } owner) open = open.Where(a => a.OwnerId == owner);
        if (overdueOnly) open = open.Where(a => a.DueDate < today);
        if (serviceAreaId is { } area) visibleCases = visibleCases.Where(c => c.ServiceAreaId == area);
        return from a in open
               join c in visibleCases on a.ComplaintId equals c.Id
               join person in db.StaffUsers on a.OwnerId equals person.Id
               orderby a.DueDate, c.Reference, a.Id
               select new PromisedActionRow(a.Id, c.Id, c.Reference, c.ServiceArea!.Name, a.StageNumber, a.What, a.DueDate, a.OwnerId, person.DisplayName, a.DueDate < today);
    }
}
