using ComplaintsHub.Core.Calendar;
using ComplaintsHub.Core.Refusals;

namespace ComplaintsHub.Core.Domain;

/// <summary>
/// A logged contact and, for complaints, its journey through the procedure's stages. Every rule about what may
/// happen next lives here: one transition table, a refusal with a reason for anything else, and a timeline
/// event for every change.
/// </summary>
public sealed class Complaint : VersionedEntity, IReportedByArea
{
    private static readonly IReadOnlyDictionary<ComplaintAction, CaseStatus[]> Transitions = new Dictionary<ComplaintAction, CaseStatus[]>
    {
        [ComplaintAction.Acknowledge] = [CaseStatus.Received],
        [ComplaintAction.Allocate] = [CaseStatus.Received, CaseStatus.Acknowledged, CaseStatus.Responded, CaseStatus.WithOmbudsman],
        [ComplaintAction.Extend] = [CaseStatus.Acknowledged],
        [ComplaintAction.RecordResponse] = [CaseStatus.Acknowledged],
        [ComplaintAction.Close] = [CaseStatus.Responded],
        [ComplaintAction.Withdraw] = [CaseStatus.Received, CaseStatus.Acknowledged],
        [ComplaintAction.Escalate] = [CaseStatus.Responded, CaseStatus.Closed],
        [ComplaintAction.ReferToOmbudsman] = [CaseStatus.Responded, CaseStatus.Closed],
        [ComplaintAction.RecordOmbudsmanDecision] = [CaseStatus.WithOmbudsman],
        [ComplaintAction.RecordRemedyCompliance] = [CaseStatus.WithOmbudsman],
        [ComplaintAction.Resolve] = [CaseStatus.Received, CaseStatus.Acknowledged],
        [ComplaintAction.AssignStage] = [CaseStatus.Received, CaseStatus.Acknowledged],
        [ComplaintAction.AddNote] = Enum.GetValues<CaseStatus>(),
        [ComplaintAction.LogCall] = Enum.GetValues<CaseStatus>(),
        [ComplaintAction.RecordPartnerResponse] = Enum.GetValues<CaseStatus>(),
        [ComplaintAction.Reopen] = [CaseStatus.Closed, CaseStatus.Withdrawn],
        [ComplaintAction.CorrectReceivedDate] = Enum.GetValues<CaseStatus>(),
        [ComplaintAction.ConvertToComplaint] = [CaseStatus.Received, CaseStatus.Acknowledged, CaseStatus.Closed],
        [ComplaintAction.RaiseRiskFlag] = Enum.GetValues<CaseStatus>(),
        // Promises outlive the case: the Complaint Handling Code asks for them to be tracked until done, closed or not.
        [ComplaintAction.CompletePromisedAction] = Enum.GetValues<CaseStatus>(),
        [ComplaintAction.RedatePromisedAction] = Enum.GetValues<CaseStatus>(),
        // A hold is about the file, not the procedure: a claim or an investigation can arise at any point.
        [ComplaintAction.PlaceLegalHold] = Enum.GetValues<CaseStatus>(),
        [ComplaintAction.LiftLegalHold] = Enum.GetValues<CaseStatus>(),
    };

    private static readonly HashSet<ComplaintAction> NonComplaintActions =
    [
        ComplaintAction.Allocate, ComplaintAction.Resolve, ComplaintAction.Acknowledge, ComplaintAction.Withdraw, ComplaintAction.AddNote, ComplaintAction.LogCall,
        ComplaintAction.RecordPartnerResponse, ComplaintAction.Reopen, ComplaintAction.CorrectReceivedDate, ComplaintAction.ConvertToComplaint,
        ComplaintAction.RaiseRiskFlag, ComplaintAction.PlaceLegalHold, ComplaintAction.LiftLegalHold,
    ];

    private Complaint() { }

    public int Id { get; private set; }
    public string Reference { get; private set; } = "";
    public ContactClassification Classification { get; private set; }
    public DateTime ReceivedAt { get; private set; }
    /// <summary>The UK date of receipt: what the clock and the monthly reports count from.</summary>
    public DateOnly ReceivedOn { get; private set; }
    public Channel Channel { get; private set; }
    public int ProcedureId { get; private set; }
    public Procedure Procedure { get; private set; } = null!;
    public int ServiceAreaId { get; private set; }
    public ServiceArea? ServiceArea { get; private set; }
    public int? SubjectId { get; private set; }
    public Subject? Subject { get; private set; }
    public int? CategoryId { get; private set; }
    public Category? Category { get; private set; }
    public int? ComplainantId { get; private set; }
    public Complainant? Complainant { get; private set; }
    public string Description { get; private set; } = "";
    public string? DesiredOutcome { get; private set; }
    /// <summary>The shared-service partner that delivers the service, when it is not the council itself.</summary>
    public string? SharedServicePartner { get; private set; }
    public PartnerStatus PartnerStatus { get; private set; } = PartnerStatus.NotApplicable;
    public Guid? AllocatedOfficerId { get; private set; }
    public StaffUser? AllocatedOfficer { get; private set; }
    public Guid LoggedById { get; private set; }
    public int CurrentStage { get; private set; }
    public CaseStatus Status { get; private set; }
    /// <summary>The outcome of the latest stage that was answered (or how a non-complaint was dealt with).</summary>
    public Outcome? Outcome { get; private set; }
    public DateTime? ClosedAt { get; private set; }
    /// <summary>The next deadline in force, kept here so lists can filter and sort on it with an index.</summary>
    public DateOnly? NextDueDate { get; private set; }
    public DueKind? NextDueKind { get; private set; }
    public DateTime CreatedAt { get; private set; }
    public DateTime UpdatedAt { get; private set; }
    /// <summary>Who made the last change: named in the "changed by someone else" message.</summary>
    public string UpdatedByName { get; private set; } = "";
    /// <summary>The logging form's one-off key; null for cases that did not come from the form.</summary>
    public Guid? SubmissionId { get; private set; }
    /// <summary>The reference the case had in the council's old list, when it was imported from one: searchable, and never imported twice.</summary>
    public string? ImportedReference { get; private set; }
    /// <summary>Why the file must be kept past its retention period (a claim, an investigation): null when it need not.</summary>
    public string? LegalHoldReason { get; private set; }
    public DateTime? LegalHoldSince { get; private set; }
    public string? LegalHoldByName { get; private set; }
    /// <summary>When the case's text and its complainant's details were removed under the retention rules or an erasure.</summary>
    public DateTime? AnonymisedAt { get; private set; }
    public List<ComplaintStage> Stages { get; private set; } = [];
    public List<OmbudsmanEnquiry> OmbudsmanEnquiries { get; private set; } = [];
    public List<TimelineEvent> Timeline { get; private set; } = [];
    public List<PromisedAction> PromisedActions { get; private set; } = [];

