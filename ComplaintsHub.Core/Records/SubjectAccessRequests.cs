using ComplaintsHub.Core.Calendar;
using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.Documents;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Input;
using ComplaintsHub.Core.Refusals;
using ComplaintsHub.Core.Services;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsHub.Core.Records;

/// <summary>
/// Subject access requests, for the complaints team: logged with their one-month due date, the person's records gathered,
/// the bundle produced (and written to the access log), and the date it was sent. Every change is checked against the
/// version the page read, and names whoever changed it first.
/// </summary>
public sealed class SubjectAccessRequests(IDbContextFactory<ComplaintsDbContext> dbFactory, IDocumentContentStore documents, RecordsQuery records, TimeProvider clock)
{
    public async Task<IReadOnlyList<SubjectAccessRow>> ListAsync(CurrentStaff staff, CancellationToken cancellationToken = default)
    {
        Require(staff);
        var today = UkTime.Today(clock);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.SubjectAccessRequests.AsNoTracking()
            .OrderBy(r => r.SentOn != null).ThenBy(r => r.DueOn).ThenByDescending(r => r.SentOn).ThenBy(r => r.Id).Take(RecordsQuery.MaxListed)
            .Select(r => new SubjectAccessRow(r.Id, r.Requester, r.ReceivedOn, r.DueOn, r.SentOn, r.People.Count, r.SentOn == null && r.DueOn < today))
            .ToListAsync(cancellationToken);
    }

    public async Task<SubjectAccessDetails?> GetAsync(int id, CurrentStaff staff, CancellationToken cancellationToken = default)
    {
        Require(staff);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var request = await db.SubjectAccessRequests.AsNoTracking().Include(r => r.People).SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (request is null) return null;
        var people = await records.PeopleAsync(db, request.People.Select(p => p.ComplainantId).ToList(), cancellationToken);
        return new SubjectAccessDetails(request.Id, request.Requester, request.ReceivedOn, request.DueOn, request.SentOn, request.IncludeStaffNames,
            request.IsOpen && request.DueOn < UkTime.Today(clock), people, request.Version, request.UpdatedByName, request.UpdatedAt);
    }

    /// <returns>The new request's id.</returns>
    public async Task<int> OpenAsync(NewSubjectAccessRequest form, CurrentStaff staff, CancellationToken cancellationToken = default)
    {
        Require(staff);
        var requester = InputText.Clean(form.Requester);
        if (string.IsNullOrWhiteSpace(requester)) throw new InputRefusedException(NewSubjectAccessRequest.RequesterField, "Give the name of the person asking.");
        TextLimits.Require(requester, SubjectAccessRequest.MaxRequesterLength, NewSubjectAccessRequest.RequesterField, "The name");
        if (form.ReceivedOn is not { } received) throw new InputRefusedException(NewSubjectAccessRequest.ReceivedOnField, "Give the date the request was received.");
        PlausibleDates.RequirePast(received, UkTime.Today(clock), NewSubjectAccessRequest.ReceivedOnField, "The date received");

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await StaffSessions.RequireLiveAsync(db, staff, clock, cancellationToken);
        var request = SubjectAccessRequest.Open(requester, received, form.IncludeStaffNames, staff.Actor, clock.GetUtcNow().UtcDateTime);
        db.SubjectAccessRequests.Add(request);
        await db.SaveChangesAsync(cancellationToken);
        return request.Id;
    }

    public Task AddPersonAsync(int id, Guid version, int complainantId, CurrentStaff staff, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, version, staff, async (db, r, by, at) =>
        {
            if (!await db.Complainants.AnyAsync(c => c.Id == complainantId, cancellationToken)) throw new DomainException("That person is no longer on record.");
            r.AddPerson(complainantId, by, at);
        }, cancellationToken);

    public Task RemovePersonAsync(int id, Guid version, int complainantId, CurrentStaff staff, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, version, staff, (_, r, by, at) => { r.RemovePerson(complainantId, by, at); return Task.CompletedTask; }, cancellationToken);

    public Task SetIncludeStaffNamesAsync(int id, Guid version, bool include, CurrentStaff staff, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, version, staff, (_, r, by, at) => { r.SetIncludeStaffNames(include, by, at); return Task.CompletedTask; }, cancellationToken);

    public Task MarkSentAsync(int id, Guid version, DateOnly sentOn, CurrentStaff staff, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, version, staff, (_, r, by, at) => { r.MarkSent(sentOn, by, at); return Task.CompletedTask; }, cancellationToken);

    /// <summary>Writes the bundle (a zip) to <paramref name="output"/>, and a line in the access log for each of the person's records.</summary>
    public async Task<string> WriteBundleAsync(int id, CurrentStaff staff, Stream output, CancellationToken cancellationToken = default)
    {
        Require(staff);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await StaffSessions.RequireLiveAsync(db, staff, clock, cancellationToken);
        var request = await db.SubjectAccessRequests.AsNoTracking().Include(r => r.People).SingleOrDefaultAsync(r => r.Id == id, cancellationToken)
            ?? throw new DomainException("That subject access request no longer exists.");
        if (request.People.Count == 0) throw new DomainException("Add the person's records to the request first.");
        var now = clock.GetUtcNow().UtcDateTime;
        var people = request.People.Select(p => p.ComplainantId).ToList();
        // Written before the bundle is read, so that the bundle's own access log shows this production too.
        db.PersonalDataAccessLog.AddRange(people.Select(p =>
            new PersonalDataAccess(staff.Actor, now, PersonalDataPurpose.ProducedSubjectAccessBundle, p, null, null, $"Subject access request {request.Id}")));
        await db.SaveChangesAsync(cancellationToken);
        await SubjectAccessBundle.WriteAsync(db, documents, request, now, output, cancellationToken);
        return $"subject-access-request-{request.Id}.zip";
    }

    private async Task ChangeAsync(int id, Guid version, CurrentStaff staff, Func<ComplaintsDbContext, SubjectAccessRequest, Actor, DateTime, Task> change,
        CancellationToken cancellationToken)
    {
        Require(staff);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await StaffSessions.RequireLiveAsync(db, staff, clock, cancellationToken);
        var request = await db.SubjectAccessRequests.Include(r => r.People).SingleOrDefaultAsync(r => r.Id == id, cancellationToken)
            ?? throw new DomainException("That subject access request no longer exists.");
        if (request.Version != version) throw new ConcurrencyException(Stale(request));
        await change(db, request, staff.Actor, clock.GetUtcNow().UtcDateTime);
        await db.SaveExpectingAsync(request, version, async () =>
        {
            await using var fresh = await dbFactory.CreateDbContextAsync(cancellationToken);
            return Stale(await fresh.SubjectAccessRequests.AsNoTracking().SingleAsync(r => r.Id == id, cancellationToken));
        }, cancellationToken);
    }

    private static string Stale(SubjectAccessRequest request) => StaleChange.Message("This subject access request", request.UpdatedByName, request.UpdatedAt);

    private static void Require(CurrentStaff staff) => staff.Require(StaffRole.ComplaintsAdmin, "handle subject access requests");
}
