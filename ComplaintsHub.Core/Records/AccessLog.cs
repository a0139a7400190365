using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsHub.Core.Records;

/// <summary>
/// Writes the access log's lines for what staff are shown or take away: a case opened, a letter or document downloaded,
/// case rows exported, a subject access bundle produced. Called by the service that hands the data over, after it has
/// checked the person may have it, so that nothing is given without its line.
/// </summary>
public sealed class AccessLog(IDbContextFactory<ComplaintsDbContext> dbFactory, TimeProvider clock)
{
    /// <param name="unlessWithin">Skip the line when the same person's same access to the same case is already recorded this recently.</param>
    public async Task RecordAsync(CurrentStaff staff, PersonalDataPurpose purpose, int? caseId, string? caseReference, int? complainantId, string? what,
        CancellationToken cancellationToken = default, TimeSpan? unlessWithin = null)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (unlessWithin is { } window && caseId is { } id)
        {
            var since = now - window;
            if (await db.PersonalDataAccessLog.AnyAsync(l => l.ComplaintId == id && l.StaffUserId == staff.StaffUserId && l.Purpose == purpose && l.AccessedAt >= since, cancellationToken)) return;
        }

        db.PersonalDataAccessLog.Add(new PersonalDataAccess(staff.Actor, now, purpose, complainantId, caseId, caseReference, what));
        await db.SaveChangesAsync(cancellationToken);
    }
}
