using ComplaintsHub.Core.Calendar;
using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Queries;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsHub.Core.Services;

public sealed record OfficerChoice(Guid Id, string Name, int OpenCases, int Overdue);

/// <summary>
/// Every change to a case goes through here: the person must be able to see the case, their role must allow the
/// action, the case must be as they last saw it (else "changed by X at T — reload"), and the aggregate must allow
/// the move. The change and its timeline event are saved together.
/// </summary>
public sealed class CaseActions(IDbContextFactory<ComplaintsDbContext> dbFactory, CalendarService calendars, TimeProvider clock)
{
    public Task AcknowledgeAsync(int caseId, Guid version, DateOnly? agreedResponseDate, CurrentStaff staff, CancellationToken cancellationToken = default) =>
        ApplyAsync(caseId, version, staff, ComplaintAction.Acknowledge, (c, calendar, now) => c.Acknowledge(staff.Actor, now, calendar, agreedResponseDate), cancellationToken);

    public async Task AllocateAsync(int caseId, Guid version, Guid officerId, CurrentStaff staff, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var officer = await db.StaffUsers.AsNoTracking().Where(s => s.Id == officerId && s.IsActive).Select(s => new { s.Id, s.DisplayName }).SingleOrDefaultAsync(cancellationToken)
            ?? throw new DomainException("That officer is not available: their access may have been switched off.");
        await ApplyAsync(caseId, version, staff, ComplaintAction.Allocate, (c, _, now) => c.Allocate(officer.Id, officer.DisplayName, staff.Actor, now), cancellationToken);
    }

    public Task ExtendAsync(int caseId, Guid version, int workingDays, string reason, DateOnly complainantToldOn, CurrentStaff staff, CancellationToken cancellationToken = default) =>
        ApplyAsync(caseId, version, staff, ComplaintAction.Extend, (c, calendar, now) =>
        {
            if (complainantToldOn > UkTime.DateOf(now)) throw new DomainException("The date the complainant was told cannot be in the future.");
            c.Extend(workingDays, reason, UkTime.ToUtc(complainantToldOn.ToDateTime(new TimeOnly(12, 0))), staff.Actor, now, calendar);
        }, cancellationToken);

    public Task RecordResponseAsync(int caseId, Guid version, StageResponse response, CurrentStaff staff, CancellationToken cancellationToken = default) =>
        ApplyAsync(caseId, version, staff, ComplaintAction.RecordResponse, (c, calendar, now) => c.RecordResponse(response, staff.Actor, now, calendar), cancellationToken);

    public Task CloseAsync(int caseId, Guid version, CurrentStaff staff, CancellationToken cancellationToken = default) =>
        ApplyAsync(caseId, version, staff, ComplaintAction.Close, (c, _, now) => c.Close(staff.Actor, now), cancellationToken);

    public Task WithdrawAsync(int caseId, Guid version, string reason, CurrentStaff staff, CancellationToken cancellationToken = default) =>
        ApplyAsync(caseId, version, staff, ComplaintAction.Withdraw, (c, _, now) => c.Withdraw(reason, staff.Actor, now), cancellationToken);

    public Task EscalateAsync(int caseId, Guid version, string? reasonOutsideWindow, CurrentStaff staff, CancellationToken cancellationToken = default) =>
        ApplyAsync(caseId, version, staff, ComplaintAction.Escalate, (c, calendar, now) => c.Escalate(reasonOutsideWindow, staff.Actor, now, calendar), cancellationToken);

    public Task ResolveAsync(int caseId, Guid version, string note, CurrentStaff staff, CancellationToken cancellationToken = default) =>
        ApplyAsync(caseId, version, staff, ComplaintAction.Resolve, (c, _, now) => c.Resolve(note, staff.Actor, now), cancellationToken);

    public async Task AssignStageAsync(int caseId, Guid version, Guid headOfServiceId, CurrentStaff staff, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var head = await db.StaffUsers.AsNoTracking()
            .Where(s => s.Id == headOfServiceId && s.IsActive && s.Roles.Any(r => r.Role == StaffRole.HeadOfService))
            .Select(s => new { s.Id, s.DisplayName }).SingleOrDefaultAsync(cancellationToken)
            ?? throw new DomainException("Choose an active head of service.");
        await ApplyAsync(caseId, version, staff, ComplaintAction.AssignStage, (c, _, now) => c.AssignStage(head.Id, head.DisplayName, staff.Actor, now), cancellationToken);
    }

