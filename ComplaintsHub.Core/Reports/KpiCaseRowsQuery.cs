using ComplaintsHub.Core.Calendar;
using ComplaintsHub.Core.Cases;
using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Records;
using ComplaintsHub.Core.Refusals;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsHub.Core.Reports;

public sealed class KpiCaseRowsQuery(IDbContextFactory<ComplaintsDbContext> dbFactory, AccessLog accessLog)
{
    /// <summary>
    /// Streams the rows without holding them in memory: the stages opened in the period (in the order opened), then
    /// those answered in it but opened before it. Names come from small look-ups here rather than a join per row.
    /// </summary>
    public async IAsyncEnumerable<KpiCaseRow> ListAsync(KpiFilter filter, CurrentStaff staff, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        if (!staff.IsCaseworker) throw new PermissionDeniedException("Case-level figures are for council staff: councillors see aggregates only.");
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var scope = await KpiQuery.ScopeAsync(db, filter, staff, cancellationToken);
        // One line per export, not per case: the rows carry references and dates, never a person's details.
        await accessLog.RecordAsync(staff, PersonalDataPurpose.ExportedCaseRows, null, null, null, $"Case rows of {filter.Period.Label}", cancellationToken);
        var names = await KpiQuery.ReferenceNamesAsync(db, scope, cancellationToken);
        var areas = names.Areas.ToDictionary(a => a.Id, a => a.Name);
        var (subjects, categories) = (names.Subjects, names.Categories);
        var procedures = names.Procedures.ToDictionary(p => p.Id, p => p.Name);
        var officers = await db.StaffUsers.AsNoTracking().ToDictionaryAsync(a => a.Id, a => a.DisplayName, cancellationToken);
        var (start, end) = (filter.Period.Start, filter.Period.End);
        // The figures may cover every area (a head of service sees the council's), but the rows are cases: only those the person may open.
        var cases = (await CaseVisibility.OfAsync(db, staff, cancellationToken)).Apply(db.Complaints.AsNoTracking());
        var stages = KpiQuery.InScope(db.ComplaintStages.AsNoTracking(), filter, scope);
        var counted = stages.Where(s => s.OpenedOn >= start && s.OpenedOn <= end)
            .Concat(stages.Where(s => s.ResponseSentOn >= start && s.ResponseSentOn <= end && s.OpenedOn < start));
        var rows = from s in counted
                   join c in cases on s.ComplaintId equals c.Id
                   select new
                   {
                       c.Reference, s.ServiceAreaId, s.SubjectId, s.CategoryId, s.ProcedureId, s.StageNumber, s.OpenedOn, s.AcknowledgedAt, s.ResponseDue,
                       s.ExtendedByWorkingDays, s.ResponseSentOn, s.WorkingDaysToRespond, s.WorkingDaysLate, s.Outcome, c.Status, c.AllocatedOfficerId,
                   };
        await foreach (var r in rows.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            yield return new KpiCaseRow(r.Reference, areas.GetValueOrDefault(r.ServiceAreaId, ""), r.SubjectId is { } subject ? subjects.GetValueOrDefault(subject) : null,
                r.CategoryId is { } category ? categories.GetValueOrDefault(category) : null, procedures.GetValueOrDefault(r.ProcedureId, ""), r.StageNumber, r.OpenedOn,
                r.AcknowledgedAt is { } acknowledged ? UkTime.DateOf(acknowledged) : null, r.ResponseDue, r.ExtendedByWorkingDays, r.ResponseSentOn,
                r.WorkingDaysToRespond, r.WorkingDaysLate, r.Outcome, r.Status, r.AllocatedOfficerId is { } officer ? officers.GetValueOrDefault(officer) : null);
        }
    }
}
