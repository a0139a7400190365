using System.Linq.Expressions;
using ComplaintsHub.Core.Calendar;
using ComplaintsHub.Core.Cases;
using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.Data.Counts;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Refusals;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsHub.Core.Reports;

/// <summary>
/// The KPI set for a period, aggregated in the database: each query groups the period's rows down to a few hundred
/// counts and sums, and the report is assembled from those. docs/kpi-definitions.md says what every figure counts.
/// </summary>
public sealed class KpiQuery(IDbContextFactory<ComplaintsDbContext> dbFactory, TimeProvider clock)
{
    /// <summary>Refuses, with the reason, a person who may not see these figures.</summary>
    public async Task CheckAccessAsync(KpiFilter filter, CurrentStaff staff, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await ScopeAsync(db, filter, staff, cancellationToken);
    }

    /// <summary>What the filter names that does not exist (a service area or procedure), or null when both do.</summary>
    public async Task<string?> UnknownChoiceAsync(KpiFilter filter, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (filter.ServiceAreaId is { } area && !await db.ServiceAreas.AnyAsync(a => a.Id == area, cancellationToken)) return "There is no such service area.";
        if (filter.ProcedureId is { } procedure && !await db.Procedures.AnyAsync(p => p.Id == procedure, cancellationToken)) return "There is no such procedure.";
        return null;
    }

