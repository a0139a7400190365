using ComplaintsHub.Core.Calendar;
using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Refusals;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsHub.Core.Learning;

/// <summary>
/// The learning page's reading: the root causes and lessons of upheld and partly upheld responses sent in the period, the
/// Ombudsman decisions that found fault, and the improvement actions they led to, for the service areas the person works
/// in (every area for the complaints team). Free text about cases is for staff: portfolio holders get the figures only.
/// </summary>
public sealed class LessonsQuery(IDbContextFactory<ComplaintsDbContext> dbFactory, TimeProvider clock)
{
    /// <summary>The most lessons listed at once: a year of a large council's upheld complaints is for the workbook, not a page.</summary>
    public const int MostListed = 500;

    public async Task<LessonsReport> GetAsync(LessonFilter filter, CurrentStaff staff, CancellationToken cancellationToken = default)
    {
        if (!ImprovementActionRights.MayWorkOn(staff)) throw new PermissionDeniedException($"What complaints taught the council is for {StaffRoles.Who(StaffRoles.Managers)}.");
        var (start, end) = (filter.Period.Start, filter.Period.End);
        var today = UkTime.Today(clock);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var scope = await ImprovementActionRights.AreasAsync(db, staff, cancellationToken);
        if (filter.ServiceAreaId is { } chosen && scope is not null && !scope.Contains(chosen))
        {
            throw new PermissionDeniedException("You see the learning of your own service areas only.");
        }

        var search = string.IsNullOrWhiteSpace(filter.Search) ? null : filter.Search.Trim().ToLowerInvariant();
        var stages = db.ComplaintStages.AsNoTracking()
            .Where(s => s.ResponseSentOn >= start && s.ResponseSentOn <= end && (s.Outcome == Outcome.Upheld || s.Outcome == Outcome.PartlyUpheld));
        if (scope is not null) stages = stages.Where(s => scope.Contains(s.ServiceAreaId));
        if (filter.ServiceAreaId is { } stageArea) stages = stages.Where(s => s.ServiceAreaId == stageArea);
        if (filter.CategoryId is { } stageCategory) stages = stages.Where(s => s.CategoryId == stageCategory);
        if (search is not null)
        {
            stages = stages.Where(s => (s.RootCause != null && s.RootCause.ToLower().Contains(search)) || (s.LessonLearnt != null && s.LessonLearnt.ToLower().Contains(search))
                                       || db.Complaints.Any(c => c.Id == s.ComplaintId && c.Reference.ToLower().Contains(search)));
        }

        var lessons = await (from s in stages
                             join c in db.Complaints on s.ComplaintId equals c.Id
                             join a in db.ServiceAreas on s.ServiceAreaId equals a.Id
                             orderby s.ResponseSentOn descending, s.Id descending
                             select new
                             {
                                 s.ComplaintId, c.Reference, Area = a.Name, Category = db.Categories.Where(x => x.Id == s.CategoryId).Select(x => x.Name).FirstOrDefault(),
                                 s.StageNumber, s.Outcome, s.ResponseSentOn, s.RootCause, s.LessonLearnt,
                             }).Take(MostListed).ToListAsync(cancellationToken);

        var enquiries = from e in db.OmbudsmanEnquiries.AsNoTracking()
                        join c in db.Complaints on e.ComplaintId equals c.Id
                        where e.DecidedOn >= start && e.DecidedOn <= end
                              && (e.Decision == OmbudsmanDecision.FaultNoInjustice || e.Decision == OmbudsmanDecision.FaultAndInjustice)
                        select new { Enquiry = e, Case = c };
        if (scope is not null) enquiries = enquiries.Where(x => scope.Contains(x.Case.ServiceAreaId));
        if (filter.ServiceAreaId is { } area) enquiries = enquiries.Where(x => x.Case.ServiceAreaId == area);
        if (filter.CategoryId is { } category) enquiries = enquiries.Where(x => x.Case.CategoryId == category);
        if (search is not null)
        {
            enquiries = enquiries.Where(x => x.Case.Reference.ToLower().Contains(search) || (x.Enquiry.RemedyRecommended != null && x.Enquiry.RemedyRecommended.ToLower().Contains(search)));
        }

        var ombudsman = await (from x in enquiries
                               join a in db.ServiceAreas on x.Case.ServiceAreaId equals a.Id
                               orderby x.Enquiry.DecidedOn descending, x.Enquiry.Id descending
                               select new
                               {
                                   x.Enquiry.Id, ComplaintId = x.Case.Id, x.Case.Reference, Area = a.Name,
                                   Category = db.Categories.Where(k => k.Id == x.Case.CategoryId).Select(k => k.Name).FirstOrDefault(),
                                   x.Enquiry.Body, Decision = x.Enquiry.Decision!.Value, DecidedOn = x.Enquiry.DecidedOn!.Value, x.Enquiry.RemedyRecommended,
                               }).Take(MostListed).ToListAsync(cancellationToken);

        // Where the failings were, counted over every matching response and decision, not only those listed.
        var themeCounts = await (from s in stages
                                 group s by new { s.ServiceAreaId, s.CategoryId } into g
                                 select new { g.Key.ServiceAreaId, g.Key.CategoryId, Upheld = g.Count(s => s.Outcome == Outcome.Upheld), Partly = g.Count(s => s.Outcome == Outcome.PartlyUpheld) })
            .ToListAsync(cancellationToken);
        var faultCounts = await enquiries.GroupBy(x => new { x.Case.ServiceAreaId, x.Case.CategoryId }).Select(g => new { g.Key.ServiceAreaId, g.Key.CategoryId, Count = g.Count() })
            .ToListAsync(cancellationToken);

        // The actions each listed case and decision led to.
        var caseIds = lessons.Select(l => l.ComplaintId).Concat(ombudsman.Select(o => o.ComplaintId)).Distinct().ToList();
        var enquiryIds = ombudsman.Select(o => o.Id).ToList();
        var linked = await (from a in db.ImprovementActions.AsNoTracking()
                            from l in db.ImprovementActionCases.Where(l => l.ImprovementActionId == a.Id).DefaultIfEmpty()
                            where (l != null && caseIds.Contains(l.ComplaintId)) || (a.OmbudsmanEnquiryId != null && enquiryIds.Contains(a.OmbudsmanEnquiryId.Value))
                            select new { a.Id, a.Theme, a.Status, ComplaintId = l == null ? (int?)null : l.ComplaintId, a.OmbudsmanEnquiryId })
            .ToListAsync(cancellationToken);
        IReadOnlyList<LessonAction> ActionsFor(int complaintId, int? enquiryId = null) => linked
            .Where(a => a.ComplaintId == complaintId || (enquiryId is not null && a.OmbudsmanEnquiryId == enquiryId))
            .DistinctBy(a => a.Id).OrderBy(a => a.Id).Select(a => new LessonAction(a.Id, a.Theme, a.Status)).ToList();

        var visibleActions = ImprovementActionsQuery.Visible(db, scope, staff);
        if (filter.ServiceAreaId is { } actionArea) visibleActions = visibleActions.Where(a => a.ServiceAreaId == actionArea);
        var raised = await ImprovementActionsQuery.Rows(db, visibleActions.Where(a => a.RaisedOn >= start && a.RaisedOn <= end), today).ToListAsync(cancellationToken);
        var done = await ImprovementActionsQuery.Rows(db, visibleActions.Where(a => a.Status == ImprovementActionStatus.Done && a.EndedOn >= start && a.EndedOn <= end), today)
            .ToListAsync(cancellationToken);

        var areaNames = await db.ServiceAreas.AsNoTracking().Where(a => scope == null || scope.Contains(a.Id)).Select(a => new { a.Id, a.Name }).ToListAsync(cancellationToken);
        var categoryNames = await db.Categories.AsNoTracking().Select(c => new { c.Id, c.Name }).ToListAsync(cancellationToken);
        var areaName = areaNames.ToDictionary(a => a.Id, a => a.Name);
        var categoryName = categoryNames.ToDictionary(c => c.Id, c => c.Name);
        // Each (area, category) once, with its upheld, partly upheld and Ombudsman fault counts added in.
        var counts = new Dictionary<(int Area, int? Category), (int Upheld, int Partly, int Fault)>();
        foreach (var t in themeCounts)
        {
            var so = counts.GetValueOrDefault((t.ServiceAreaId, t.CategoryId));
            counts[(t.ServiceAreaId, t.CategoryId)] = (so.Upheld + t.Upheld, so.Partly + t.Partly, so.Fault);
        }

        foreach (var f in faultCounts)
        {
            var so = counts.GetValueOrDefault((f.ServiceAreaId, f.CategoryId));
            counts[(f.ServiceAreaId, f.CategoryId)] = (so.Upheld, so.Partly, so.Fault + f.Count);
        }

        var themes = counts
            .Select(x => new LessonTheme(areaName.GetValueOrDefault(x.Key.Area, ""), x.Key.Category is { } k ? categoryName.GetValueOrDefault(k) : null,
                x.Value.Upheld, x.Value.Partly, x.Value.Fault))
            .OrderByDescending(t => t.Total).ThenBy(t => t.ServiceArea, StringComparer.OrdinalIgnoreCase).ThenBy(t => t.Category ?? "", StringComparer.OrdinalIgnoreCase)
            .ToList();

        return new LessonsReport(filter.Period, themes,
            lessons.Select(l => new LessonRow(l.Reference, l.Area, l.Category, l.StageNumber, l.Outcome!.Value, l.ResponseSentOn!.Value, l.RootCause, l.LessonLearnt, ActionsFor(l.ComplaintId))).ToList(),
            ombudsman.Select(o => new OmbudsmanLessonRow(o.Reference, o.Area, o.Category, o.Body, o.Decision, o.DecidedOn, o.RemedyRecommended, ActionsFor(o.ComplaintId, o.Id))).ToList(),
            raised.OrderBy(r => r.ServiceArea, StringComparer.OrdinalIgnoreCase).ThenBy(r => r.Id).ToList(),
            done.OrderBy(r => r.ServiceArea, StringComparer.OrdinalIgnoreCase).ThenBy(r => r.Id).ToList(),
            areaNames.OrderBy(a => a.Name, StringComparer.OrdinalIgnoreCase).Select(a => (a.Id, a.Name)).ToList(),
            categoryNames.OrderBy(c => c.Name, StringComparer.OrdinalIgnoreCase).Select(c => (c.Id, c.Name)).ToList());
    }
}
