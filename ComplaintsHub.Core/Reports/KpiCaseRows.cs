using ComplaintsHub.Core.Calendar;
using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Services;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsHub.Core.Reports;

/// <summary>
/// One complaint stage counted in the period (opened or answered in it): the rows behind the figures, for staff.
/// No complainant's name, contact details or case text: the reference leads to the case for those who may open it.
/// </summary>
public sealed record KpiCaseRow(
    string Reference, string ServiceArea, string? Subject, string? Category, string Procedure, int Stage, DateOnly OpenedOn,
    DateOnly? AcknowledgedOn, DateOnly? ResponseDue, int ExtendedByWorkingDays, DateOnly? ResponseSentOn, int? WorkingDaysToRespond, int? WorkingDaysLate,
    Outcome? Outcome, CaseStatus Status, string? AllocatedOfficer);

public sealed class KpiCaseRowsQuery(IDbContextFactory<ComplaintsDbContext> dbFactory)
{
    /// <summary>Streams the rows in reference and stage order, without holding them all in memory.</summary>
    public async IAsyncEnumerable<KpiCaseRow> ListAsync(KpiFilter filter, CurrentStaff staff, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        if (!staff.IsCaseworker) throw new PermissionDeniedException("Case-level figures are for council staff: councillors see aggregates only.");
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var scope = await KpiQuery.ScopeAsync(db, filter, staff, cancellationToken);
        var (start, end) = (filter.Period.Start, filter.Period.End);
        var rows = from s in db.ComplaintStages.AsNoTracking()
                   join c in KpiQuery.Scoped(db, filter, scope) on s.ComplaintId equals c.Id
                   where (s.OpenedOn >= start && s.OpenedOn <= end) || (s.ResponseSentOn >= start && s.ResponseSentOn <= end)
                   orderby c.Reference, s.StageNumber
                   select new
                   {
                       c.Reference, Area = c.ServiceArea!.Name, Subject = c.Subject!.Name, Category = c.Category!.Name, Procedure = c.Procedure.Name,
                       s.StageNumber, s.OpenedOn, s.AcknowledgedAt, s.ResponseDue, s.ExtendedByWorkingDays, s.ResponseSentOn, s.WorkingDaysToRespond, s.WorkingDaysLate,
                       s.Outcome, c.Status, Officer = c.AllocatedOfficer!.DisplayName,
                   };
        await foreach (var r in rows.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            yield return new KpiCaseRow(r.Reference, r.Area, r.Subject, r.Category, r.Procedure, r.StageNumber, r.OpenedOn,
                r.AcknowledgedAt is { } acknowledged ? UkTime.DateOf(acknowledged) : null, r.ResponseDue, r.ExtendedByWorkingDays, r.ResponseSentOn,
                r.WorkingDaysToRespond, r.WorkingDaysLate, r.Outcome, r.Status, r.Officer);
        }
    }
}
