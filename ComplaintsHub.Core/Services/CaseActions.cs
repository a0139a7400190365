using ComplaintsHub.Core.Calendar;
using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Input;
using ComplaintsHub.Core.Queries;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsHub.Core.Services;

public sealed record OfficerChoice(Guid Id, string Name, int OpenCases, int Overdue);

/// <summary>
/// Every change to a case goes through here: the person must be able to see the case, their role must allow the
/// action, the case must be as they last saw it (else "changed by X at T — reload"), and the aggregate must allow
/// the move. The change and its timeline event are saved together. Text is cleaned as it arrives here, and text,
/// numbers and dates outside their limits are refused naming the field (<see cref="CaseActionFields"/>).
/// </summary>
public sealed class CaseActions(IDbContextFactory<ComplaintsDbContext> dbFactory, CalendarService calendars, TimeProvider clock)
{
    public Task AcknowledgeAsync(int caseId, Guid version, DateOnly? agreedResponseDate, CurrentStaff staff, CancellationToken cancellationToken = default) =>
        ApplyAsync(caseId, version, staff, ComplaintAction.Acknowledge, (c, calendar, now) =>
        {
            if (agreedResponseDate is { } agreed) PlausibleDates.RequireDeadline(agreed, UkTime.DateOf(now), CaseActionFields.Date, "The agreed response date");
            c.Acknowledge(staff.Actor, now, calendar, agreedResponseDate);
        }, cancellationToken);

    public async Task AllocateAsync(int caseId, Guid version, Guid officerId, CurrentStaff staff, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var officer = await db.StaffUsers.AsNoTracking().Where(s => s.Id == officerId && s.IsActive).Select(s => new { s.Id, s.DisplayName }).SingleOrDefaultAsync(cancellationToken)
            ?? throw new DomainException("That officer is not available: their access may have been switched off.");
        await ApplyAsync(caseId, version, staff, ComplaintAction.Allocate, (c, _, now) => c.Allocate(officer.Id, officer.DisplayName, staff.Actor, now), cancellationToken);
    }

    public Task ExtendAsync(int caseId, Guid version, int workingDays, string reason, DateOnly complainantToldOn, CurrentStaff staff, CancellationToken cancellationToken = default)
    {
        reason = Text(reason, "The reason");
        return ApplyAsync(caseId, version, staff, ComplaintAction.Extend, (c, calendar, now) =>
        {
            if (complainantToldOn > UkTime.DateOf(now)) throw new InputRefusedException(CaseActionFields.Date, "The date the complainant was told cannot be in the future.");
            PlausibleDates.RequirePast(complainantToldOn, UkTime.DateOf(now), CaseActionFields.Date, "The date the complainant was told");
            if (c.Can(ComplaintAction.Extend) && c.Stage is { } stage)
            {
                var max = c.Procedure.Stage(c.CurrentStage).MaxExtensionWorkingDays;
                var left = max - stage.ExtendedByWorkingDays;
                if (workingDays < 1 || workingDays > left)
                {
                    throw new InputRefusedException(CaseActionFields.WorkingDays, left < 1
                        ? $"Stage {c.CurrentStage} has already been extended by the most allowed ({max} working days)."
                        : $"Extend by 1 to {left} working days: Stage {c.CurrentStage} may be extended by at most {max} in all, and {stage.ExtendedByWorkingDays} {(stage.ExtendedByWorkingDays == 1 ? "is" : "are")} already used.");
                }
            }

            c.Extend(workingDays, reason, UkTime.ToUtc(complainantToldOn.ToDateTime(new TimeOnly(12, 0))), staff.Actor, now, calendar);
        }, cancellationToken);
    }

    public Task RecordResponseAsync(int caseId, Guid version, StageResponse response, CurrentStaff staff, CancellationToken cancellationToken = default)
    {
        response = response with
        {
            RemedySummary = OptionalText(response.RemedySummary, "The remedy"),
            RootCause = OptionalText(response.RootCause, "The root cause", CaseActionFields.RootCause),
            LessonLearnt = OptionalText(response.LessonLearnt, "The lesson learnt", CaseActionFields.LessonLearnt),
        };
        NumberLimits.RequireRedress(response.FinancialRedress, CaseActionFields.FinancialRedress);
        return ApplyAsync(caseId, version, staff, ComplaintAction.RecordResponse, (c, calendar, now) => c.RecordResponse(response, staff.Actor, now, calendar), cancellationToken);
    }

