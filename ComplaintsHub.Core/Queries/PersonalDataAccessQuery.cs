using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsHub.Core.Queries;

/// <summary>The access log, newest first, for the complaints team (who answer "who has seen my details?"): for a person, a case, or everyone.</summary>
public sealed class PersonalDataAccessQuery(IDbContextFactory<ComplaintsDbContext> dbFactory)
{
    public const int MaxRows = 500;

    public async Task<IReadOnlyList<PersonalDataAccessRow>> ListAsync(CurrentStaff staff, int? complainantId = null, CancellationToken cancellationToken = default) =>
        await ListAsync(staff, complainantId is { } id ? [id] : null, null, MaxRows, cancellationToken);

    /// <summary>The lines for the case with this reference; null when there is no such case.</summary>
    public async Task<IReadOnlyList<PersonalDataAccessRow>?> ForCaseAsync(CurrentStaff staff, string reference, CancellationToken cancellationToken = default)
    {
        staff.Require(StaffRole.ComplaintsAdmin, "read the access log");
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var normalised = reference.Trim().ToUpperInvariant();
        var id = await db.Complaints.Where(c => c.Reference == normalised).Select(c => (int?)c.Id).SingleOrDefaultAsync(cancellationToken);
        return id is null ? null : await ListAsync(staff, null, id, MaxRows, cancellationToken);
    }

    /// <param name="people">One person's records (a person may be on record more than once); everyone when null.</param>
    /// <param name="caseId">One case's lines; every case when null.</param>
    public async Task<IReadOnlyList<PersonalDataAccessRow>> ListAsync(CurrentStaff staff, IReadOnlyCollection<int>? people, int? caseId, int limit = MaxRows,
        CancellationToken cancellationToken = default)
    {
        staff.Require(StaffRole.ComplaintsAdmin, "read the access log");
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var lines = db.PersonalDataAccessLog.AsNoTracking();
        if (people is not null) lines = lines.Where(l => l.ComplainantId != null && people.Contains(l.ComplainantId.Value));
        if (caseId is { } id) lines = lines.Where(l => l.ComplaintId == id);
        // The newest lines first, then each one's person by a left join: a line need not be about one person (a list, an anonymous contact).
        return await (
                from l in lines.OrderByDescending(l => l.AccessedAt).ThenByDescending(l => l.Id).Take(limit)
                join c in db.Complainants on l.ComplainantId equals c.Id into persons
                from c in persons.DefaultIfEmpty()
                orderby l.AccessedAt descending, l.Id descending
                select new PersonalDataAccessRow(l.AccessedAt, l.StaffName, l.ComplainantId, c == null ? null : c.FirstName + " " + c.LastName,
                    l.Purpose, l.Reason, l.CaseReference, l.What))
            .ToListAsync(cancellationToken);
    }
}