    public async Task<KpiReport> GetAsync(KpiFilter filter, CurrentStaff staff, CancellationToken cancellationToken = default)
    {
        await using var db = await OpenContextAsync(cancellationToken);
        var scope = await ScopeAsync(db, filter, staff, cancellationToken);

        var period = filter.Period;
        var today = UkTime.Today(clock);
        var asAt = period.End < today ? period.End : today;
        var (start, end) = (period.Start, period.End);
        var startUtc = UkTime.ToUtc(start.ToDateTime(TimeOnly.MinValue));
        var endUtc = UkTime.ToUtc(end.AddDays(1).ToDateTime(TimeOnly.MinValue));
        var asAtEndUtc = UkTime.ToUtc(asAt.AddDays(1).ToDateTime(TimeOnly.MinValue));

        // "Open at the period end" is the one figure read from the stages (it depends on the day), and most of the work:
        // a stage is open on the day if it had been opened and not yet answered or withdrawn, so it is either unanswered
        // or answered after the day. Those are two ranges of the responses index, each read on a context of its own; the
        // count tables kept with every save (docs/decisions/0007) are read one after another on a third, and the rest
        // (Ombudsman, actions, settings, names) on this one, all four at the same time (docs/decisions/0024). Each starts
        // on the thread pool because SQLite's async calls complete synchronously and would otherwise run one after the
        // other on the caller's thread; a context per small read would cost more than the read.
        var unanswered = Task.Run(() => OpenAtAsync(stages => stages.Where(s => s.ResponseSentOn == null), filter, scope, asAt, asAtEndUtc, cancellationToken), cancellationToken);
        var answeredAfter = Task.Run(() => OpenAtAsync(stages => stages.Where(s => s.ResponseSentOn > asAt), filter, scope, asAt, asAtEndUtc, cancellationToken), cancellationToken);

        var counted = Task.Run(() => CountedAsync(filter, scope, start, end, period.TrendQuarters, cancellationToken), cancellationToken);

        try
        {
            var ombudsman = await OmbudsmanAsync(OfCasesInScope(db, db.OmbudsmanEnquiries.AsNoTracking(), e => e.ComplaintId, filter, scope), start, end, asAt, cancellationToken);

            // What became of the actions promised for the period, read where it stands now; "overdue" is taken on the as-at day.
            var promised = await OfCasesInScope(db, db.PromisedActions.AsNoTracking(), a => a.ComplaintId, filter, scope)
                .Where(a => a.DueDate >= start && a.DueDate <= end)
                // 0 done on time, 1 done late, 2 open and overdue, 3 open and not yet due
                .GroupBy(a => a.CompletedOn != null ? (a.CompletedOn <= a.DueDate ? 0 : 1) : (a.DueDate < asAt ? 2 : 3))
                .Select(g => new { g.Key, Count = g.Count() })
                .ToListAsync(cancellationToken);

            // Improvement actions belong to a service area, not a procedure: with a procedure chosen they are not reported.
            var improvements = filter.ProcedureId is null
                ? await InAreas(db.ImprovementActions.AsNoTracking(), filter, scope)
                    .Where(a => a.RaisedOn <= asAt)
                    // 0 done in the period, 1 dropped in the period, 2 ended before it, 3 open on the as-at day and overdue, 4 open and not yet due
                    .GroupBy(a => new
                    {
                        State = a.EndedOn != null && a.EndedOn <= asAt
                            ? (a.EndedOn < start ? 2 : a.Status == ImprovementActionStatus.Done ? 0 : 1)
                            : (a.DueDate < asAt ? 3 : 4),
                        Raised = a.RaisedOn >= start,
                    })
                    .Select(g => new { g.Key.State, g.Key.Raised, Count = g.Count() })
                    .ToListAsync(cancellationToken)
                : null;

            var converted = await OfCasesInScope(db, db.TimelineEvents.AsNoTracking(), t => t.ComplaintId, filter, scope)
                .CountAsync(t => t.Type == TimelineEventType.Converted && t.OccurredAt >= startUtc && t.OccurredAt < endUtc, cancellationToken);

            var target = await db.ReportingSettings.AsNoTracking().Where(s => s.Id == ReportingSettings.SingletonId).Select(s => (decimal?)s.TimescaleTargetPercent).FirstOrDefaultAsync(cancellationToken)
                ?? ReportingSettings.DefaultTargetPercent;
            var homes = await db.HousingStock.AsNoTracking().Where(h => h.FinancialYearStart == period.FinancialYearStart).Select(h => (int?)h.Homes).FirstOrDefaultAsync(cancellationToken);
            var names = await ReferenceNamesAsync(db, scope, cancellationToken);
            var open = (await unanswered) + (await answeredAfter);
            var (receivedFigures, bySubject, byCategory, responses, closed, contacts, trend) = await counted;
            var trendQuarters = period.TrendQuarters;

            var responseFigures = responses.Select(r => new ResponseFigure(r.ServiceAreaId, r.ProcedureId, r.StageNumber,
                r.Outcome == "" ? null : Enum.Parse<Outcome>(r.Outcome), r.Late,
                r.Count, r.Days, r.DaysLate, r.MaxLate)).ToList();
            var housingId = names.Procedures.SingleOrDefault(p => p.Code == Procedure.HousingCode)?.Id;

            return new KpiReport
            {
                Filter = filter,
                AsAt = asAt,
                Audience = staff.IsCaseworker ? KpiAudience.Staff : KpiAudience.Councillor,
                Target = (double)target / 100,
                ServiceAreas = names.Areas.Where(a => filter.ServiceAreaId is null || a.Id == filter.ServiceAreaId).ToDictionary(a => a.Id, a => a.Name),
                SelectableServiceAreas = names.Areas.ToDictionary(a => a.Id, a => a.Name),
                LimitedToOwnAreas = scope is not null,
                Subjects = names.Subjects,
                Categories = names.Categories,
                Procedures = names.Procedures.ToDictionary(p => p.Id, p => p.Name),
                ServiceAreaName = filter.ServiceAreaId is { } areaId ? names.Areas.FirstOrDefault(a => a.Id == areaId)?.Name : null,
                ProcedureName = filter.ProcedureId is { } procedureId ? names.Procedures.FirstOrDefault(p => p.Id == procedureId)?.Name : null,
                Received = receivedFigures,
                ReceivedBySubject = bySubject,
                ReceivedByCategory = byCategory,
                Responses = responseFigures,
                WithdrawnByStage = closed.Where(c => c.Status == CaseStatus.Withdrawn).GroupBy(c => c.CurrentStage).ToDictionary(g => g.Key, g => g.Sum(c => c.Count)),
                ClosedInPeriod = closed.Sum(c => c.Count),
                ClosedWithOutcome = closed.Where(c => c.HasOutcome).Sum(c => c.Count),
                OpenAtEnd = open.Open,
                OverdueAtEnd = open.Overdue,
                OpenWithAllocatedOfficer = open.Allocated,
                Ombudsman = ombudsman,
                PromisedActions = new PromisedActionFigures(
                    promised.Where(p => p.Key == 0).Sum(p => p.Count),
                    promised.Where(p => p.Key == 1).Sum(p => p.Count),
                    promised.Where(p => p.Key == 2).Sum(p => p.Count),
                    promised.Where(p => p.Key == 3).Sum(p => p.Count)),
                ImprovementActions = improvements is null ? null : new ImprovementActionFigures(
                    improvements.Where(i => i.Raised).Sum(i => i.Count),
                    improvements.Where(i => i.State == 0).Sum(i => i.Count),
                    improvements.Where(i => i.State == 1).Sum(i => i.Count),
                    improvements.Where(i => i.State == 3).Sum(i => i.Count),
                    improvements.Where(i => i.State == 4).Sum(i => i.Count)),
                ContactsByClassification = contacts,
                ServiceRequestsConvertedToComplaints = converted,
                Trend = trendQuarters.Select(q =>
                {
                    var inQuarter = trend.Where(t => t.Month >= q.Start && t.Month <= q.End).ToList();
                    int Sum(StageMeasure measure, int stage, bool within = false) =>
                        inQuarter.Where(t => t.Measure == measure && t.StageNumber == stage).Sum(t => within ? t.Within : t.Count);
                    return new TrendPoint(q,
                        Sum(StageMeasure.Opened, 1),
                        Sum(StageMeasure.Opened, 2),
                        Sum(StageMeasure.Responded, 1),
                        Sum(StageMeasure.Responded, 1, within: true),
                        Sum(StageMeasure.Responded, 2),
                        Sum(StageMeasure.Responded, 2, within: true));
                }).ToList(),
                Housing = housingId is { } housing && (filter.ProcedureId is null || filter.ProcedureId == housing)
                    ? new HousingMeasures(homes,
                        KpiReport.Performance(receivedFigures.Where(r => r.ProcedureId == housing && r.Stage == 1), responseFigures.Where(r => r.ProcedureId == housing && r.Stage == 1), 1),
                        KpiReport.Performance(receivedFigures.Where(r => r.ProcedureId == housing && r.Stage == 2), responseFigures.Where(r => r.ProcedureId == housing && r.Stage == 2), 2))
                    : null,
            };
        }
        catch
        {
            // The side reads hold connections of their own: they finish (or fail) before the error goes up, so none is
            // left running and none of their errors goes unobserved; the first error is the one reported.
            await Task.WhenAll(unanswered, answeredAfter, counted).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            throw;
        }
    }