    public Task AddNoteAsync(int caseId, Guid version, string text, CurrentStaff staff, CancellationToken cancellationToken = default) =>
        ApplyAsync(caseId, version, staff, ComplaintAction.AddNote, (c, _, now) => c.AddNote(text, staff.Actor, now), cancellationToken);

    public Task LogCallAsync(int caseId, Guid version, DateOnly calledOn, string summary, CurrentStaff staff, CancellationToken cancellationToken = default) =>
        ApplyAsync(caseId, version, staff, ComplaintAction.LogCall, (c, _, now) =>
            c.LogCall(calledOn == UkTime.DateOf(now) ? now : UkTime.ToUtc(calledOn.ToDateTime(new TimeOnly(12, 0))), summary, staff.Actor, now), cancellationToken);

    public Task RecordPartnerResponseAsync(int caseId, Guid version, string response, CurrentStaff staff, CancellationToken cancellationToken = default) =>
        ApplyAsync(caseId, version, staff, ComplaintAction.RecordPartnerResponse, (c, _, now) => c.RecordPartnerResponse(response, staff.Actor, now), cancellationToken);

    public Task ReopenAsync(int caseId, Guid version, string reason, CurrentStaff staff, CancellationToken cancellationToken = default) =>
        ApplyAsync(caseId, version, staff, ComplaintAction.Reopen, (c, _, now) => c.Reopen(reason, staff.Actor, now), cancellationToken);

    public Task CorrectReceivedDateAsync(int caseId, Guid version, DateTime receivedUk, string reason, CurrentStaff staff, CancellationToken cancellationToken = default) =>
        ApplyAsync(caseId, version, staff, ComplaintAction.CorrectReceivedDate, (c, calendar, now) => c.CorrectReceivedDate(UkTime.ToUtc(receivedUk), reason, staff.Actor, now, calendar), cancellationToken);

    public Task ConvertToComplaintAsync(int caseId, Guid version, string reason, CurrentStaff staff, CancellationToken cancellationToken = default) =>
        ApplyAsync(caseId, version, staff, ComplaintAction.ConvertToComplaint, (c, calendar, now, db) =>
        {
            // The service area's usual procedure, read through the same context so it is not added again.
            var procedureId = db.ServiceAreas.Where(a => a.Id == c.ServiceAreaId).Select(a => a.DefaultProcedureId).Single();
            c.ConvertToComplaint(db.Procedures.Include(p => p.Stages).Single(p => p.Id == procedureId), reason, staff.Actor, now, calendar);
        }, cancellationToken);

    public Task ReferToOmbudsmanAsync(int caseId, Guid version, string? theirReference, DateOnly receivedOn, CurrentStaff staff, CancellationToken cancellationToken = default) =>
        ApplyAsync(caseId, version, staff, ComplaintAction.ReferToOmbudsman, (c, _, now) =>
        {
            if (receivedOn > UkTime.DateOf(now)) throw new DomainException("The enquiry cannot have arrived in the future.");
            c.ReferToOmbudsman(theirReference, receivedOn, staff.Actor, now);
        }, cancellationToken);

    public Task RecordOmbudsmanDecisionAsync(int caseId, Guid version, OmbudsmanDecision decision, DateOnly decidedOn, string? remedy, DateOnly? complianceDue, CurrentStaff staff, CancellationToken cancellationToken = default) =>
        ApplyAsync(caseId, version, staff, ComplaintAction.RecordOmbudsmanDecision, (c, _, now) => c.RecordOmbudsmanDecision(decision, decidedOn, remedy, complianceDue, staff.Actor, now), cancellationToken);

    public Task RecordRemedyComplianceAsync(int caseId, Guid version, DateOnly compliedOn, CurrentStaff staff, CancellationToken cancellationToken = default) =>
        ApplyAsync(caseId, version, staff, ComplaintAction.RecordRemedyCompliance, (c, _, now) => c.RecordRemedyCompliance(compliedOn, staff.Actor, now), cancellationToken);