    public Task CloseAsync(int caseId, Guid version, CurrentStaff staff, CancellationToken cancellationToken = default) =>
        ApplyAsync(caseId, version, staff, ComplaintAction.Close, (c, _, now) => c.Close(staff.Actor, now), cancellationToken);

    public Task WithdrawAsync(int caseId, Guid version, string reason, CurrentStaff staff, CancellationToken cancellationToken = default) =>
        WithText(reason, "The reason", reason => ApplyAsync(caseId, version, staff, ComplaintAction.Withdraw, (c, _, now) => c.Withdraw(reason, staff.Actor, now), cancellationToken));

    public Task EscalateAsync(int caseId, Guid version, string? reasonOutsideWindow, CurrentStaff staff, CancellationToken cancellationToken = default)
    {
        reasonOutsideWindow = OptionalText(reasonOutsideWindow, "The reason");
        return ApplyAsync(caseId, version, staff, ComplaintAction.Escalate, (c, calendar, now) => c.Escalate(reasonOutsideWindow, staff.Actor, now, calendar), cancellationToken);
    }

    public Task ResolveAsync(int caseId, Guid version, string note, CurrentStaff staff, CancellationToken cancellationToken = default) =>
        WithText(note, "How it was dealt with", note => ApplyAsync(caseId, version, staff, ComplaintAction.Resolve, (c, _, now) => c.Resolve(note, staff.Actor, now), cancellationToken));

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
        WithText(text, "The note", text => ApplyAsync(caseId, version, staff, ComplaintAction.AddNote, (c, _, now) => c.AddNote(text, staff.Actor, now), cancellationToken));

    public Task LogCallAsync(int caseId, Guid version, DateOnly calledOn, string summary, CurrentStaff staff, CancellationToken cancellationToken = default) =>
        WithText(summary, "What was said", summary => ApplyAsync(caseId, version, staff, ComplaintAction.LogCall, (c, _, now) =>
        {
            if (calledOn > UkTime.DateOf(now)) throw new InputRefusedException(CaseActionFields.Date, "The call cannot be in the future.");
            PlausibleDates.RequirePast(calledOn, UkTime.DateOf(now), CaseActionFields.Date, "The date of the call");
            c.LogCall(calledOn == UkTime.DateOf(now) ? now : UkTime.ToUtc(calledOn.ToDateTime(new TimeOnly(12, 0))), summary, staff.Actor, now);
        }, cancellationToken));

    public Task RecordPartnerResponseAsync(int caseId, Guid version, string response, CurrentStaff staff, CancellationToken cancellationToken = default) =>
        WithText(response, "The partner's response", response => ApplyAsync(caseId, version, staff, ComplaintAction.RecordPartnerResponse, (c, _, now) => c.RecordPartnerResponse(response, staff.Actor, now), cancellationToken));

    public Task ReopenAsync(int caseId, Guid version, string reason, CurrentStaff staff, CancellationToken cancellationToken = default) =>
        WithText(reason, "The reason", reason => ApplyAsync(caseId, version, staff, ComplaintAction.Reopen, (c, _, now) => c.Reopen(reason, staff.Actor, now), cancellationToken));

    public Task CorrectReceivedDateAsync(int caseId, Guid version, DateTime receivedUk, string reason, CurrentStaff staff, CancellationToken cancellationToken = default) =>
        WithText(reason, "The reason", reason => ApplyAsync(caseId, version, staff, ComplaintAction.CorrectReceivedDate, (c, calendar, now) =>
        {
            var receivedOn = DateOnly.FromDateTime(receivedUk);
            if (receivedOn > UkTime.DateOf(now)) throw new InputRefusedException(CaseActionFields.Date, "The date received cannot be in the future.");
            PlausibleDates.RequirePast(receivedOn, UkTime.DateOf(now), CaseActionFields.Date, "The date received");
            c.CorrectReceivedDate(UkTime.ToUtc(receivedUk), reason, staff.Actor, now, calendar);
        }, cancellationToken));