    public bool IsComplaint => Classification == ContactClassification.Complaint;
    public bool IsOpen => Status.IsOpen();
    public ComplaintStage? Stage => Stages.SingleOrDefault(s => s.StageNumber == CurrentStage);

    public sealed record LogDetails(
        string Reference,
        ContactClassification Classification,
        DateTime ReceivedAt,
        Channel Channel,
        int ServiceAreaId,
        int? SubjectId,
        int? CategoryId,
        Complainant? Complainant,
        string Description,
        string? DesiredOutcome,
        string? SharedServicePartner,
        Guid? SubmissionId = null);

    /// <summary>Logs a contact. A complaint opens Stage 1 of <paramref name="procedure"/> with its deadlines.</summary>
    public static Complaint Log(LogDetails details, Procedure procedure, Actor by, DateTime at, WorkingDayCalendar calendar)
    {
        if (string.IsNullOrWhiteSpace(details.Description)) throw new DomainException("Describe what the contact is about.");
        if (details.ReceivedAt > at) throw new DomainException("The date received cannot be in the future.");

        var complaint = new Complaint
        {
            Reference = details.Reference,
            Classification = details.Classification,
            ReceivedAt = details.ReceivedAt,
            ReceivedOn = UkTime.DateOf(details.ReceivedAt),
            Channel = details.Channel,
            Procedure = procedure,
            ProcedureId = procedure.Id,
            ServiceAreaId = details.ServiceAreaId,
            SubjectId = details.SubjectId,
            CategoryId = details.CategoryId,
            Complainant = details.Complainant,
            Description = details.Description.Trim(),
            DesiredOutcome = details.DesiredOutcome?.Trim(),
            SharedServicePartner = string.IsNullOrWhiteSpace(details.SharedServicePartner) ? null : details.SharedServicePartner.Trim(),
            LoggedById = by.StaffUserId,
            Status = CaseStatus.Received,
            CreatedAt = at,
            UpdatedAt = at,
            UpdatedByName = by.Name,
            SubmissionId = details.SubmissionId,
        };
        complaint.PartnerStatus = complaint.SharedServicePartner is null ? PartnerStatus.NotApplicable : PartnerStatus.AwaitingPartner;

        if (complaint.IsComplaint) complaint.OpenStage(1, details.ReceivedAt, calendar);
        complaint.Record(TimelineEventType.Logged, by, at, $"{details.Classification.Describe()} logged from {details.Channel.Describe()}, received {complaint.ReceivedOn:d MMMM yyyy}.");
        complaint.RefreshNextDue();
        return complaint;
    }