    /// <summary>Heads of service who may take a Stage 2 in this service area.</summary>
    public async Task<IReadOnlyList<OfficerChoice>> HeadsOfServiceForAsync(int serviceAreaId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.StaffUsers.AsNoTracking()
            .Where(s => s.IsActive && s.ServiceAreas.Any(a => a.Id == serviceAreaId) && s.Roles.Any(r => r.Role == StaffRole.HeadOfService))
            .OrderBy(s => s.DisplayName)
            .Select(s => new OfficerChoice(s.Id, s.DisplayName, db.ComplaintStages.Count(st => st.AssignedToId == s.Id && st.ResponseSentAt == null), 0))
            .ToListAsync(cancellationToken);
    }

    /// <summary>The people a case can be allocated to: active officers and team leaders of its service area, with their current load.</summary>
    public async Task<IReadOnlyList<OfficerChoice>> OfficersForAsync(int serviceAreaId, CancellationToken cancellationToken = default)
    {
        var today = UkTime.Today(clock);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.StaffUsers.AsNoTracking()
            .Where(s => s.IsActive && s.ServiceAreas.Any(a => a.Id == serviceAreaId) && s.Roles.Any(r => r.Role == StaffRole.Officer || r.Role == StaffRole.TeamLeader))
            .OrderBy(s => s.DisplayName)
            .Select(s => new OfficerChoice(s.Id, s.DisplayName,
                db.Complaints.Count(c => c.AllocatedOfficerId == s.Id && c.Status != CaseStatus.Closed && c.Status != CaseStatus.Withdrawn),
                db.Complaints.Count(c => c.AllocatedOfficerId == s.Id && c.Status != CaseStatus.Closed && c.Status != CaseStatus.Withdrawn && c.NextDueDate < today)))
            .ToListAsync(cancellationToken);
    }

    private Task ApplyAsync(int caseId, Guid expectedVersion, CurrentStaff staff, ComplaintAction action, Action<Complaint, WorkingDayCalendar, DateTime> change, CancellationToken cancellationToken) =>
        ApplyAsync(caseId, expectedVersion, staff, action, (c, calendar, now, _) => change(c, calendar, now), cancellationToken);

    private async Task ApplyAsync(int caseId, Guid expectedVersion, CurrentStaff staff, ComplaintAction action, Action<Complaint, WorkingDayCalendar, DateTime, ComplaintsDbContext> change, CancellationToken cancellationToken)
    {
        var calendar = await calendars.GetAsync(cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await StaffSessions.RequireLiveAsync(db, staff, clock, cancellationToken);
        var complaint = await CaseLoading.Aggregate(db).AsSplitQuery().SingleOrDefaultAsync(c => c.Id == caseId, cancellationToken)
            ?? throw new DomainException("That case no longer exists.");
        var areas = await CaseLoading.AreasOfAsync(db, staff, cancellationToken);
        if (!CaseRules.CanSee(staff, areas, complaint.ServiceAreaId, complaint.LoggedById, complaint.AllocatedOfficerId))
        {
            throw new PermissionDeniedException("You do not have access to this case.");
        }

        if (CaseRules.RoleRefusal(staff, action, complaint) is { } refusal) throw new PermissionDeniedException(refusal);
        if (complaint.Version != expectedVersion) throw new ConcurrencyException(StaleMessage(complaint.UpdatedByName, complaint.UpdatedAt));

        change(complaint, calendar, clock.GetUtcNow().UtcDateTime, db);
        await db.SaveExpectingAsync(complaint, expectedVersion, async () =>
        {
            // Say who got there first: read the case as it is now.
            await using var fresh = await dbFactory.CreateDbContextAsync(cancellationToken);
            var latest = await fresh.Complaints.AsNoTracking().Where(c => c.Id == caseId).Select(c => new { c.UpdatedByName, c.UpdatedAt }).SingleAsync(cancellationToken);
            return StaleMessage(latest.UpdatedByName, latest.UpdatedAt);
        }, cancellationToken);
    }

    private static string StaleMessage(string who, DateTime at)
    {
        var uk = UkTime.ToLocal(at);
        return $"This case was changed by {who} at {uk:HH:mm} on {uk:d MMMM} while you had it open. Nothing you entered has been saved: reload the case to see the change, then try again.";
    }
}
