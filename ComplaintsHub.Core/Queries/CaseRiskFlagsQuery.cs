using ComplaintsHub.Core.Cases;
using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Refusals;
using ComplaintsHub.Core.Services;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsHub.Core.Queries;

/// <summary>
/// The risk flags at the top of a case: its own and its complainant's, for those who may see the case. Portfolio holders
/// see no case, so they never see a flag.
/// </summary>
public sealed class CaseRiskFlagsQuery(IDbContextFactory<ComplaintsDbContext> dbFactory, CalendarService calendars, TimeProvider clock)
{
    public async Task<CaseRiskFlags> GetAsync(int caseId, CurrentStaff staff, CancellationToken cancellationToken = default)
    {
        if (!staff.IsCaseworker) throw new PermissionDeniedException("Your role sees figures only, not individual cases.");
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!await CaseVisibility.SeesCaseAsync(db, staff, caseId, cancellationToken)) throw new PermissionDeniedException("You do not have access to this case.");
        var complaint = await db.Complaints.AsNoTracking().Where(c => c.Id == caseId)
            .Select(c => new { c.ComplainantId, Housing = c.Procedure.Code == Procedure.HousingCode }).SingleAsync(cancellationToken);
        var flags = await db.RiskFlags.AsNoTracking()
            .Where(f => f.ComplaintId == caseId || (complaint.ComplainantId != null && f.ComplainantId == complaint.ComplainantId))
            .OrderBy(f => f.RaisedAt).ThenBy(f => f.Id)
            .Select(f => new CaseRiskFlag(f.Id, f.Version, f.Kind, f.ComplainantId != null, f.Detail, f.HazardSeverity, f.BecameAwareAt,
                f.RaisedByName, f.RaisedAt, f.RaisedReason, f.RemovedByName, f.RemovedAt, f.RemovalReason))
            .ToListAsync(cancellationToken);
        var active = flags.Where(f => f.IsActive).OrderBy(f => f.Kind).ThenBy(f => f.RaisedAt).ToList();
        var hazards = active.Where(f => complaint.Housing && f is { Kind: RiskFlagKind.DampAndMould, Severity: not null, BecameAwareAt: not null }).ToList();
        if (hazards.Count == 0) return new CaseRiskFlags(active, flags, [], complaint.Housing);

        var timescales = await db.HazardTimescales.AsNoTracking().ToListAsync(cancellationToken);
        var calendar = await calendars.GetAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        return new CaseRiskFlags(active, flags,
            hazards.SelectMany(f => HazardDeadlines.For(f.Id, f.Severity!.Value, f.BecameAwareAt!.Value, timescales, calendar, now)).ToList(), complaint.Housing);
    }
}
