using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsHub.Core.Queries;

/// <summary>The personal data access log, newest first, for the complaints team (who answer "who has seen my details?").</summary>
public sealed class PersonalDataAccessQuery(IDbContextFactory<ComplaintsDbContext> dbFactory)
{
    public const int MaxRows = 500;

    public async Task<IReadOnlyList<PersonalDataAccessRow>> ListAsync(CurrentStaff staff, int? complainantId = null, CancellationToken cancellationToken = default)
    {
        staff.Require(StaffRole.ComplaintsAdmin, "read the personal data access log");
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var lines = db.PersonalDataAccessLog.AsNoTracking();
        if (complainantId is { } id) lines = lines.Where(l => l.ComplainantId == id);
        return await lines.Join(db.Complainants, l => l.ComplainantId, c => c.Id, (l, c) => new { Line = l, Name = c.FirstName + " " + c.LastName })
            .OrderByDescending(x => x.Line.AccessedAt).ThenByDescending(x => x.Line.Id).Take(MaxRows)
            .Select(x => new PersonalDataAccessRow(x.Line.AccessedAt, x.Line.StaffName, x.Line.ComplainantId, x.Name, x.Line.Purpose, x.Line.Reason, x.Line.CaseReference))
            .ToListAsync(cancellationToken);
    }
}