    /// <summary>Why <paramref name="action"/> cannot happen now, or null when it can.</summary>
    public string? WhyNot(ComplaintAction action)
    {
        if (AnonymisedAt is { } anonymised)
        {
            return $"This case was anonymised on {UkTime.DateOf(anonymised):d MMMM yyyy}: only its counts are kept, so it cannot change.";
        }

        if (!IsComplaint && !NonComplaintActions.Contains(action))
        {
            return $"This is a {Classification.Describe().ToLowerInvariant()}, not a complaint: it does not follow the complaints procedure.";
        }

        if (IsComplaint && action == ComplaintAction.Resolve)
        {
            return "A complaint is answered with a stage response, not resolved like a service request.";
        }

        if (IsComplaint && action == ComplaintAction.ConvertToComplaint)
        {
            return "This is already a complaint.";
        }

        if (!Transitions[action].Contains(Status))
        {
            return $"{action.Describe()} is not possible while the case is {Status.Describe()}.";
        }

        return action switch
        {
            ComplaintAction.Escalate when CurrentStage >= Procedure.StageCount =>
                $"Stage {CurrentStage} is the last stage of the {Procedure.Name} procedure: the next step is the {Procedure.Ombudsman}.",
            ComplaintAction.Escalate when Stage is { IsResponded: false } =>
                $"Stage {CurrentStage} has not been answered yet.",
            ComplaintAction.Extend when Procedure.Stage(CurrentStage).MaxExtensionWorkingDays == 0 =>
                $"The {Procedure.Name} procedure does not allow Stage {CurrentStage} to be extended.",
            ComplaintAction.RecordRemedyCompliance when OpenOmbudsmanEnquiry is not { Decision: not null, ComplianceDue: not null } =>
                "There is no Ombudsman remedy awaiting compliance.",
            ComplaintAction.RecordOmbudsmanDecision when OpenOmbudsmanEnquiry is { Decision: not null } =>
                "The Ombudsman's decision has already been recorded.",
            ComplaintAction.AssignStage when CurrentStage < 2 =>
                "Stage 1 is allocated to an officer; a head of service is assigned from Stage 2.",
            ComplaintAction.RecordPartnerResponse when PartnerStatus != PartnerStatus.AwaitingPartner =>
                SharedServicePartner is null ? "No shared-service partner delivers this service." : $"{SharedServicePartner}'s response is already recorded.",
            ComplaintAction.ConvertToComplaint when Classification != ContactClassification.ServiceRequest =>
                "Only a service request can be turned into a complaint.",
            ComplaintAction.CompletePromisedAction or ComplaintAction.RedatePromisedAction when OpenPromisedActions.Count == 0 =>
                "No promised action is open on this case.",
            ComplaintAction.PlaceLegalHold when LegalHoldReason is not null =>
                $"The case is already held, since {UkTime.DateOf(LegalHoldSince!.Value):d MMMM yyyy}: {LegalHoldReason}",
            ComplaintAction.LiftLegalHold when LegalHoldReason is null =>
                "The case is not held.",
            _ => null,
        };
    }

    public bool Can(ComplaintAction action) => WhyNot(action) is null;

    public void Acknowledge(Actor by, DateTime at, WorkingDayCalendar calendar, DateOnly? agreedResponseDate = null)
    {
        Ensure(ComplaintAction.Acknowledge);
        if (!IsComplaint)
        {
            Status = CaseStatus.Acknowledged;
            Touch(TimelineEventType.Acknowledged, by, at, "Acknowledged.");
            return;
        }

        var stage = Stage!;
        var settings = Procedure.Stage(CurrentStage);
        var acknowledgedOn = UkTime.DateOf(at);
        if (acknowledgedOn < stage.OpenedOn) throw new DomainException("A stage cannot be acknowledged before it was opened.");
        stage.AcknowledgedAt = at;
        if (settings.ResponseDateAgreedWithComplainant)
        {
            if (agreedResponseDate is null || agreedResponseDate <= acknowledgedOn)
            {
                throw new DomainException("Agree a response date with the complainant: it must be after today.");
            }

            stage.ResponseDue = stage.OriginalResponseDue = agreedResponseDate;
        }
        else if (settings.ResponseClockStart == ClockStart.Acknowledgement)
        {
            stage.ResponseDue = stage.OriginalResponseDue = calendar.AddWorkingDays(acknowledgedOn, settings.ResponseWorkingDays!.Value);
        }

        Status = CaseStatus.Acknowledged;
        Touch(TimelineEventType.Acknowledged, by, at, $"Stage {CurrentStage} acknowledged; response due {stage.ResponseDue:d MMMM yyyy}.");
    }

    public void Allocate(Guid officerId, string officerName, Actor by, DateTime at)
    {
        Ensure(ComplaintAction.Allocate);
        if (AllocatedOfficerId == officerId) throw new DomainException($"The case is already allocated to {officerName}.");
        var reallocation = AllocatedOfficerId is not null;
        AllocatedOfficerId = officerId;
        foreach (var stage in Stages) stage.OfficerAllocated = true;
        Touch(reallocation ? TimelineEventType.Reallocated : TimelineEventType.Allocated, by, at,
            reallocation ? $"Reallocated to {officerName}." : $"Allocated to {officerName}.");
    }

    public void Extend(int workingDays, string reason, DateTime complainantToldAt, Actor by, DateTime at, WorkingDayCalendar calendar)
    {
        Ensure(ComplaintAction.Extend);
        if (workingDays <= 0) throw new DomainException("An extension must be at least one working day.");
        if (string.IsNullOrWhiteSpace(reason)) throw new DomainException("Give the reason for the extension: the complainant must be told it.");
        var stage = Stage!;
        var max = Procedure.Stage(CurrentStage).MaxExtensionWorkingDays;
        if (workingDays > max - stage.ExtendedByWorkingDays) // not used + asked > max: that sum overflows for a huge request
        {
            throw new DomainException($"Stage {CurrentStage} may be extended by at most {max} working days in all; {stage.ExtendedByWorkingDays} already used.");
        }

        var previous = stage.ResponseDue!.Value;
        var newDue = calendar.AddWorkingDays(previous, workingDays);
        stage.Extensions.Add(new StageExtension(previous, newDue, workingDays, reason.Trim(), complainantToldAt, by.StaffUserId, at));
        stage.ExtendedByWorkingDays += workingDays;
        stage.ResponseDue = newDue;
        Touch(TimelineEventType.Extended, by, at, $"Stage {CurrentStage} extended by {workingDays} working days to {newDue:d MMMM yyyy}: {reason.Trim()}");
    }

