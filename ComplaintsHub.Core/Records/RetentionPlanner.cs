using System.Linq.Expressions;
using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsHub.Core.Records;

/// <summary>
/// Finds what <see cref="RetentionRules"/> make due now. The database narrows the search to closed cases past the
/// shortest period each procedure allows (the index on when cases closed); the rules themselves are then applied here,
/// once, to those cases and to every other case of their complainants.
/// </summary>
internal static class RetentionPlanner
{
    private const int Batch = 500;

    internal static readonly Expression<Func<Complaint, RetentionFacts>> Facts = c =>
        new RetentionFacts(c.Id, c.Reference, c.ComplainantId, c.ProcedureId, c.Status, c.ClosedAt, c.LegalHoldReason, c.LegalHoldSince, c.AnonymisedAt);

    /// <param name="years">Each procedure's retention period, read once by the caller, which judges by the same figures.</param>
    public static async Task<RetentionPlan> PlanAsync(ComplaintsDbContext db, IReadOnlyDictionary<int, int> years, DateTime now, CancellationToken cancellationToken)
    {
        var past = new List<RetentionFacts>();
        foreach (var (procedureId, retention) in years)
        {
            var cutoff = now.AddYears(-retention);
            past.AddRange(await db.Complaints.AsNoTracking()
                .Where(c => c.ProcedureId == procedureId && c.ClosedAt != null && c.ClosedAt <= cutoff && c.AnonymisedAt == null)
                .Where(c => c.Status == CaseStatus.Closed || c.Status == CaseStatus.Withdrawn)
                .Select(Facts).ToListAsync(cancellationToken));
        }

        var held = past.Where(c => c.IsHeld).OrderBy(c => c.ClosedAt).ThenBy(c => c.Id).ToList();
        var due = past.Where(c => RetentionRules.IsDue(c, years[c.ProcedureId], now)).ToList();
        var people = new List<RetentionPerson>();
        foreach (var batch in due.Where(c => c.ComplainantId is not null).Select(c => c.ComplainantId!.Value).Distinct().Order().Chunk(Batch))
        {
            var cases = await CasesOfAsync(db, batch, cancellationToken);
            people.AddRange(cases.GroupBy(c => c.ComplainantId!.Value)
                .Where(g => g.All(c => RetentionRules.IsDue(c, years[c.ProcedureId], now)))
                .Select(g => new RetentionPerson(g.Key, g.OrderBy(c => c.Id).ToList())));
        }

        var lone = due.Where(c => c.ComplainantId is null).OrderBy(c => c.Id).ToList();
        return new RetentionPlan(people.OrderBy(p => p.ComplainantId).ToList(), lone, held);
    }

    public static async Task<Dictionary<int, int>> RetentionYearsAsync(ComplaintsDbContext db, CancellationToken cancellationToken) =>
        await db.Procedures.AsNoTracking().ToDictionaryAsync(p => p.Id, p => p.RetentionYears, cancellationToken);

    /// <summary>Every case of these people not yet anonymised.</summary>
    public static Task<List<RetentionFacts>> CasesOfAsync(ComplaintsDbContext db, IReadOnlyCollection<int> complainantIds, CancellationToken cancellationToken) =>
        db.Complaints.AsNoTracking()
            .Where(c => c.ComplainantId != null && complainantIds.Contains(c.ComplainantId.Value) && c.AnonymisedAt == null)
            .Select(Facts).ToListAsync(cancellationToken);
}
