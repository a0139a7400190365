using ComplaintsHub.Core.Calendar;
using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Refusals;
using ComplaintsHub.Core.Reports;
using ComplaintsHub.Core.Services;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsHub.Core.Learning;

/// <summary>
/// The Ombudsmen's annual figures, entered and corrected by the complaints team, and set beside ComplaintsHub's own
/// Ombudsman records for the same financial year (by the dashboard's definitions, <see cref="KpiQuery.OmbudsmanBySchemeAsync"/>).
/// </summary>
public sealed class OmbudsmanAnnualReviews(IDbContextFactory<ComplaintsDbContext> dbFactory, KpiQuery kpis, TimeProvider clock)
{
    /// <summary>The financial years offered (the letters come in the summer after the year).</summary>
    public IReadOnlyList<int> Years() => ReportingYears.Offered(UkTime.Today(clock));

    public async Task<OmbudsmanComparison> CompareAsync(int financialYearStart, CurrentStaff staff, CancellationToken cancellationToken = default)
    {
        var year = ReportPeriod.ForYear(financialYearStart);
        var recorded = await kpis.OmbudsmanBySchemeAsync(year, staff, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var entered = await db.OmbudsmanAnnualReviews.AsNoTracking().Where(r => r.FinancialYearStart == financialYearStart).ToListAsync(cancellationToken);
        return new OmbudsmanComparison(year, [.. Enum.GetValues<OmbudsmanScheme>().Select(scheme => new OmbudsmanSchemeComparison(scheme,
            entered.FirstOrDefault(r => r.Scheme == scheme) is { } row ? new OmbudsmanReviewRow(row.Figures, row.UpdatedByName, row.UpdatedAt, row.Version) : null,
            recorded[scheme]))]);
    }

    /// <param name="version">The version of the figures the person corrected; null when they entered the year's for the first time.</param>
    public async Task SaveAsync(int financialYearStart, OmbudsmanScheme scheme, OmbudsmanReviewFigures figures, Guid? version, CurrentStaff by, CancellationToken cancellationToken = default)
    {
        by.Require(StaffRole.ComplaintsAdmin, "enter the Ombudsmen's annual figures");
        ReportingYears.Require(UkTime.Today(clock), financialYearStart, "Enter the figures for");
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await StaffSessions.RequireLiveAsync(db, by, clock, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var label = $"The {scheme.Describe()}'s figures for {FinancialQuarter.YearLabel(financialYearStart)}";
        var row = await db.OmbudsmanAnnualReviews.SingleOrDefaultAsync(r => r.FinancialYearStart == financialYearStart && r.Scheme == scheme, cancellationToken);
        if (row is null)
        {
            if (version is not null) throw new ConcurrencyException($"{label} have been removed since you opened them: reload the page.");
            row = new OmbudsmanAnnualReview(financialYearStart, scheme, figures);
            row.RecordChange(by.Actor, now);
            db.OmbudsmanAnnualReviews.Add(row);
            db.TimelineEvents.Add(new TimelineEvent(null, TimelineEventType.SetupChanged, by.Actor, now, $"{label} entered."));
            await db.SaveRefusingClashAsync($"{label} were entered by someone else while you had the page open. Nothing you entered has been saved: {StaleChange.ReloadThePage}", cancellationToken);
            return;
        }

        if (version is null || row.Version != version) throw new ConcurrencyException(StaleChange.Message(label, row.UpdatedByName, row.UpdatedAt, plural: true));
        row.Set(figures);
        row.RecordChange(by.Actor, now);
        db.TimelineEvents.Add(new TimelineEvent(null, TimelineEventType.SetupChanged, by.Actor, now, $"{label} corrected."));
        await db.SaveExpectingAsync(row, version.Value, async () =>
        {
            await using var fresh = await dbFactory.CreateDbContextAsync(cancellationToken);
            var latest = await fresh.OmbudsmanAnnualReviews.AsNoTracking().SingleAsync(r => r.Id == row.Id, cancellationToken);
            return StaleChange.Message(label, latest.UpdatedByName, latest.UpdatedAt, plural: true);
        }, cancellationToken);
    }
}
