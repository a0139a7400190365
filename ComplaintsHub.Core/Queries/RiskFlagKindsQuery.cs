using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsHub.Core.Queries;

/// <summary>
/// The kinds of risk flag in force on each of a list's cases, its own and its complainant's: one indexed read for the
/// list rather than one per row. Only for lists of cases the person may already see.
/// </summary>
internal static class RiskFlagKindsQuery
{
    public static async Task<Dictionary<int, IReadOnlyList<RiskFlagKind>>> ByCaseAsync(ComplaintsDbContext db, IReadOnlyList<(int Id, int? ComplainantId)> cases, CancellationToken cancellationToken)
    {
        if (cases.Count == 0) return [];
        var caseIds = cases.Select(r => r.Id).ToList();
        var people = cases.Where(r => r.ComplainantId is not null).Select(r => r.ComplainantId!.Value).Distinct().ToList();
        var flags = await db.RiskFlags.AsNoTracking()
            .Where(f => f.RemovedAt == null && ((f.ComplaintId != null && caseIds.Contains(f.ComplaintId.Value)) || (f.ComplainantId != null && people.Contains(f.ComplainantId.Value))))
            .Select(f => new { f.ComplaintId, f.ComplainantId, f.Kind })
            .ToListAsync(cancellationToken);
        return cases.ToDictionary(r => r.Id, r => (IReadOnlyList<RiskFlagKind>)flags
            .Where(f => f.ComplaintId == r.Id || (r.ComplainantId is not null && f.ComplainantId == r.ComplainantId))
            .Select(f => f.Kind).Distinct().Order().ToList());
    }
}
