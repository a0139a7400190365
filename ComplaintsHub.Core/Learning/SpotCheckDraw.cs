using ComplaintsHub.Core.Calendar;
using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Refusals;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsHub.Core.Learning;

/// <summary>
/// A head of service's sample for a quarter, worked out the same way for the list, the check page and the save: the
/// complaints closed in the quarter (UK dates) in the service areas they lead, drawn by <see cref="SpotCheckSample"/>
/// at the size the reporting settings give.
/// </summary>
internal sealed record SpotCheckDraw(IReadOnlyList<(int Id, string Name)> Areas, int Closed, IReadOnlyList<int> Sample)
{
    public static async Task<SpotCheckDraw> ForAsync(ComplaintsDbContext db, FinancialQuarter quarter, Guid headOfServiceId, CancellationToken cancellationToken) =>
        await ForAsync(db, quarter, headOfServiceId, await SettingsAsync(db, cancellationToken), cancellationToken);

    /// <summary>The reporting settings that size the sample: read once by a caller drawing for every head of service.</summary>
    public static async Task<ReportingSettings> SettingsAsync(ComplaintsDbContext db, CancellationToken cancellationToken) =>
        await db.ReportingSettings.AsNoTracking().FirstOrDefaultAsync(cancellationToken) ?? ReportingSettings.CreateDefault();

    public static async Task<SpotCheckDraw> ForAsync(ComplaintsDbContext db, FinancialQuarter quarter, Guid headOfServiceId, ReportingSettings settings,
        CancellationToken cancellationToken)
    {
        var areas = await db.StaffUsers.AsNoTracking().Where(s => s.Id == headOfServiceId).SelectMany(s => s.ServiceAreas)
            .OrderBy(a => a.Name).Select(a => new { a.Id, a.Name }).ToListAsync(cancellationToken);
        var areaIds = areas.Select(a => a.Id).ToList();
        var (from, to) = (UkTime.ToUtc(quarter.Start.ToDateTime(TimeOnly.MinValue)), UkTime.ToUtc(quarter.End.AddDays(1).ToDateTime(TimeOnly.MinValue)));
        var closed = await db.Complaints.AsNoTracking()
            .Where(c => c.Classification == ContactClassification.Complaint && c.Status == CaseStatus.Closed && c.ClosedAt >= from && c.ClosedAt < to
                        && areaIds.Contains(c.ServiceAreaId))
            .Select(c => c.Id).ToListAsync(cancellationToken);
        var size = SpotCheckSample.SizeFor(closed.Count, settings.SpotCheckMinimum, settings.SpotCheckPercent);
        return new([.. areas.Select(a => (a.Id, a.Name))], closed.Count, SpotCheckSample.Draw(closed, quarter, size));
    }

    /// <summary>The quarters a spot check can be done for: the last eight that have ended (a quarter still running would draw a different sample tomorrow).</summary>
    public static IReadOnlyList<FinancialQuarter> Quarters(DateOnly today) =>
        [.. Reports.ReportPeriod.QuartersEndingWith(FinancialQuarter.Containing(today).Previous, 8).Reverse()];

    /// <summary>Refuses a quarter that is not one of <see cref="Quarters"/>.</summary>
    public static void RequireCheckable(DateOnly today, FinancialQuarter quarter)
    {
        if (!Quarters(today).Contains(quarter)) throw new DomainException($"{quarter.Label} cannot be spot-checked: choose one of the last eight quarters that have ended.");
    }
}