    /// <param name="promised">What the response promises the complainant, each tracked until done.</param>
    public void RecordResponse(StageResponse response, Actor by, DateTime at, WorkingDayCalendar calendar, IReadOnlyList<PromisedActionTerms>? promised = null)
    {
        promised ??= [];
        Ensure(ComplaintAction.RecordResponse);
        if (response.Outcome is Domain.Outcome.Withdrawn or Domain.Outcome.Resolved)
        {
            throw new DomainException("A stage response is upheld, partly upheld, not upheld or resolved informally.");
        }

        if (response.Outcome == Domain.Outcome.ResolvedInformally && !Procedure.AllowsInformalResolution)
        {
            throw new DomainException($"The {Procedure.Name} procedure does not allow informal resolution.");
        }

        if (response.Outcome.NeedsRootCauseAndLesson()
            && (string.IsNullOrWhiteSpace(response.RootCause) || string.IsNullOrWhiteSpace(response.LessonLearnt)))
        {
            throw new DomainException("An upheld or partly upheld complaint needs its root cause and the lesson learnt.");
        }

        if (response.FinancialRedress is < 0) throw new DomainException("Financial redress cannot be negative.");
        if (PreviousStageResponder is { } previous && previous == by.StaffUserId)
        {
            throw new DomainException($"You answered Stage {CurrentStage - 1}: Stage {CurrentStage} must be answered by someone else.");
        }

        var sentOn = UkTime.DateOf(at);
        foreach (var terms in promised)
        {
            if (string.IsNullOrWhiteSpace(terms.What)) throw new DomainException("Say what each promised action is.");
            if (terms.DueDate < sentOn) throw new DomainException($"“{terms.What.Trim()}” cannot be promised by a date in the past.");
            if (terms.OwnerId == Guid.Empty) throw new DomainException($"Choose who owns “{terms.What.Trim()}”.");
        }

        var stage = Stage!;
        stage.ResponseSentAt = at;
        stage.ResponseSentOn = sentOn;
        stage.Outcome = response.Outcome;
        stage.RemedySummary = response.RemedySummary?.Trim();
        stage.FinancialRedress = response.FinancialRedress;
        stage.RootCause = response.RootCause?.Trim();
        stage.LessonLearnt = response.LessonLearnt?.Trim();
        if (by.StaffUserId != Guid.Empty) stage.RespondedById = by.StaffUserId;
        var clockStarted = Procedure.Stage(CurrentStage).ResponseClockStart == ClockStart.Acknowledgement && stage.AcknowledgedAt is { } acknowledged
            ? UkTime.DateOf(acknowledged)
            : stage.OpenedOn;
        stage.WorkingDaysToRespond = calendar.WorkingDaysBetween(clockStarted, sentOn);
        stage.WorkingDaysLate = stage.ResponseDue is { } due ? Math.Max(0, calendar.WorkingDaysBetween(due, sentOn)) : 0;
        var settings = Procedure.Stage(CurrentStage);
        if (CurrentStage < Procedure.StageCount && settings.EscalationWindow is { } window)
        {
            stage.EscalationDeadline = settings.EscalationWindowUnit == EscalationWindowUnit.CalendarDays
                ? sentOn.AddDays(window)
                : calendar.AddWorkingDays(sentOn, window);
        }

        Outcome = response.Outcome;
        Status = CaseStatus.Responded;
        foreach (var terms in promised) PromisedActions.Add(new PromisedAction(CurrentStage, terms with { What = terms.What.Trim(), Who = terms.Who?.Trim() }, at));
        var promises = promised.Count == 0
            ? ""
            : $" Promised: {string.Join("; ", promised.Select(p => $"{p.What.Trim()} by {p.DueDate:d MMMM yyyy} ({p.OwnerName})"))}.";
        Touch(TimelineEventType.ResponseSent, by, at, $"Stage {CurrentStage} response sent: {response.Outcome.Describe()}.{promises}");
    }

    /// <summary>Marks a case just brought in from the council's old list with the reference, file and row it came from.</summary>
    public void RecordImport(string theirReference, string fileName, int row, Actor by, DateTime at)
    {
        if (ImportedReference is not null) throw new DomainException($"This case was already imported as {ImportedReference}.");
        ImportedReference = theirReference.Trim();
        Record(TimelineEventType.Imported, by, at, $"Imported from {fileName}, row {row}, where its reference was {ImportedReference}.");
    }

    /// <param name="openActionsConfirmed">The person has seen the promised actions still open and closes anyway: they stay open, tracked to done.</param>
    public void Close(Actor by, DateTime at, bool openActionsConfirmed = false)
    {
        Ensure(ComplaintAction.Close);
        var stillOpen = RequireOpenActionsConfirmed(openActionsConfirmed, "closing");
        End(CaseStatus.Closed, Outcome!.Value, TimelineEventType.Closed, by, at, $"Closed at Stage {CurrentStage}: {Outcome!.Value.Describe()}.{stillOpen}");
    }

    /// <param name="openActionsConfirmed">As for <see cref="Close"/>: an earlier stage's promises stay open after a withdrawal.</param>
    public void Withdraw(string reason, Actor by, DateTime at, bool openActionsConfirmed = false)
    {
        Ensure(ComplaintAction.Withdraw);
        if (string.IsNullOrWhiteSpace(reason)) throw new DomainException("Record why the complainant withdrew.");
        var stillOpen = RequireOpenActionsConfirmed(openActionsConfirmed, "withdrawing it");
        if (Stage is { } stage) stage.WithdrawnOn = UkTime.DateOf(at);
        End(CaseStatus.Withdrawn, Domain.Outcome.Withdrawn, TimelineEventType.Withdrawn, by, at, $"Withdrawn: {reason.Trim()}{stillOpen}");
    }

