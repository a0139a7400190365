using ComplaintsHub.Core.Calendar;
using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Learning;
using ComplaintsHub.Core.Letters;
using ComplaintsHub.Core.Refusals;
using ComplaintsHub.Core.Reports;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsHub.Core.AnnualReporting;

/// <summary>
/// Gathers the annual report's content for a financial year from the queries the rest of ComplaintsHub uses, so the
/// report cannot say anything the dashboard, the Ombudsman page, the self-assessment or the spot checks do not.
/// </summary>
public sealed class AnnualReportBuilder(
    IDbContextFactory<ComplaintsDbContext> dbFactory, KpiQuery kpis, OmbudsmanAnnualReviews ombudsmen, SpotChecksQuery spotChecks, LessonsQuery lessons,
    LetterService letters, TimeProvider clock)
{
    /// <summary>The most lessons printed in the staff copy: the learning page has the rest.</summary>
    public const int MostLessons = 40;

    internal async Task<AnnualReportSources> GatherAsync(int financialYearStart, CurrentStaff staff, CancellationToken cancellationToken)
    {
        staff.Require(StaffRole.ComplaintsAdmin, "produce the annual report");
        var year = ReportPeriod.ForYear(financialYearStart);
        var report = await kpis.GetAsync(new KpiFilter(year), staff, cancellationToken);
        var fourYears = new List<KpiReport>();
        foreach (var earlier in Enumerable.Range(1, 3).Reverse()) fourYears.Add(await kpis.GetAsync(new KpiFilter(ReportPeriod.ForYear(financialYearStart - earlier)), staff, cancellationToken));
        fourYears.Add(report);

        var spotTotals = new List<SpotCheckQuarterTotal>();
        var failings = Enum.GetValues<SpotCheckQuestion>().ToDictionary(q => q, _ => 0);
        var today = UkTime.Today(clock);
        foreach (var quarter in Enumerable.Range(1, 4).Select(q => new FinancialQuarter(financialYearStart, q)).Where(q => q.End < today))
        {
            var completion = await spotChecks.CompletionOfEndedAsync(quarter, staff, cancellationToken);
            spotTotals.Add(new SpotCheckQuarterTotal(quarter.Label, completion.Rows.Sum(r => r.Sampled), completion.Rows.Sum(r => r.Checked), completion.Rows.Sum(r => r.FoundFailings)));
            foreach (var failing in completion.Failings) failings[failing.Question] += failing.No;
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var assessments = new List<SelfAssessmentView>();
        foreach (var scheme in Enum.GetValues<OmbudsmanScheme>()) assessments.Add(await SelfAssessmentQuery.ViewAsync(db, financialYearStart, scheme, cancellationToken));
        var (start, end) = (year.Start, year.End);
        var improvements = await ImprovementActionsQuery.Rows(db,
                db.ImprovementActions.AsNoTracking().Where(a => a.RaisedOn <= end && (a.EndedOn == null || a.EndedOn >= start)), UkTime.Today(clock))
            .ToListAsync(cancellationToken);

        return new AnnualReportSources(
            (await letters.CouncilAsync(cancellationToken)).Name, report, fourYears, await ombudsmen.CompareAsync(financialYearStart, staff, cancellationToken), assessments,
            spotTotals, [.. failings.Select(f => new SpotCheckQuestionCount(f.Key, f.Value))],
            [.. improvements.OrderBy(a => a.ServiceArea).ThenBy(a => a.DueDate)],
            await lessons.GetAsync(new LessonFilter(year), staff, cancellationToken), clock.GetUtcNow().UtcDateTime);
    }

    internal static AnnualReportContent ContentFor(AnnualReportSources sources, KpiAudience audience, string? governingBodyResponse, int? versionNumber)
    {
        var councillors = audience == KpiAudience.Councillor;
        var report = sources.Report with { Audience = audience };
        var trend = sources.FourYears.Select(y =>
        {
            var headline = KpiTables.Build(y with { Audience = audience }).Single(t => t.Key == KpiTables.Headline);
            KpiCell Cell(string key) => headline.Row(key)!.Cells[0];
            return new AnnualTrendYear(y.Period.YearLabel, Cell(KpiTables.Rows.Stage1Received), Cell(KpiTables.Rows.Stage2Received), Cell(KpiTables.Rows.WithinTimescale),
                Cell(KpiTables.Rows.OmbudsmanDecisions));
        }).ToList();
        return new AnnualReportContent(sources.Council, report.Period, report.AsAt, sources.ProducedAt, audience, KpiTables.Build(report), trend,
            sources.Ombudsmen.Schemes, sources.SelfAssessments, sources.SpotChecks, sources.SpotCheckFailings, sources.Improvements,
            sources.Lessons.Themes, councillors ? [] : [.. sources.Lessons.Lessons.Take(MostLessons)], governingBodyResponse, versionNumber);
    }
}