    public Task ConvertToComplaintAsync(int caseId, Guid version, string reason, CurrentStaff staff, CancellationToken cancellationToken = default) =>
        WithText(reason, "The reason", reason => ApplyAsync(caseId, version, staff, ComplaintAction.ConvertToComplaint, (c, calendar, now, db) =>
        {
            // The service area's usual procedure, read through the same context so it is not added again.
            var procedureId = db.ServiceAreas.Where(a => a.Id == c.ServiceAreaId).Select(a => a.DefaultProcedureId).Single();
            c.ConvertToComplaint(db.Procedures.Include(p => p.Stages).Single(p => p.Id == procedureId), reason, staff.Actor, now, calendar);
        }, cancellationToken));

    public Task ReferToOmbudsmanAsync(int caseId, Guid version, string? theirReference, DateOnly receivedOn, CurrentStaff staff, CancellationToken cancellationToken = default)
    {
        theirReference = OptionalText(theirReference, "The Ombudsman's reference", limit: TextLimits.Reference);
        return ApplyAsync(caseId, version, staff, ComplaintAction.ReferToOmbudsman, (c, _, now) =>
        {
            if (receivedOn > UkTime.DateOf(now)) throw new InputRefusedException(CaseActionFields.Date, "The enquiry cannot have arrived in the future.");
            PlausibleDates.RequirePast(receivedOn, UkTime.DateOf(now), CaseActionFields.Date, "The date the enquiry arrived");
            c.ReferToOmbudsman(theirReference, receivedOn, staff.Actor, now);
        }, cancellationToken);
    }

    public Task RecordOmbudsmanDecisionAsync(int caseId, Guid version, OmbudsmanDecision decision, DateOnly decidedOn, string? remedy, DateOnly? complianceDue, CurrentStaff staff, CancellationToken cancellationToken = default)
    {
        remedy = OptionalText(remedy, "The remedy");
        return ApplyAsync(caseId, version, staff, ComplaintAction.RecordOmbudsmanDecision, (c, _, now) =>
        {
            PlausibleDates.RequirePast(decidedOn, UkTime.DateOf(now), CaseActionFields.Date, "The decision date");
            if (complianceDue is { } due) PlausibleDates.RequireDeadline(due, UkTime.DateOf(now), CaseActionFields.ComplianceDue, "The date the remedy must be complied with by");
            c.RecordOmbudsmanDecision(decision, decidedOn, remedy, complianceDue, staff.Actor, now);
        }, cancellationToken);
    }

    public Task RecordRemedyComplianceAsync(int caseId, Guid version, DateOnly compliedOn, CurrentStaff staff, CancellationToken cancellationToken = default) =>
        ApplyAsync(caseId, version, staff, ComplaintAction.RecordRemedyCompliance, (c, _, now) =>
        {
            PlausibleDates.RequirePast(compliedOn, UkTime.DateOf(now), CaseActionFields.Date, "The date the remedy was complied with");
            c.RecordRemedyCompliance(compliedOn, staff.Actor, now);
        }, cancellationToken);

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

    /// <summary>The action's required text, cleaned and within its limit, handed to the action.</summary>
    private static Task WithText(string? text, string what, Func<string, Task> action) => action(Text(text, what));

    private static string Text(string? text, string what)
    {
        var clean = InputText.CleanRequired(text);
        TextLimits.Require(clean, TextLimits.Notes, CaseActionFields.Text, what);
        return clean;
    }

    private static string? OptionalText(string? text, string what, string field = CaseActionFields.Text, int limit = TextLimits.Notes)
    {
        var clean = InputText.Clean(text);
        TextLimits.Require(clean, limit, field, what);
        return clean;
    }

    private static string StaleMessage(string who, DateTime at)
    {
        var uk = UkTime.ToLocal(at);
        return $"This case was changed by {who} at {uk:HH:mm} on {uk:d MMMM} while you had it open. Nothing you entered has been saved: reload the case to see the change, then try again.";
    }
}
