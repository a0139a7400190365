using ComplaintsHub.Core.Calendar;
using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsHub.Core.Queries;

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
