using ComplaintsHub.Core.Calendar;
using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsHub.Core.Queries;

/// <summary>A financial-year quarter: Q1 is April to June.</summary>
public sealed record FinancialQuarter(int FinancialYearStart, int Quarter)
{
    public DateOnly Start => new DateOnly(FinancialYearStart, 4, 1).AddMonths((Quarter - 1) * 3);
    public DateOnly End => Start.AddMonths(3).AddDays(-1);
    public string Label => $"Q{Quarter} {YearLabel(FinancialYearStart)}";

    /// <summary>A financial year as councils write it: 2026 is "2026/27".</summary>
    public static string YearLabel(int financialYearStart) => $"{financialYearStart}/{(financialYearStart + 1) % 100:00}";

    public FinancialQuarter Previous => Quarter == 1 ? new(FinancialYearStart - 1, 4) : new(FinancialYearStart, Quarter - 1);

    public static FinancialQuarter Containing(DateOnly date)
    {
        var fyStart = date.Month >= 4 ? date.Year : date.Year - 1;
        var monthsIn = (date.Month + 12 - 4) % 12;
        return new FinancialQuarter(fyStart, monthsIn / 3 + 1);
    }
}

/// <summary>Council-wide counts, aggregated in SQL. Nothing here identifies a person, so councillors may see it.</summary>
public sealed record HeadlineFigures(FinancialQuarter Quarter, int ComplaintsReceived, int OtherContactsReceived, int OpenComplaints, int OverdueComplaints);

public sealed class HeadlineFiguresQuery(IDbContextFactory<ComplaintsDbContext> dbFactory, TimeProvider clock)
{
    public async Task<HeadlineFigures> GetAsync(CancellationToken cancellationToken = default)
    {
        var today = UkTime.Today(clock);
        var quarter = FinancialQuarter.Containing(today);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var received = await db.Complaints.AsNoTracking()
            .Where(c => c.ReceivedOn >= quarter.Start && c.ReceivedOn <= quarter.End)
            .GroupBy(c => c.Classification == ContactClassification.Complaint)
            .Select(g => new { IsComplaint = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var open = db.Complaints.AsNoTracking()
            .Where(c => c.Classification == ContactClassification.Complaint && c.Status != CaseStatus.Closed && c.Status != CaseStatus.Withdrawn);
        var openCount = await open.CountAsync(cancellationToken);
        var overdue = await open.CountAsync(c => c.NextDueDate < today, cancellationToken);
        return new HeadlineFigures(quarter,
            received.Where(r => r.IsComplaint).Sum(r => r.Count),
            received.Where(r => !r.IsComplaint).Sum(r => r.Count),
            openCount, overdue);
    }
}