    public IReadOnlyList<PromisedAction> OpenPromisedActions => PromisedActions.Where(a => a.IsOpen).OrderBy(a => a.DueDate).ThenBy(a => a.Id).ToList();

    /// <summary>Marks a promised action done, saying what was done and, optionally, the document that shows it.</summary>
    /// <param name="document">A live document on this case, or none.</param>
    public void CompletePromisedAction(int actionId, string note, CaseDocument? document, Actor by, DateTime at)
    {
        Ensure(ComplaintAction.CompletePromisedAction);
        if (document is not null && (document.ComplaintId != Id || document.IsRemoved))
        {
            throw new DomainException("That document is not on this case any more: choose another, or none.");
        }

        var action = PromisedAction(actionId);
        action.Complete(note, document?.Id, by, at);
        var late = UkTime.DateOf(at) > action.DueDate ? $" (due {action.DueDate:d MMMM yyyy})" : "";
        var shownBy = document is null ? "" : $" Shown by the document {document.FileName}.";
        Touch(TimelineEventType.PromisedActionCompleted, by, at, $"Promised action done{late}: {action.What}. {action.CompletionNote}{shownBy}");
    }

    /// <summary>Moves a promised action's date, with the reason; the timeline keeps the dates it had.</summary>
    public void RedatePromisedAction(int actionId, DateOnly newDate, string reason, Actor by, DateTime at)
    {
        Ensure(ComplaintAction.RedatePromisedAction);
        var action = PromisedAction(actionId);
        var previous = action.DueDate;
        action.Redate(newDate, reason, UkTime.DateOf(at));
        Touch(TimelineEventType.PromisedActionRedated, by, at,
            $"Promised action re-dated from {previous:d MMMM yyyy} to {newDate:d MMMM yyyy}: {action.What}. Reason: {reason.Trim()}");
    }

    /// <summary>Resolves a contact that is not a complaint (a service request dealt with, an enquiry answered).</summary>
    public void Resolve(string note, Actor by, DateTime at)
    {
        Ensure(ComplaintAction.Resolve);
        if (string.IsNullOrWhiteSpace(note)) throw new DomainException("Say how the contact was dealt with.");
        End(CaseStatus.Closed, Domain.Outcome.Resolved, TimelineEventType.Resolved, by, at, $"Resolved: {note.Trim()}");
    }

    /// <summary>Opens the next stage. Outside the escalation window a reason is required.</summary>
    public void Escalate(string? reasonOutsideWindow, Actor by, DateTime at, WorkingDayCalendar calendar)
    {
        Ensure(ComplaintAction.Escalate);
        var deadline = Stage!.EscalationDeadline;
        var late = deadline is not null && UkTime.DateOf(at) > deadline;
        if (late && string.IsNullOrWhiteSpace(reasonOutsideWindow))
        {
            throw new DomainException($"The escalation window closed on {deadline:d MMMM yyyy}: give the reason for accepting it late.");
        }

        OpenStage(CurrentStage + 1, at, calendar);
        Status = CaseStatus.Received;
        ClosedAt = null;
        Touch(TimelineEventType.Escalated, by, at,
            late ? $"Escalated to Stage {CurrentStage} outside the window: {reasonOutsideWindow!.Trim()}" : $"Escalated to Stage {CurrentStage}.");
    }

    public void ReferToOmbudsman(string? theirReference, DateOnly receivedOn, Actor by, DateTime at)
    {
        Ensure(ComplaintAction.ReferToOmbudsman);
        OmbudsmanEnquiries.Add(new OmbudsmanEnquiry(Procedure.Ombudsman, theirReference?.Trim(), receivedOn));
        Status = CaseStatus.WithOmbudsman;
        Touch(TimelineEventType.ReferredToOmbudsman, by, at, $"Enquiry from the {Procedure.Ombudsman} received {receivedOn:d MMMM yyyy}{(theirReference is null ? "" : $" (their reference {theirReference})")}.");
    }

    public void RecordOmbudsmanDecision(OmbudsmanDecision decision, DateOnly decidedOn, string? remedy, DateOnly? complianceDue, Actor by, DateTime at)
    {
        Ensure(ComplaintAction.RecordOmbudsmanDecision);
        var enquiry = OpenOmbudsmanEnquiry!;
        if (decidedOn < enquiry.ReceivedOn) throw new DomainException("The decision cannot be earlier than the enquiry.");
        var hasRemedy = !string.IsNullOrWhiteSpace(remedy);
        if (hasRemedy != complianceDue.HasValue)
        {
            throw new DomainException("A recommended remedy needs the date it must be complied with, and a compliance date needs the remedy.");
        }

        enquiry.Decision = decision;
        enquiry.DecidedOn = decidedOn;
        enquiry.RemedyRecommended = remedy?.Trim();
        enquiry.ComplianceDue = complianceDue;
        if (!hasRemedy)
        {
            Status = CaseStatus.Closed;
            ClosedAt = at;
        }

        Touch(TimelineEventType.OmbudsmanDecision, by, at, $"Ombudsman decision: {decision.Describe()}{(hasRemedy ? $"; remedy to be complied with by {complianceDue:d MMMM yyyy}" : "")}.");
    }

    public void RecordRemedyCompliance(DateOnly compliedOn, Actor by, DateTime at)
    {
        Ensure(ComplaintAction.RecordRemedyCompliance);
        var enquiry = OpenOmbudsmanEnquiry!;
        enquiry.CompliedOn = compliedOn;
        Status = CaseStatus.Closed;
        ClosedAt = at;
        var onTime = compliedOn <= enquiry.ComplianceDue ? "on time" : "late";
        Touch(TimelineEventType.RemedyComplied, by, at, $"Ombudsman remedy complied with on {compliedOn:d MMMM yyyy} ({onTime}).");
    }

