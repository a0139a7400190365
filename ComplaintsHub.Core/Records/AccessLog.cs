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
    public async Task RecordAsync(CurrentStaff staff, PersonalDataPurpose purpose, int? caseId, string? caseReference, int? complainantId, string? what,
        CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        db.PersonalDataAccessLog.Add(new PersonalDataAccess(staff.Actor, clock.GetUtcNow().UtcDateTime, purpose, complainantId, caseId, caseReference, what));
        await db.SaveChangesAsync(cancellationToken);
    }
}
