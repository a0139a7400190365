using ComplaintsHub.Core.Calendar;
using ComplaintsHub.Core.Cases;
using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Records;
using ComplaintsHub.Core.Services;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsHub.Core.Queries;

/// <summary>Everything about one case, for the case page, after checking the person may see it.</summary>
public sealed class CaseQuery(IDbContextFactory<ComplaintsDbContext> dbFactory, CalendarService calendars, AccessLog accessLog, TimeProvider clock)
{
    /// <summary>
    /// Writes to the access log that this person was shown the case (<see cref="GetAsync"/> gave it them). The page's
    /// server-rendered copy and the interactive page that follows it are one opening: a second line for the same person and
    /// case within <see cref="OneOpening"/> is not written.
    /// </summary>
    public Task RecordOpenedAsync(CaseDetails shown, CurrentStaff staff, CancellationToken cancellationToken = default) =>
        accessLog.RecordAsync(staff, PersonalDataPurpose.OpenedCase, shown.Id, shown.Reference, shown.Complainant?.Id, null, cancellationToken, unlessWithin: OneOpening);

    public static readonly TimeSpan OneOpening = TimeSpan.FromMinutes(2);

    public async Task<CaseLookup> GetAsync(string reference, CurrentStaff staff, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var complaint = await CaseLoading.Aggregate(db).AsNoTracking()
            .Include(c => c.ServiceArea).Include(c => c.Subject).Include(c => c.Category).Include(c => c.Complainant).Include(c => c.AllocatedOfficer)
            .AsSplitQuery()
            .SingleOrDefaultAsync(c => c.Reference == reference.Trim().ToUpperInvariant(), cancellationToken);
        if (complaint is null) return new CaseLookup.NotFound();
        var visibility = await CaseVisibility.OfAsync(db, staff, cancellationToken);
        if (!visibility.CanSee(complaint.ServiceAreaId, complaint.LoggedById, complaint.AllocatedOfficerId))
        {
            return new CaseLookup.NoAccess(staff.IsCaseworker
                ? $"This case belongs to {complaint.ServiceArea!.Name}, which is not one of your service areas."
                : "Your role sees figures only, not individual cases.");
        }

        var linked = complaint.ComplainantId is { } personId
            ? await visibility.Apply(db.Complaints.AsNoTracking()).Where(c => c.ComplainantId == personId && c.Id != complaint.Id).OrderByDescending(c => c.ReceivedAt)
                .Select(c => new CaseLink(c.Reference, c.Classification, c.Status, c.ReceivedOn, c.ServiceArea!.Name)).Take(20).ToListAsync(cancellationToken)
            : [];
        var loggedBy = await db.StaffUsers.Where(s => s.Id == complaint.LoggedById).Select(s => s.DisplayName).SingleOrDefaultAsync(cancellationToken) ?? "Unknown";
        var calendar = await calendars.GetAsync(cancellationToken);
        var today = UkTime.Today(clock);
        var person = complaint.Complainant;
        var lastResponse = complaint.Stages.Where(s => s.ResponseSentOn is not null).MaxBy(s => s.StageNumber)?.ResponseSentOn;
        var settings = complaint.Stage is { } current ? complaint.Procedure.Stage(current.StageNumber) : null;
        var peopleIds = complaint.PromisedActions.Select(a => a.OwnerId).Concat(complaint.PromisedActions.Where(a => a.CompletedById is not null).Select(a => a.CompletedById!.Value)).Distinct().ToList();
        var people = peopleIds.Count == 0
            ? new Dictionary<Guid, string>()
            : await db.StaffUsers.Where(s => peopleIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.DisplayName, cancellationToken);
        var evidenceIds = complaint.PromisedActions.Where(a => a.CompletionDocumentId is not null).Select(a => a.CompletionDocumentId!.Value).ToList();
        // A removed document keeps its name on the action; its download link goes with its content.
        var evidence = evidenceIds.Count == 0
            ? new Dictionary<Guid, (string Name, bool Removed)>()
            : (await db.CaseDocuments.Where(d => evidenceIds.Contains(d.Id)).Select(d => new { d.Id, d.FileName, d.RemovedAt }).ToListAsync(cancellationToken))
                .ToDictionary(d => d.Id, d => (Name: d.FileName, Removed: d.RemovedAt != null));
        return new CaseLookup.Found(new CaseDetails(
            complaint.Id, complaint.Reference, complaint.Classification, complaint.Status, complaint.CurrentStage, complaint.Outcome,
            complaint.ReceivedAt, complaint.Channel, complaint.ServiceArea!.Name, complaint.ServiceAreaId, complaint.Subject?.Name, complaint.Category?.Name,
            complaint.ProcedureId, complaint.Procedure.Name, complaint.Procedure.Ombudsman, complaint.Procedure.StageCount, complaint.Procedure.AllowsInformalResolution,
            settings?.MaxExtensionWorkingDays ?? 0, settings?.ResponseDateAgreedWithComplainant ?? false,
            complaint.Description, complaint.DesiredOutcome, complaint.SharedServicePartner, complaint.PartnerStatus,
            complaint.AllocatedOfficerId, complaint.AllocatedOfficer?.DisplayName, loggedBy,
            person is null ? null : new CaseComplainant(person.Id, person.FullName,
                string.Join(", ", new[] { person.AddressLine1, person.AddressLine2, person.Town }.Where(p => !string.IsNullOrWhiteSpace(p))) is { Length: > 0 } a ? a : null,
                person.Postcode, person.Phone, person.Email, person.PreferredContactMethod, person.ReasonableAdjustments, person.NeedsLargePrint,
                person.RepresentativeName, person.RepresentativeContact, person.ConsentToShareWithRepresentative, person.Title, person.LastName),
            complaint.Stages.OrderBy(s => s.StageNumber).Select(s => new CaseStage(s.StageNumber, s.OpenedAt, s.AcknowledgementDue, s.AcknowledgedAt, s.ResponseDue,
                s.OriginalResponseDue, s.ResponseSentAt, s.Outcome, s.RemedySummary, s.FinancialRedress, s.RootCause, s.LessonLearnt, s.EscalationDeadline,
                s.Extensions.OrderBy(e => e.AgreedAt).Select(e => new CaseExtension(e.PreviousDue, e.NewDue, e.WorkingDays, e.Reason, e.ComplainantToldAt)).ToList())).ToList(),
            complaint.OmbudsmanEnquiries.Select(o => new CaseOmbudsmanEnquiry(o.Id, o.Body, o.TheirReference, o.ReceivedOn, o.Decision, o.DecidedOn, o.RemedyRecommended, o.ComplianceDue, o.CompliedOn)).ToList(),
            complaint.Timeline.OrderByDescending(t => t.OccurredAt).ThenByDescending(t => t.Id).Select(t => new CaseTimelineEntry(t.OccurredAt, t.ActorName, t.Type, t.Summary)).ToList(),
            complaint.NextDueDate, complaint.NextDueKind, complaint.NextDueDate is { } due ? calendar.DueStatusOf(due, today) : null,
            lastResponse?.AddMonths(complaint.Procedure.OmbudsmanTimeLimitMonths),
            Enum.GetValues<ComplaintAction>().Select(a => new CaseAction(a, complaint.WhyNot(a) ?? CaseActionDefinitions.For(a).RoleRefusal(staff, complaint))).ToList(),
            complaint.Version, complaint.UpdatedAt, complaint.UpdatedByName, linked, complaint.ImportedReference)
        {
            LegalHold = complaint.LegalHoldReason is { } held ? (held, complaint.LegalHoldSince!.Value, complaint.LegalHoldByName ?? "") : null,
            AnonymisedAt = complaint.AnonymisedAt,
            PromisedActions = complaint.PromisedActions.OrderBy(a => a.Status).ThenBy(a => a.IsOpen ? a.DueDate : DateOnly.MaxValue).ThenByDescending(a => a.CompletedAt).ThenBy(a => a.Id)
                .Select(a => new CasePromisedAction(a.Id, a.StageNumber, a.What, a.DueDate, a.OwnerId, people.GetValueOrDefault(a.OwnerId, "Unknown"), a.WhoText, a.Status,
                    a.CompletedAt, a.CompletedById is { } by ? people.GetValueOrDefault(by, "Unknown") : null, a.CompletionNote,
                    a.IsOpen && a.DueDate < today, a.IsOpen && PromisedActionRights.May(staff, a.OwnerId, complaint.AllocatedOfficerId),
                    a.CompletionDocumentId is { } shown && evidence.TryGetValue(shown, out var live) && !live.Removed ? shown : null,
                    a.CompletionDocumentId is { } named && evidence.TryGetValue(named, out var document) ? document.Name : null))
                .ToList(),
        });
    }
}