    /// <summary>Assigns Stage 2 (or later) to a head of service who did not answer the stage before.</summary>
    public void AssignStage(Guid headOfServiceId, string headOfServiceName, Actor by, DateTime at)
    {
        Ensure(ComplaintAction.AssignStage);
        if (PreviousStageResponder == headOfServiceId)
        {
            throw new DomainException($"{headOfServiceName} answered Stage {CurrentStage - 1}: Stage {CurrentStage} needs someone else.");
        }

        Stage!.AssignedToId = headOfServiceId;
        Touch(TimelineEventType.Stage2Assigned, by, at, $"Stage {CurrentStage} assigned to {headOfServiceName}.");
    }

    public void AddNote(string text, Actor by, DateTime at)
    {
        Ensure(ComplaintAction.AddNote);
        if (string.IsNullOrWhiteSpace(text)) throw new DomainException("Write the note first.");
        Touch(TimelineEventType.NoteAdded, by, at, $"Note: {text.Trim()}");
    }

    /// <summary>Keeps the file, details and all, past its retention period until the hold is lifted.</summary>
    public void PlaceLegalHold(string reason, Actor by, DateTime at)
    {
        Ensure(ComplaintAction.PlaceLegalHold);
        if (string.IsNullOrWhiteSpace(reason)) throw new DomainException("Say why the file must be kept.");
        (LegalHoldReason, LegalHoldSince, LegalHoldByName) = (reason.Trim(), at, by.Name);
        Touch(TimelineEventType.LegalHoldPlaced, by, at, $"Legal hold placed: {LegalHoldReason}");
    }

    public void LiftLegalHold(string reason, Actor by, DateTime at)
    {
        Ensure(ComplaintAction.LiftLegalHold);
        if (string.IsNullOrWhiteSpace(reason)) throw new DomainException("Say why the file no longer needs keeping.");
        (LegalHoldReason, LegalHoldSince, LegalHoldByName) = (null, null, null);
        Touch(TimelineEventType.LegalHoldLifted, by, at, $"Legal hold lifted: {reason.Trim()}");
    }

    /// <summary>A call to or from the customer (the team leader calls first), with what was said.</summary>
    public void LogCall(DateTime calledAt, string summary, Actor by, DateTime at)
    {
        Ensure(ComplaintAction.LogCall);
        if (string.IsNullOrWhiteSpace(summary)) throw new DomainException("Say what was discussed on the call.");
        if (calledAt > at) throw new DomainException("The call cannot be in the future.");
        Touch(TimelineEventType.CallLogged, by, at, $"Call on {UkTime.DateOf(calledAt):d MMMM yyyy}: {summary.Trim()}");
    }

    public void RecordPartnerResponse(string response, Actor by, DateTime at)
    {
        Ensure(ComplaintAction.RecordPartnerResponse);
        if (string.IsNullOrWhiteSpace(response)) throw new DomainException("Record what the partner said.");
        PartnerStatus = PartnerStatus.PartnerResponded;
        Touch(TimelineEventType.PartnerResponded, by, at, $"{SharedServicePartner} responded: {response.Trim()}");
    }

    /// <summary>Reopens a closed or withdrawn case for more work; what it said before stays on the timeline.</summary>
    public void Reopen(string reason, Actor by, DateTime at)
    {
        Ensure(ComplaintAction.Reopen);
        if (string.IsNullOrWhiteSpace(reason)) throw new DomainException("Give the reason for reopening the case.");
        var was = Status == CaseStatus.Withdrawn ? "withdrawn" : $"closed{(Outcome is { } o ? $", {o.Describe()}" : "")}";
        if (Stage is { } stage && stage.IsResponded)
        {
            stage.ResponseSentAt = null;
            stage.ResponseSentOn = null;
            stage.WorkingDaysToRespond = null;
            stage.WorkingDaysLate = null;
            stage.Outcome = null;
            stage.EscalationDeadline = null;
        }

        if (Stage is { } current) current.WithdrawnOn = null;
        Status = Stage?.AcknowledgedAt is not null ? CaseStatus.Acknowledged : CaseStatus.Received;
        Outcome = null;
        ClosedAt = null;
        Touch(TimelineEventType.Reopened, by, at, $"Reopened (was {was}): {reason.Trim()}");
    }

    /// <summary>Corrects when the contact was received; the deadlines that count from receipt move with it.</summary>
    public void CorrectReceivedDate(DateTime correctReceivedAt, string reason, Actor by, DateTime at, WorkingDayCalendar calendar)
    {
        Ensure(ComplaintAction.CorrectReceivedDate);
        if (string.IsNullOrWhiteSpace(reason)) throw new DomainException("Give the reason for correcting the date: the correction is kept on the record.");
        if (correctReceivedAt > at) throw new DomainException("The date received cannot be in the future.");
        if (correctReceivedAt == ReceivedAt) throw new DomainException("That is the date already recorded.");
        var before = ReceivedAt;
        ReceivedAt = correctReceivedAt;
        ReceivedOn = UkTime.DateOf(correctReceivedAt);
        if (Stages.SingleOrDefault(s => s.StageNumber == 1) is { } first)
        {
            var settings = Procedure.Stage(1);
            (DateOnly, DateOnly)? responseDue = null;
            if (settings is { ResponseClockStart: ClockStart.Receipt, ResponseWorkingDays: { } days })
            {
                var original = calendar.AddWorkingDays(ReceivedOn, days);
                responseDue = (original, calendar.AddWorkingDays(original, first.ExtendedByWorkingDays));
            }

            first.Restart(correctReceivedAt, ReceivedOn, calendar.AddWorkingDays(ReceivedOn, settings.AcknowledgeWorkingDays), responseDue);
        }

        Touch(TimelineEventType.DateCorrected, by, at,
            $"Date received corrected from {UkTime.DateOf(before):d MMMM yyyy} to {ReceivedOn:d MMMM yyyy}: {reason.Trim()}");
    }