    /// <summary>
    /// A context with its connection open for all of its reads: left to EF Core, each read would open and close it, and
    /// Npgsql resets a connection given back to its pool (DISCARD ALL) before it is used again.
    /// </summary>
    private async Task<ComplaintsDbContext> OpenContextAsync(CancellationToken cancellationToken)
    {
        var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        try
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
            return db;
        }
        catch
        {
            await db.DisposeAsync();
            throw;
        }
    }

    /// <summary>The service areas the person may see figures for: null for all. Team leaders see their own areas.</summary>
    internal static async Task<IReadOnlyCollection<int>?> ScopeAsync(ComplaintsDbContext db, KpiFilter filter, CurrentStaff staff, CancellationToken cancellationToken)
    {
        if (!staff.Roles.Overlaps(StaffRoles.KpiReaders))
        {
            throw new PermissionDeniedException("Complaint performance figures are for team leaders, heads of service, the complaints team and portfolio holders.");
        }

        if (staff.Roles.Overlaps(StaffRoles.SeeEveryAreasFigures)) return null;
        var areas = await CaseLoading.AreasOfAsync(db, staff, cancellationToken);
        if (filter.ServiceAreaId is { } area && !areas.Contains(area))
        {
            throw new PermissionDeniedException("You see figures for your own service areas only.");
        }

        return areas;
    }

    /// <summary>
    /// What the count tables kept with every save hold for the period (docs/decisions/0007): stages received by each
    /// breakdown, responses, closures, contacts and the eight-quarter trend. Each read is a few hundred rows already summed.
    /// </summary>
    private async Task<Counted> CountedAsync(KpiFilter filter, IReadOnlyCollection<int>? scope, DateOnly start, DateOnly end,
        IReadOnlyList<FinancialQuarter> trendQuarters, CancellationToken cancellationToken)
    {
        await using var db = await OpenContextAsync(cancellationToken);
        // Stages received: each breakdown has a count table of its own.
        var received = await InScope(db.ReceivedAnswerCounts.AsNoTracking(), filter, scope)
            .Where(r => r.Month >= start && r.Month <= end && r.Stages != 0)
            .Select(r => new ReceivedFigure(r.ServiceAreaId, r.ProcedureId, r.StageNumber, r.Month, r.Answer, r.Stages))
            .ToListAsync(cancellationToken);
        // By subject and by category, the quarter's months added together (0 is "none recorded" in the count tables).
        var bySubject = await InScope(db.ReceivedSubjectCounts.AsNoTracking(), filter, scope)
            .Where(r => r.Month >= start && r.Month <= end && r.Stages != 0)
            .GroupBy(r => new { r.ServiceAreaId, r.ProcedureId, r.StageNumber, r.SubjectId })
            .Select(g => new ReceivedBySubject(g.Key.ServiceAreaId, g.Key.ProcedureId, g.Key.StageNumber, g.Key.SubjectId == 0 ? null : g.Key.SubjectId, g.Sum(r => r.Stages)))
            .ToListAsync(cancellationToken);
        var byCategory = await InScope(db.ReceivedCategoryCounts.AsNoTracking(), filter, scope)
            .Where(r => r.Month >= start && r.Month <= end && r.Stages != 0)
            .GroupBy(r => new { r.ServiceAreaId, r.ProcedureId, r.StageNumber, r.CategoryId })
            .Select(g => new ReceivedByCategory(g.Key.ServiceAreaId, g.Key.ProcedureId, g.Key.StageNumber, g.Key.CategoryId == 0 ? null : g.Key.CategoryId, g.Sum(r => r.Stages)))
            .ToListAsync(cancellationToken);

        var responses = await InScope(db.ResponseCounts.AsNoTracking(), filter, scope)
            .Where(r => r.Month >= start && r.Month <= end && r.Stages != 0)
            .GroupBy(r => new { r.ServiceAreaId, r.ProcedureId, r.StageNumber, r.Outcome, Late = r.WorkingDaysLate > 0 })
            .Select(g => new ResponseRow(g.Key.ServiceAreaId, g.Key.ProcedureId, g.Key.StageNumber, g.Key.Outcome, g.Key.Late,
                g.Sum(r => r.Stages), g.Sum(r => r.WorkingDaysToRespond), g.Sum(r => r.WorkingDaysLate * r.Stages), g.Max(r => r.WorkingDaysLate)))
            .ToListAsync(cancellationToken);

        var closed = await InScope(db.ClosureCounts.AsNoTracking(), filter, scope)
            .Where(c => c.Month >= start && c.Month <= end && c.Complaints != 0)
            .GroupBy(c => new { c.Status, c.CurrentStage, c.HasOutcome })
            .Select(g => new ClosureRow(g.Key.Status, g.Key.CurrentStage, g.Key.HasOutcome, g.Sum(c => c.Complaints)))
            .ToListAsync(cancellationToken);

        var contacts = await InScope(db.ContactCounts.AsNoTracking(), filter, scope)
            .Where(c => c.Month >= start && c.Month <= end && c.Contacts != 0)
            .GroupBy(c => c.Classification)
            .Select(g => new { Classification = g.Key, Count = g.Sum(c => c.Contacts) })
            .ToDictionaryAsync(c => c.Classification, c => c.Count, cancellationToken);

        var (trendStart, trendEnd) = (trendQuarters[0].Start, trendQuarters[^1].End);
        var trend = await InScope(db.StageMonthlyCounts.AsNoTracking(), filter, scope)
            .Where(m => m.Month >= trendStart && m.Month <= trendEnd && m.StageNumber <= 2)
            .GroupBy(m => new { m.Month, m.Measure, m.StageNumber })
            .Select(g => new TrendRow(g.Key.Month, g.Key.Measure, g.Key.StageNumber, g.Sum(m => m.Stages), g.Sum(m => m.WithinTimescale)))
            .ToListAsync(cancellationToken);
        return new Counted(received, bySubject, byCategory, responses, closed, contacts, trend);
    }

    private sealed record Counted(
        List<ReceivedFigure> Received,
        List<ReceivedBySubject> BySubject,
        List<ReceivedByCategory> ByCategory,
        List<ResponseRow> Responses,
        List<ClosureRow> Closed,
        Dictionary<ContactClassification, int> Contacts,
        List<TrendRow> Trend);

    private sealed record ResponseRow(int ServiceAreaId, int ProcedureId, int StageNumber, string Outcome, bool Late, int Count, int Days, int DaysLate, int MaxLate);

    private sealed record ClosureRow(CaseStatus Status, int CurrentStage, bool HasOutcome, int Count);

    private sealed record TrendRow(DateOnly Month, StageMeasure Measure, int StageNumber, int Count, int Within);

    /// <summary>Of the stages in <paramref name="range"/>, those open on the day, overdue on it, and with an officer allocated.</summary>
    private async Task<OpenStages> OpenAtAsync(Func<IQueryable<ComplaintStage>, IQueryable<ComplaintStage>> range, KpiFilter filter, IReadOnlyCollection<int>? scope,
        DateOnly asAt, DateTime asAtEndUtc, CancellationToken cancellationToken)
    {
        await using var db = await OpenContextAsync(cancellationToken);
        // Summed per response date, the order the index is read in, so the database adds up as it reads: with one group
        // for everything (a constant key) it would sort every row first.
        var byResponseDate = await range(InScope(db.ComplaintStages.AsNoTracking(), filter, scope))
            .Where(s => s.OpenedOn <= asAt && (s.WithdrawnOn == null || s.WithdrawnOn > asAt))
            .GroupBy(s => s.ResponseSentOn)
            .Select(g => new OpenStages(
                g.Count(),
                g.Count(s => s.AcknowledgedAt == null || s.AcknowledgedAt >= asAtEndUtc ? s.AcknowledgementDue < asAt : s.ResponseDue < asAt),
                g.Count(s => s.OfficerAllocated)))
            .ToListAsync(cancellationToken);
        return byResponseDate.Aggregate(new OpenStages(0, 0, 0), (total, day) => total + day);
    }

    /// <summary>
    /// Each Ombudsman's figures for a financial year from ComplaintsHub's own records, by the dashboard's definitions,
    /// for the complaints team to set beside the Ombudsmen's annual letters. A procedure's complaints go to the Ombudsman
    /// <see cref="OmbudsmanSchemes.Of"/> says.
    /// </summary>
    public async Task<IReadOnlyDictionary<OmbudsmanScheme, OmbudsmanFigures>> OmbudsmanBySchemeAsync(ReportPeriod year, CurrentStaff staff, CancellationToken cancellationToken = default)
    {
        staff.Require(StaffRole.ComplaintsAdmin, "compare the Ombudsmen's figures with the council's records");
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var today = UkTime.Today(clock);
        var asAt = year.End < today ? year.End : today;
        var procedures = await db.Procedures.AsNoTracking().Select(p => new { p.Id, p.Code }).ToListAsync(cancellationToken);
        var figures = new Dictionary<OmbudsmanScheme, OmbudsmanFigures>();
        foreach (var scheme in Enum.GetValues<OmbudsmanScheme>())
        {
            var ids = procedures.Where(p => OmbudsmanSchemes.Of(p.Code) == scheme).Select(p => p.Id).ToList();
            var enquiries = db.OmbudsmanEnquiries.AsNoTracking().Join(db.Complaints.Where(c => ids.Contains(c.ProcedureId)), e => e.ComplaintId, c => c.Id, (e, _) => e);
            figures[scheme] = await OmbudsmanAsync(enquiries, year.Start, year.End, asAt, cancellationToken);
        }

        return figures;
    }

    /// <summary>The Ombudsman figures of docs/kpi-definitions.md over the enquiries given.</summary>
    private static async Task<OmbudsmanFigures> OmbudsmanAsync(IQueryable<OmbudsmanEnquiry> enquiries, DateOnly start, DateOnly end, DateOnly asAt, CancellationToken cancellationToken)
    {
        var received = await enquiries.CountAsync(e => e.ReceivedOn >= start && e.ReceivedOn <= end, cancellationToken);
        var decisions = await enquiries
            .Where(e => e.DecidedOn >= start && e.DecidedOn <= end)
            .GroupBy(e => new
            {
                e.Decision,
                HasRemedy = e.ComplianceDue != null,
                // 0 on time, 1 late, 2 overdue, 3 not yet due
                Compliance = e.CompliedOn != null ? (e.CompliedOn <= e.ComplianceDue ? 0 : 1) : (e.ComplianceDue < asAt ? 2 : 3),
            })
            .Select(g => new { g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return new OmbudsmanFigures(
            received,
            decisions.Where(d => d.Key.Decision is not null).GroupBy(d => d.Key.Decision!.Value).ToDictionary(g => g.Key, g => g.Sum(d => d.Count)),
            decisions.Where(d => d.Key.HasRemedy).Sum(d => d.Count),
            decisions.Where(d => d.Key.HasRemedy && d.Key.Compliance == 0).Sum(d => d.Count),
            decisions.Where(d => d.Key.HasRemedy && d.Key.Compliance == 1).Sum(d => d.Count),
            decisions.Where(d => d.Key.HasRemedy && d.Key.Compliance == 2).Sum(d => d.Count),
            decisions.Where(d => d.Key.HasRemedy && d.Key.Compliance == 3).Sum(d => d.Count));
    }

    private sealed record OpenStages(int Open, int Overdue, int Allocated)
    {
        public static OpenStages operator +(OpenStages a, OpenStages b) => new(a.Open + b.Open, a.Overdue + b.Overdue, a.Allocated + b.Allocated);
    }

    /// <summary>
    /// Rows belonging to a case (Ombudsman enquiries, timeline events), limited like <see cref="InScope{T}"/> through their
    /// case. Every such row has a case, so with no filter and no scope no case is looked up.
    /// </summary>
    private static IQueryable<T> OfCasesInScope<T>(ComplaintsDbContext db, IQueryable<T> rows, Expression<Func<T, int?>> caseId, KpiFilter filter, IReadOnlyCollection<int>? scope) =>
        scope is null && filter.ServiceAreaId is null && filter.ProcedureId is null
            ? rows
            : rows.Join(InScope(db.Complaints.AsNoTracking(), filter, scope), caseId, c => (int?)c.Id, (row, _) => row);

    /// <summary>Limits improvement actions to the filter's area and the areas the person may see.</summary>
    private static IQueryable<ImprovementAction> InAreas(IQueryable<ImprovementAction> actions, KpiFilter filter, IReadOnlyCollection<int>? scope)
    {
        if (scope is not null) actions = actions.Where(a => scope.Contains(a.ServiceAreaId));
        if (filter.ServiceAreaId is { } area) actions = actions.Where(a => a.ServiceAreaId == area);
        return actions;
    }

    /// <summary>Limits any reported rows to the filter's area and procedure and to the areas the person may see.</summary>
    internal static IQueryable<T> InScope<T>(IQueryable<T> rows, KpiFilter filter, IReadOnlyCollection<int>? scope) where T : IReportedByArea
    {
        if (scope is not null) rows = rows.Where(r => scope.Contains(r.ServiceAreaId));
        if (filter.ServiceAreaId is { } area) rows = rows.Where(r => r.ServiceAreaId == area);
        if (filter.ProcedureId is { } procedure) rows = rows.Where(r => r.ProcedureId == procedure);
        return rows;
    }

    internal sealed record Names(
        IReadOnlyList<NamedArea> Areas,
        IReadOnlyDictionary<int, string> Subjects,
        IReadOnlyDictionary<int, string> Categories,
        IReadOnlyList<NamedProcedure> Procedures);

    internal sealed record NamedArea(int Id, string Name);

    internal sealed record NamedProcedure(int Id, string Code, string Name);

    /// <summary>The names of service areas (those in scope; all when null), subjects, categories and procedures.</summary>
    internal static async Task<Names> ReferenceNamesAsync(ComplaintsDbContext db, IReadOnlyCollection<int>? scope, CancellationToken cancellationToken)
    {
        var areas = await db.ServiceAreas.AsNoTracking().Where(a => scope == null || scope.Contains(a.Id)).OrderBy(a => a.Name).Select(a => new { a.Id, a.Name }).ToListAsync(cancellationToken);
        var subjects = await db.Subjects.AsNoTracking().Select(s => new { s.Id, s.Name }).ToDictionaryAsync(s => s.Id, s => s.Name, cancellationToken);
        var categories = await db.Categories.AsNoTracking().OrderBy(c => c.Name).Select(c => new { c.Id, c.Name }).ToListAsync(cancellationToken);
        var procedures = await db.Procedures.AsNoTracking().OrderBy(p => p.Name).Select(p => new { p.Id, p.Code, p.Name }).ToListAsync(cancellationToken);
        return new Names(
            areas.Select(a => new NamedArea(a.Id, a.Name)).ToList(),
            subjects,
            categories.ToDictionary(c => c.Id, c => c.Name),
            procedures.Select(p => new NamedProcedure(p.Id, p.Code, p.Name)).ToList());
    }
}
