using ComplaintsHub.Core.Calendar;
using ComplaintsHub.Core.Cases;
using ComplaintsHub.Core.Cases.Actions;
using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Input;
using ComplaintsHub.Core.Queries;
using ComplaintsHub.Core.Refusals;
using ComplaintsHub.Core.Services;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsHub.Core.Letters;

/// <summary>
/// Templates (the complaints team's, versioned), drafts (kept until issued or discarded) and issued letters (kept as
/// sent). Issuing an acknowledgement or a response letter is what acknowledges or answers the stage. The council's
/// details come from the database as they are when each letter is made; <paramref name="configured"/> only seeds them,
/// so a database that has them stored needs no configured details (none are registered then).
/// </summary>
public sealed class LetterService(IDbContextFactory<ComplaintsDbContext> dbFactory, CalendarService calendars, CaseQuery cases, CaseActions caseActions, LetterPdfWriter pdfWriter,
    TimeProvider clock, CouncilDetails? configured = null)
{
    public static readonly LetterType[] Responses = [LetterType.Stage1Response, LetterType.Stage2Response];

    /// <summary>The field name a refused draft text is reported under.</summary>
    public const string DraftTextField = "Text";

    internal const string StaleDraft = "Someone else changed this draft while you had it open. Reload it and try again.";

    /// <summary>Seeds the default set the first time the app meets an empty template table.</summary>
    public async Task EnsureDefaultTemplatesAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await db.LetterTemplates.AnyAsync(cancellationToken)) return;
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var (type, body) in DefaultLetterTemplates.All) db.LetterTemplates.Add(new LetterTemplate(type, null, 1, body, Actor.System, now));
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// On the first start, stores the configured council details; after that the stored row is what letters use, and
    /// configuration is not read again (the complaints team changes the details under Administration → Council details).
    /// </summary>
    /// <returns>False when nothing is stored and nothing is configured to store: letters could not be written.</returns>
    public async Task<bool> EnsureCouncilDetailsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await db.CouncilProfiles.AnyAsync(cancellationToken)) return true;
        if (configured is null) return false;
        db.CouncilProfiles.Add(new CouncilProfile(configured.Name, configured.Address, configured.Signatory, configured.EscalationHow, configured.Logo));
        await db.SaveRefusingClashAsync("Another server stored the council details first.", cancellationToken);
        return true;
    }

    /// <summary>The council's details as they are now, for a letter or its preview.</summary>
    public async Task<CouncilDetails> CouncilAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await CouncilAsync(db, cancellationToken);
    }

    public async Task<IReadOnlyList<TemplateRow>> ListTemplatesAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var procedures = await db.Procedures.AsNoTracking().ToDictionaryAsync(p => p.Id, p => p.Name, cancellationToken);
        var rows = await db.LetterTemplates.AsNoTracking().Where(t => t.IsCurrent).OrderBy(t => t.Type).ThenBy(t => t.ProcedureId).ToListAsync(cancellationToken);
        return rows.Select(t => new TemplateRow(t.Id, t.Type, t.ProcedureId, t.ProcedureId is { } p ? procedures[p] : "All procedures", t.Revision, t.CreatedByName, t.CreatedAt)).ToList();
    }

    public async Task<LetterTemplate?> CurrentTemplateAsync(LetterType type, int? procedureId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await CurrentAsync(db, type, procedureId, exact: true, cancellationToken);
    }

    /// <summary>
    /// Saves a new revision after checking it and merging it with the sample case in the sandbox, so a revision that
    /// cannot merge is never saved; refused with every problem's place and reason, or when someone saved a newer revision first.
    /// </summary>
    public async Task<TemplateSaveResult> SaveTemplateAsync(LetterType type, int? procedureId, string body, int? basedOnRevision, CurrentStaff by, CancellationToken cancellationToken = default)
    {
        by.Require(StaffRole.ComplaintsAdmin, "change letter templates");
        body = InputText.CleanRequired(body);
        if (TextLimits.IsOver(body, TextLimits.Template))
        {
            return new TemplateSaveResult(null, [new TemplateProblem(0, 0, TextLimits.TooLong("The template", TextLimits.Template, body.Length))]);
        }

        var problems = LetterTemplateValidator.Validate(type, body);
        if (problems.Count > 0) return new TemplateSaveResult(null, problems);
        var trial = await LetterSandbox.MergeAsync(body, SampleLetter.Model(await CouncilAsync(cancellationToken)).ToFields(), clock, cancellationToken);
        if (!trial.Merged) return new TemplateSaveResult(null, trial.Problems);

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await StaffSessions.RequireLiveAsync(db, by, clock, cancellationToken);
        var current = await CurrentAsync(db, type, procedureId, exact: true, cancellationToken);
        if (current?.Revision != basedOnRevision)
        {
            throw new ConcurrencyException($"{current?.CreatedByName ?? "Someone"} saved revision {current?.Revision} of this template while you were editing. Copy your changes, reload and try again.");
        }

        if (current is not null) current.IsCurrent = false;
        var next = new LetterTemplate(type, procedureId, (current?.Revision ?? 0) + 1, body.Replace("\r\n", "\n"), by.Actor, clock.GetUtcNow().UtcDateTime);
        db.LetterTemplates.Add(next);
        await db.SaveRefusingClashAsync("Someone saved this template at the same moment. Copy your changes, reload and try again.", cancellationToken);

        return new TemplateSaveResult(next.Revision, []);
    }

    /// <summary>The template merged with a real case, for the editor's live preview. Nothing is saved.</summary>
    public async Task<(string? Text, IReadOnlyList<TemplateProblem> Problems)> PreviewAsync(LetterType type, string body, string caseReference, CurrentStaff staff, CancellationToken cancellationToken = default)
    {
        var problems = LetterTemplateValidator.Validate(type, body);
        if (problems.Count > 0) return (null, problems);
        if (await cases.GetAsync(caseReference, staff, cancellationToken) is not CaseLookup.Found found)
        {
            return (null, [new TemplateProblem(0, 0, $"There is no case {caseReference} that you can see.")]);
        }

        var model = await ModelAsync(found.Case, type, null, staff, cancellationToken);
        var merge = await LetterSandbox.MergeAsync(body, model.ToFields(), clock, cancellationToken);
        return (merge.Text, merge.Problems);
    }

    /// <summary>Which letters fit the case as it stands.</summary>
    public static IReadOnlyList<LetterType> Fitting(CaseDetails c)
    {
        var types = new List<LetterType>();
        if (c.Classification != ContactClassification.Complaint)
        {
            if (c.Classification == ContactClassification.ServiceRequest) types.Add(LetterType.NotAComplaint);
            return types;
        }

        var stage = c.Stages.SingleOrDefault(s => s.Number == c.CurrentStage);
        // The case's actions already account for this person's role, so a letter is offered only to someone who may send it.
        if (c.Can(ComplaintAction.Acknowledge)) types.Add(c.CurrentStage == 1 ? LetterType.Acknowledgement : LetterType.Stage2Acknowledgement);
        if (c.Can(ComplaintAction.RecordResponse)) types.Add(c.CurrentStage == 1 ? LetterType.Stage1Response : LetterType.Stage2Response);
        if (c.Status == CaseStatus.Acknowledged && stage?.Extensions.Count > 0) types.Add(LetterType.ExtensionNotice);
        if (c.Status is CaseStatus.Responded or CaseStatus.Closed) types.Add(LetterType.EscalationInformation);
        return types;
    }

    public async Task<CaseLetters> ForCaseAsync(CaseDetails c, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var issued = await db.IssuedLetters.AsNoTracking().Where(l => l.ComplaintId == c.Id).OrderByDescending(l => l.IssuedAt)
            .Select(l => new IssuedLetterRow(l.Id, l.Type, l.StageNumber, l.TemplateRevision, l.FileName, l.IssuedByName, l.IssuedAt, l.LargePrint, l.PdfContent != null))
            .ToListAsync(cancellationToken);
        var drafts = await db.LetterDrafts.AsNoTracking().Where(d => d.ComplaintId == c.Id).OrderByDescending(d => d.UpdatedAt)
            .Select(d => new { d.Id, d.Type, d.CreatedByName, d.UpdatedAt }).ToListAsync(cancellationToken);
        var writable = c.Can(ComplaintAction.AddNote) ? Fitting(c) : [];
        return new CaseLetters(issued, drafts.Select(d => (d.Id, d.Type, d.CreatedByName, d.UpdatedAt)).ToList(), writable);
    }

    /// <summary>Starts a letter: the current template merged with the case (and, for a response, the decision).</summary>
    public async Task<int> CreateDraftAsync(string caseReference, LetterType type, LetterDecision? decision, CurrentStaff staff, CancellationToken cancellationToken = default)
    {
        var c = await VisibleCaseAsync(caseReference, staff, cancellationToken);
        if (!Fitting(c).Contains(type)) throw new DomainException($"A {LetterTemplateValidator.Describe(type)} does not fit this case as it stands.");
        if (Responses.Contains(type) && decision is null) throw new DomainException("Choose the outcome before writing the response.");
        decision = decision is null ? null : Checked(decision, UkTime.Today(clock));

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await StaffSessions.RequireLiveAsync(db, staff, clock, cancellationToken);
        var template = await CurrentAsync(db, type, c.ProcedureId, exact: false, cancellationToken)
            ?? throw new DomainException($"There is no {LetterTemplateValidator.Describe(type)} template yet: the complaints team can add one.");
        var model = await ModelAsync(c, type, decision, staff, cancellationToken);
        // A revision saved before the sandbox's rules is held to them here: refused with its reasons, never a hang.
        var merge = await LetterSandbox.MergeAsync(template.Body, model.ToFields(), clock, cancellationToken);
        if (merge.Text is not { } text)
        {
            throw new DomainException($"Revision {template.Revision} of the {LetterTemplateValidator.Describe(type)} template cannot be merged, so this letter cannot be started. "
                + $"{string.Join(" ", merge.Problems)} The complaints team can replace it under Letter templates.");
        }

        var draft = new LetterDraft(c.Id, c.CurrentStage, template, text, decision, staff.Actor, clock.GetUtcNow().UtcDateTime);
        db.LetterDrafts.Add(draft);
        await db.SaveChangesAsync(cancellationToken);
        return draft.Id;
    }

    public async Task<LetterDraftView?> DraftAsync(int draftId, CurrentStaff staff, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await FindDraftAsync(db, draftId, staff, cancellationToken) is not var (draft, c)) return null;
        var (largePrint, addressedTo) = Addressee(c);
        // A draft merged before control characters were kept out of letters is shown without them, as is its addressee.
        return new LetterDraftView(draft.Id, draft.ComplaintId, c.Reference, draft.Type, draft.StageNumber, draft.TemplateRevision, InputText.CleanRequired(draft.Text), draft.Decision,
            draft.CreatedByName, draft.UpdatedAt, draft.Version, largePrint, InputText.CleanRequired(addressedTo), c.Version,
            c.ResponseDateAgreed && draft.Type is LetterType.Acknowledgement or LetterType.Stage2Acknowledgement);
    }

    public Task SaveDraftAsync(int draftId, Guid version, string text, CurrentStaff staff, CancellationToken cancellationToken = default)
    {
        text = LetterText(text);
        return ChangeDraftAsync(draftId, version, staff, (db, draft) => draft.Edit(text, clock.GetUtcNow().UtcDateTime), cancellationToken);
    }

    public Task DiscardDraftAsync(int draftId, Guid version, CurrentStaff staff, CancellationToken cancellationToken = default) =>
        ChangeDraftAsync(draftId, version, staff, (db, draft) => db.LetterDrafts.Remove(draft), cancellationToken);

    /// <summary>
    /// Issues the letter through the case's one write path (<see cref="IssueLetterCommand"/>): refused like any case action
    /// when the case changed after <paramref name="caseVersion"/>, and, for an acknowledgement or a response, acknowledging
    /// or answering the stage at this moment. <paramref name="agreedResponseDate"/> is the date agreed with the complainant,
    /// for an acknowledgement under a procedure that agrees it.
    /// </summary>
    public async Task<int> IssueAsync(int draftId, Guid draftVersion, Guid caseVersion, string text, CurrentStaff staff, DateOnly? agreedResponseDate = null,
        CancellationToken cancellationToken = default)
    {
        text = LetterText(text);
        LetterDraft draft;
        CaseDetails c;
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            (draft, c) = await RequireDraftAsync(db, draftId, staff, cancellationToken);
        }

        if (draft.Version != draftVersion) throw new ConcurrencyException(StaleDraft);
        draft.Edit(text, clock.GetUtcNow().UtcDateTime);
        CheckStillSaysWhatItMust(draft, c);

        CaseCommand? answers = draft.Type switch
        {
            LetterType.Acknowledgement or LetterType.Stage2Acknowledgement => new AcknowledgeCommand(agreedResponseDate),
            LetterType.Stage1Response or LetterType.Stage2Response when draft.Decision is { } d =>
                new RecordResponseCommand(new StageResponse(d.Outcome, d.Remedy, d.FinancialRedress, d.RootCause, d.LessonLearnt)),
            _ => null,
        };
        var (largePrint, addressee) = Addressee(c);
        var addressedTo = InputText.CleanRequired(addressee);
        var council = await CouncilAsync(cancellationToken);
        var bytes = WordLetterWriter.Write(text, new Letterhead(council.Name, council.Address, council.Logo), largePrint, c.Reference);
        // Made before the case changes, so a PDF that cannot be made refuses the issue and nothing is half-done.
        var pdf = await pdfWriter.WriteAsync(bytes, cancellationToken);
        var fileName = $"{c.Reference} {LetterTemplateValidator.Describe(draft.Type)}{(largePrint ? " (large print)" : "")} {UkTime.Today(clock):yyyy-MM-dd}.docx";
        var letter = new IssuedLetter(c.Id, draft.StageNumber, draft.Type, draft.TemplateId, draft.TemplateRevision, fileName, bytes, pdf, largePrint, addressedTo, staff.Actor,
            clock.GetUtcNow().UtcDateTime);
        await caseActions.ApplyAsync(c.Id, caseVersion, new IssueLetterCommand(draftId, draftVersion, text, answers, letter), staff, cancellationToken);
        return letter.Id;
    }

    public async Task<(string FileName, byte[] Content)?> DownloadAsync(int letterId, CurrentStaff staff, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var letter = await db.IssuedLetters.AsNoTracking().Where(l => l.Id == letterId)
            .Select(l => new { l.FileName, l.Content, Reference = db.Complaints.Where(x => x.Id == l.ComplaintId).Select(x => x.Reference).Single() })
            .SingleOrDefaultAsync(cancellationToken);
        if (letter is null || await cases.GetAsync(letter.Reference, staff, cancellationToken) is not CaseLookup.Found) return null;
        return (letter.FileName, letter.Content);
    }

    /// <summary>The letter's PDF, named as its Word document; null, like a letter that is not there, for one issued before PDFs were made.</summary>
    public async Task<(string FileName, byte[] Content)?> DownloadPdfAsync(int letterId, CurrentStaff staff, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var letter = await db.IssuedLetters.AsNoTracking().Where(l => l.Id == letterId)
            .Select(l => new { l.FileName, l.PdfContent, Reference = db.Complaints.Where(x => x.Id == l.ComplaintId).Select(x => x.Reference).Single() })
            .SingleOrDefaultAsync(cancellationToken);
        if (letter?.PdfContent is null || await cases.GetAsync(letter.Reference, staff, cancellationToken) is not CaseLookup.Found) return null;
        return (Path.ChangeExtension(letter.FileName, ".pdf"), letter.PdfContent);
    }

    private static string LetterText(string? text)
    {
        var clean = InputText.CleanRequired(text);
        TextLimits.Require(clean, TextLimits.LetterText, DraftTextField, "The letter");
        return clean;
    }

    /// <summary>The decision as it arrives: every text cleaned and within its limit, the redress and action dates in range.</summary>
    private static LetterDecision Checked(LetterDecision decision, DateOnly today)
    {
        string? Text(string? value, string field, string what)
        {
            var clean = InputText.Clean(value);
            TextLimits.Require(clean, TextLimits.Notes, field, what);
            return clean;
        }

        var checkedDecision = new LetterDecision
        {
            Outcome = decision.Outcome,
            Points = Text(decision.Points, nameof(LetterDecision.Points), "The points and decisions"),
            Reasons = Text(decision.Reasons, nameof(LetterDecision.Reasons), "The reasons"),
            Remedy = Text(decision.Remedy, nameof(LetterDecision.Remedy), "The remedy"),
            FinancialRedress = decision.FinancialRedress,
            OutstandingActions = Text(decision.OutstandingActions, nameof(LetterDecision.OutstandingActions), "The outstanding actions"),
            RootCause = Text(decision.RootCause, nameof(LetterDecision.RootCause), "The root cause"),
            LessonLearnt = Text(decision.LessonLearnt, nameof(LetterDecision.LessonLearnt), "The lesson learnt"),
        };
        NumberLimits.RequireRedress(checkedDecision.FinancialRedress, nameof(LetterDecision.FinancialRedress));
        foreach (var action in checkedDecision.ParseActions())
        {
            PlausibleDates.RequireDeadline(action.By, today, nameof(LetterDecision.OutstandingActions), $"The date for \"{action.What}\"");
        }

        return checkedDecision;
    }

    private static void CheckStillSaysWhatItMust(LetterDraft draft, CaseDetails c)
    {
        if (!draft.Text.Contains(c.Reference, StringComparison.Ordinal)) throw new DomainException($"The letter must quote the reference {c.Reference}.");
        if (Responses.Contains(draft.Type) && draft.Decision is { } decision && !draft.Text.Contains(decision.Outcome.Describe(), StringComparison.OrdinalIgnoreCase))
        {
            throw new DomainException($"The letter must state the decision ({decision.Outcome.Describe()}).");
        }

        if (draft.Type is LetterType.Stage2Response or LetterType.EscalationInformation && !draft.Text.Contains(c.Ombudsman, StringComparison.Ordinal))
        {
            throw new DomainException($"The letter must tell the complainant about the {c.Ombudsman}.");
        }
    }

    private async Task ChangeDraftAsync(int draftId, Guid version, CurrentStaff staff, Action<ComplaintsDbContext, LetterDraft> change, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await StaffSessions.RequireLiveAsync(db, staff, clock, cancellationToken);
        var (draft, _) = await RequireDraftAsync(db, draftId, staff, cancellationToken);
        change(db, draft);
        await db.SaveExpectingAsync(draft, version, StaleDraft, cancellationToken);
    }

    /// <summary>
    /// A draft (tracked) with its case, once the person is known to be able to see the case; null when issued or
    /// discarded. Another area's draft is refused with the case's own reason, never passed off as issued or discarded.
    /// </summary>
    private async Task<(LetterDraft Draft, CaseDetails Case)?> FindDraftAsync(ComplaintsDbContext db, int draftId, CurrentStaff staff, CancellationToken cancellationToken)
    {
        var draft = await db.LetterDrafts.SingleOrDefaultAsync(d => d.Id == draftId, cancellationToken);
        if (draft is null) return null;
        var reference = await db.Complaints.Where(x => x.Id == draft.ComplaintId).Select(x => x.Reference).SingleAsync(cancellationToken);
        return (draft, await VisibleCaseAsync(reference, staff, cancellationToken));
    }

    private async Task<(LetterDraft Draft, CaseDetails Case)> RequireDraftAsync(ComplaintsDbContext db, int draftId, CurrentStaff staff, CancellationToken cancellationToken) =>
        await FindDraftAsync(db, draftId, staff, cancellationToken) ?? throw new DomainException("That draft has already been issued or discarded.");

    private async Task<CaseDetails> VisibleCaseAsync(string reference, CurrentStaff staff, CancellationToken cancellationToken) =>
        await cases.GetAsync(reference, staff, cancellationToken) switch
        {
            CaseLookup.Found found => found.Case,
            CaseLookup.NoAccess noAccess => throw new PermissionDeniedException(noAccess.Reason),
            _ => throw new DomainException($"There is no case {reference}."),
        };

    private static async Task<LetterTemplate?> CurrentAsync(ComplaintsDbContext db, LetterType type, int? procedureId, bool exact, CancellationToken cancellationToken)
    {
        var candidates = await db.LetterTemplates.Where(t => t.IsCurrent && t.Type == type && (t.ProcedureId == procedureId || (!exact && t.ProcedureId == null)))
            .ToListAsync(cancellationToken);
        return candidates.OrderByDescending(t => t.ProcedureId is not null).FirstOrDefault();
    }

    /// <summary>Large print when the complainant needs it; the representative is addressed when consent to share is recorded.</summary>
    private static (bool LargePrint, string AddressedTo) Addressee(CaseDetails c) =>
        c.Complainant is { } p
            ? (p.NeedsLargePrint, p is { ConsentToShareWithRepresentative: true, RepresentativeName: { } rep } ? rep : p.Name)
            : (false, "the complainant");

    private async Task<LetterModel> ModelAsync(CaseDetails c, LetterType type, LetterDecision? decision, CurrentStaff staff, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var officer = await db.StaffUsers.AsNoTracking().Where(s => s.Id == staff.StaffUserId).Select(s => new { s.DisplayName, s.JobTitle }).SingleOrDefaultAsync(cancellationToken);
        var procedure = await db.Procedures.AsNoTracking().SingleAsync(p => p.Id == c.ProcedureId, cancellationToken);
        var stage = c.Stages.SingleOrDefault(s => s.Number == c.CurrentStage);
        var person = c.Complainant;
        var (_, addressedTo) = Addressee(c);
        var viaRepresentative = person is not null && addressedTo != person.Name;
        var name = person is null ? "" : viaRepresentative ? $"{addressedTo} (on behalf of {person.Name})" : person.Name;
        var salutation = person is null ? "Dear Sir or Madam" : $"Dear {(viaRepresentative ? addressedTo : person.Name)}";
        var address = person is null ? "" : viaRepresentative ? person.RepresentativeContact ?? "" : string.Join(", ", new[] { person.Address, person.Postcode }.Where(x => !string.IsNullOrWhiteSpace(x)));
        var calendar = await calendars.GetAsync(cancellationToken);
        var stageSettings = procedure.Stages.SingleOrDefault(s => s.StageNumber == c.CurrentStage);
        var today = UkTime.Today(clock);
        var council = await CouncilAsync(db, cancellationToken);
        var escalationDeadline = stage?.EscalationDeadline
            ?? (stageSettings?.EscalationWindow is { } window ? (stageSettings.EscalationWindowUnit == EscalationWindowUnit.CalendarDays ? today.AddDays(window) : calendar.AddWorkingDays(today, window)) : null);
        return new LetterModel(
            council.Name, council.Address, council.Signatory,
            name, salutation, address, person is { ConsentToShareWithRepresentative: true } && !viaRepresentative ? person.RepresentativeName : null,
            c.Reference, UkTime.DateOf(c.ReceivedAt), Math.Max(1, c.CurrentStage), c.ServiceArea, c.Subject, c.Description, stage?.AcknowledgementDue,
            stage?.ResponseDue ?? (stageSettings?.ResponseWorkingDays is { } days ? calendar.AddWorkingDays(today, days) : null),
            decision?.Outcome, decision?.ParsePoints() ?? [], decision?.Reasons, decision?.Remedy, decision?.FinancialRedress, decision?.ParseActions() ?? [],
            stage?.Extensions.LastOrDefault()?.NewDue, stage?.Extensions.LastOrDefault()?.Reason, escalationDeadline, council.EscalationHow,
            c.Ombudsman, procedure.OmbudsmanWebsite, procedure.OmbudsmanTimeLimitMonths, officer?.DisplayName ?? staff.Name, officer?.JobTitle);
    }

    /// <summary>Before the first start has stored them (only a database never started by the app), the configured details.</summary>
    private async Task<CouncilDetails> CouncilAsync(ComplaintsDbContext db, CancellationToken cancellationToken) =>
        await db.CouncilProfiles.AsNoTracking().SingleOrDefaultAsync(cancellationToken) is { } stored
            ? new CouncilDetails(stored.Name, stored.Address, stored.Signatory, stored.EscalationHow, stored.Logo)
            : configured ?? throw new DomainException("The council's details have not been stored yet: restart ComplaintsHub with its Council settings so that it stores them.");
}