    /// <summary>Turns a service request into a complaint. Stage 1's clock starts from the original receipt date.</summary>
    public void ConvertToComplaint(Procedure procedure, string reason, Actor by, DateTime at, WorkingDayCalendar calendar)
    {
        Ensure(ComplaintAction.ConvertToComplaint);
        if (string.IsNullOrWhiteSpace(reason)) throw new DomainException("Say why this is now a complaint.");
        Classification = ContactClassification.Complaint;
        Procedure = procedure;
        ProcedureId = procedure.Id;
        OpenStage(1, ReceivedAt, calendar);
        Status = CaseStatus.Received;
        Outcome = null;
        ClosedAt = null;
        Touch(TimelineEventType.Converted, by, at, $"Service request turned into a complaint, counted from {ReceivedOn:d MMMM yyyy}: {reason.Trim()}");
    }

    /// <summary>Puts an issued letter on the timeline (record-keeping: it moves nothing on by itself).</summary>
    public void RecordLetterIssued(string description, Actor by, DateTime at) => Touch(TimelineEventType.LetterIssued, by, at, description);

    public void RecordEmailResent(string description, Actor by, DateTime at)
    {
        Ensure(ComplaintAction.AddNote);
        Touch(TimelineEventType.EmailResent, by, at, description);
    }

    /// <summary>Keeps an email from the shared mailbox with the case (record-keeping: it moves nothing on by itself).</summary>
    public void RecordEmailReceived(string fromAddress, string subject, Actor by, DateTime at) =>
        Touch(TimelineEventType.EmailReceived, by, at, $"Email from {fromAddress} kept with the case: {(string.IsNullOrWhiteSpace(subject) ? "(no subject)" : subject.Trim())}");

    /// <summary>
    /// Raises a risk flag on this case, or on its complainant (and so on each of their cases), with the reason on this
    /// case's timeline. <paramref name="active"/> are the flags already in force on the case and its complainant: a kind is
    /// raised once on each; to change what a flag says, remove it and raise it again.
    /// </summary>
    /// <param name="becameAwareOn">Damp and mould only: the UK date the landlord became aware, not in the future.</param>
    public RiskFlag RaiseRiskFlag(RiskFlagKind kind, bool onComplainant, string? detail, string reason, HazardSeverity? severity, DateOnly? becameAwareOn,
        IEnumerable<RiskFlag> active, Actor by, DateTime at)
    {
        Ensure(ComplaintAction.RaiseRiskFlag);
        if (string.IsNullOrWhiteSpace(reason)) throw new DomainException("Give the reason for raising the flag: it is kept on the record.");
        detail = string.IsNullOrWhiteSpace(detail) ? null : detail.Trim();
        if (kind.NeedsDetail() && detail is null) throw new DomainException("Say what the contact restriction is, for example \"Contact by email only\".");
        if (onComplainant && ComplainantId is null) throw new DomainException("This case has no complainant on record to flag.");
        DateTime? becameAwareAt = null;
        if (kind == RiskFlagKind.DampAndMould)
        {
            if (!Procedure.IsHousing) throw new DomainException($"Damp and mould starts the Awaab's Law deadlines for social housing; this case follows the {Procedure.Name} procedure. Flag a health and safety hazard instead.");
            if (onComplainant) throw new DomainException("Damp and mould is about a home: flag it on the case, whose hazard deadlines it starts.");
            if (severity is null) throw new DomainException("Say whether the hazard is an emergency or significant.");
            if (becameAwareOn is not { } aware) throw new DomainException("Give the date the council became aware of the hazard.");
            var today = UkTime.DateOf(at);
            if (aware > today) throw new DomainException("The date the council became aware cannot be in the future.");
            // Hours count from the moment: today's is now; an earlier day's is counted from its start, never later than it was.
            becameAwareAt = aware == today ? at : UkTime.ToUtc(aware.ToDateTime(TimeOnly.MinValue));
        }
        else if (severity is not null || becameAwareOn is not null)
        {
            throw new DomainException("Only a damp and mould flag has a hazard track and a date of awareness.");
        }

        if (active.FirstOrDefault(f => f.IsActive && f.Kind == kind && f.IsOnComplainant == onComplainant) is { } existing)
        {
            throw new DomainException($"{(onComplainant ? "The complainant" : "This case")} already has a {kind.Describe().ToLowerInvariant()} flag, raised by {existing.RaisedByName} on {UkTime.DateOf(existing.RaisedAt):d MMMM yyyy}: remove it first to change what it says.");
        }

        var flag = new RiskFlag(kind, onComplainant ? null : Id, onComplainant ? ComplainantId : null, Id, detail, severity, becameAwareAt, reason.Trim(), by, at);
        var on = onComplainant ? $"the complainant, {Complainant?.FullName ?? "on record"} (shown on each of their cases)" : "the case";
        var what = kind == RiskFlagKind.DampAndMould ? $"{kind.Describe()} ({severity!.Value.Describe()}, aware since {becameAwareOn:d MMMM yyyy})" : kind.Describe();
        Touch(TimelineEventType.RiskFlagRaised, by, at, $"Risk flag raised on {on}: {what}{(detail is null ? "" : $" — {detail}")}. Reason: {reason.Trim()}");
        return flag;
    }

    /// <summary>Removes a flag in force on this case or its complainant; the flag is kept, and the reason goes on this case's timeline.</summary>
    public void RemoveRiskFlag(RiskFlag flag, string reason, Actor by, DateTime at)
    {
        Ensure(ComplaintAction.RaiseRiskFlag);
        if (flag.ComplaintId != Id && (flag.ComplainantId is null || flag.ComplainantId != ComplainantId))
        {
            throw new DomainException("That flag is not on this case or its complainant.");
        }

        if (string.IsNullOrWhiteSpace(reason)) throw new DomainException("Give the reason for removing the flag: it is kept on the record.");
        flag.Remove(reason.Trim(), by, at);
        Touch(TimelineEventType.RiskFlagRemoved, by, at,
            $"Risk flag removed from {(flag.IsOnComplainant ? "the complainant" : "the case")}: {flag.Kind.Describe()}{(flag.Detail is null ? "" : $" — {flag.Detail}")}. Reason: {reason.Trim()}");
    }

    /// <summary>A document kept with the case (record-keeping: it moves nothing on by itself).</summary>
    public void RecordDocumentAdded(string fileName, string size, Actor by, DateTime at)
    {
        Ensure(ComplaintAction.AddNote);
        Touch(TimelineEventType.DocumentAdded, by, at, $"Document added: {fileName} ({size})");
    }

    /// <summary>The tombstone of a removed document: its name and why it went stay on the record.</summary>
    public void RecordDocumentRemoved(string fileName, string reason, Actor by, DateTime at)
    {
        Ensure(ComplaintAction.AddNote);
        Touch(TimelineEventType.DocumentRemoved, by, at, $"Document removed: {fileName} — {reason.Trim()}");
    }

    private Guid? PreviousStageResponder => Stages.SingleOrDefault(s => s.StageNumber == CurrentStage - 1)?.RespondedById;

    private OmbudsmanEnquiry? OpenOmbudsmanEnquiry => OmbudsmanEnquiries.LastOrDefault();

    private PromisedAction PromisedAction(int actionId) =>
        PromisedActions.SingleOrDefault(a => a.Id == actionId) ?? throw new DomainException("That promised action is not on this case.");

    /// <summary>Refuses to end the case over open promises unless the person confirmed it; the timeline's words when they did.</summary>
    private string RequireOpenActionsConfirmed(bool confirmed, string doing)
    {
        var open = OpenPromisedActions.Count;
        if (open == 0) return "";
        var actions = open == 1 ? "1 promised action is" : $"{open} promised actions are";
        if (!confirmed) throw new DomainException($"{actions.Capitalised()} still open. Confirm you are {doing} with them open: they stay tracked until done.");
        return $" Closed with {(open == 1 ? "1 promised action" : $"{open} promised actions")} still open.";
    }

    private void OpenStage(int number, DateTime openedAt, WorkingDayCalendar calendar)
    {
        var settings = Procedure.Stage(number);
        var openedOn = UkTime.DateOf(openedAt);
        DateOnly? responseDue = settings is { ResponseClockStart: ClockStart.Receipt, ResponseWorkingDays: { } days }
            ? calendar.AddWorkingDays(openedOn, days)
            : null;
        Stages.Add(new ComplaintStage(number, openedAt, openedOn, calendar.AddWorkingDays(openedOn, settings.AcknowledgeWorkingDays), responseDue,
            new ReportingKeys(ServiceAreaId, ProcedureId, SubjectId, CategoryId, AllocatedOfficerId is not null)));
        CurrentStage = number;
    }

    private void End(CaseStatus status, Outcome outcome, TimelineEventType type, Actor by, DateTime at, string summary)
    {
        Status = status;
        Outcome = outcome;
        ClosedAt = at;
        Touch(type, by, at, summary);
    }

    private void Ensure(ComplaintAction action)
    {
        if (WhyNot(action) is { } reason) throw new DomainException(reason);
    }

    private void Touch(TimelineEventType type, Actor by, DateTime at, string summary)
    {
        UpdatedAt = at;
        UpdatedByName = by.Name;
        Record(type, by, at, summary);
        RefreshNextDue();
    }

    private void Record(TimelineEventType type, Actor by, DateTime at, string summary) =>
        Timeline.Add(new TimelineEvent(Id == 0 ? null : Id, type, by, at, summary));

    private void RefreshNextDue()
    {
        (NextDueDate, NextDueKind) = (Status, Stage) switch
        {
            (CaseStatus.Received, { } s) => (s.AcknowledgementDue, DueKind.Acknowledgement),
            (CaseStatus.Acknowledged, { ResponseDue: { } due }) => (due, DueKind.Response),
            (CaseStatus.WithOmbudsman, _) when OpenOmbudsmanEnquiry?.ComplianceDue is { } due => (due, DueKind.RemedyCompliance),
            _ => ((DateOnly?)null, (DueKind?)null),
        };
    }
}
