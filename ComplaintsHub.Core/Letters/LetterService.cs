using ComplaintsHub.Core.Calendar;
using ComplaintsHub.Core.Cases;
using ComplaintsHub.Core.Cases.Actions;
using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Email;
using ComplaintsHub.Core.Input;
using ComplaintsHub.Core.Queries;
using ComplaintsHub.Core.Records;
using ComplaintsHub.Core.Refusals;
using ComplaintsHub.Core.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ComplaintsHub.Core.Letters;

/// <summary>
/// Templates (the complaints team's, versioned), drafts (kept until issued or discarded) and issued letters (kept as
/// sent). Issuing an acknowledgement or a response letter is what acknowledges or answers the stage. The council's
/// details come from the database as they are when each letter is made; <paramref name="configured"/> only seeds them,
/// so a database that has them stored needs no configured details (none are registered then).
/// </summary>
public sealed class LetterService(IDbContextFactory<ComplaintsDbContext> dbFactory, CalendarService calendars, CaseQuery cases, CaseActions caseActions, LetterPdfWriter pdfWriter, AccessLog accessLog,
    TimeProvider clock, IOptions<EmailOptions> email, CouncilDetails? configured = null)
{
    public static readonly LetterType[] Responses = [LetterType.Stage1Response, LetterType.Stage2Response];

    /// <summary>The field name a refused draft text is reported under.</summary>
    public const string DraftTextField = "Text";

    internal const string StaleDraft = "Someone else changed this draft while you had it open. Reload it and try again.";

    /// <summary>
    /// Puts in the default letters: on the first start the whole set (for all procedures, and each default procedure's
    /// own); on later starts a newer default arrives as a new revision, by ComplaintsHub, only where no one at the council
    /// ever edited that letter. A council's own wording is never replaced, and where it edited the letter for all
    /// procedures no procedure's default is added over it.
    /// </summary>
    public async Task EnsureDefaultTemplatesAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var templates = await db.LetterTemplates.ToListAsync(cancellationToken);
        var procedures = await db.Procedures.AsNoTracking().Where(p => DefaultLetterTemplates.ProcedureCodes.Contains(p.Code)).Select(p => new { p.Id, p.Code })
            .ToListAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        bool Edited(LetterType type, int? procedureId) => templates.Any(t => t.Type == type && t.ProcedureId == procedureId && t.CreatedById is not null);

        void Offer(LetterType type, int? procedureId, string body)
        {
            if (Edited(type, procedureId)) return;
            var current = templates.SingleOrDefault(t => t.Type == type && t.ProcedureId == procedureId && t.IsCurrent);
            if (current?.Body == body) return;
            if (current is not null) current.IsCurrent = false;
            db.LetterTemplates.Add(new LetterTemplate(type, procedureId, (current?.Revision ?? 0) + 1, body, Actor.System, now));
        }

        foreach (var type in Enum.GetValues<LetterType>())
        {
            Offer(type, null, DefaultLetterTemplates.For(type, null));
            if (Edited(type, null)) continue;
            foreach (var procedure in procedures) Offer(type, procedure.Id, DefaultLetterTemplates.For(type, procedure.Code));
        }

        await db.SaveRefusingClashAsync("Another server put in the default letters at the same moment: restart this one.", cancellationToken);
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
        db.CouncilProfiles.Add(new CouncilProfile(configured.Name, configured.Address, configured.Signatory, configured.EscalationHow, configured.Logo)
        {
            ComplaintsEmail = configured.ComplaintsEmail, ComplaintsPhone = configured.ComplaintsPhone,
        });
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

        var model = (await ModelAsync(found.Case, staff, cancellationToken))
            .With(new LetterComposition(found.Case.Description, Responses.Contains(type) ? SampleLetter.Decision() : null));
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
            .Select(d => new { d.Id, d.Type, d.CreatedByName, d.UpdatedAt, d.Version }).ToListAsync(cancellationToken);
        var writable = c.Can(ComplaintAction.AddNote) ? Fitting(c) : [];
        return new CaseLetters(issued, drafts.Select(d => (d.Id, d.Type, d.CreatedByName, d.UpdatedAt, d.Version)).ToList(), writable);
    }

    /// <summary>
    /// Starts a letter: the current template merged with the case. "What you told us" starts as the case's description,
    /// for the officer to put in their own words to the complainant; a response starts from its outcome (and whatever
    /// else of the decision is given).
    /// </summary>
    public async Task<int> CreateDraftAsync(string caseReference, LetterType type, LetterDecision? decision, CurrentStaff staff, CancellationToken cancellationToken = default)
    {
        var c = await VisibleCaseAsync(caseReference, staff, cancellationToken);
        if (!Fitting(c).Contains(type)) throw new DomainException($"A {LetterTemplateValidator.Describe(type)} does not fit this case as it stands.");
        if (Responses.Contains(type) && decision is null) throw new DomainException("Choose the outcome before writing the response.");
        decision = decision is null || !Responses.Contains(type) ? null : Checked(decision);

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await StaffSessions.RequireLiveAsync(db, staff, clock, cancellationToken);
        var template = await CurrentAsync(db, type, c.ProcedureId, exact: false, cancellationToken)
            ?? throw new DomainException($"There is no {LetterTemplateValidator.Describe(type)} template yet: the complaints team can add one.");
        var composition = new LetterComposition(InputText.CleanRequired(c.Description), decision);
        var text = await LetterComposer.MergeAsync(template, (await ModelAsync(c, staff, cancellationToken)).With(composition), clock, cancellationToken);
        var draft = new LetterDraft(c.Id, c.CurrentStage, template, text, composition.WhatYouToldUs, decision, staff.Actor, clock.GetUtcNow().UtcDateTime);
        db.LetterDrafts.Add(draft);
        await db.SaveChangesAsync(cancellationToken);
        return draft.Id;
    }

    public async Task<LetterDraftView?> DraftAsync(int draftId, CurrentStaff staff, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await FindDraftAsync(db, draftId, staff, cancellationToken) is not var (draft, c)) return null;
        var (largePrint, addressedTo) = Addressee(c);
        var (emailTo, emailWhyNot) = email.Value.IsSwitchedOn ? EmailRecipient(c.Complainant) : (null, EmailOptions.SwitchedOff);
        // A draft merged before control characters were kept out of letters is shown without them, as is its addressee.
        return new LetterDraftView(draft.Id, draft.ComplaintId, c.Reference, draft.Type, draft.StageNumber, draft.TemplateRevision, InputText.CleanRequired(draft.Text), draft.Decision?.Copy(),
            draft.CreatedByName, draft.UpdatedAt, draft.Version, largePrint, InputText.CleanRequired(addressedTo), c.Version, NeedsAgreedDate(draft.Type, c))
        {
            WhatYouToldUs = draft.WhatYouToldUs,
            WordingEdited = draft.WordingEdited,
            AllowsInformalResolution = c.AllowsInformalResolution,
            ServiceAreaId = c.ServiceAreaId,
            AllocatedOfficerId = c.AllocatedOfficerId,
            EmailTo = emailTo,
            EmailWhyNot = emailWhyNot,
            PrefersEmail = c.Complainant?.PreferredContactMethod == PreferredContactMethod.Email,
        };
    }

    /// <summary>
    /// What writes this draft's letter afresh from what the officer composes, as they type: the draft's own template
    /// revision and the case as they are now, read once here so that each keystroke is a merge, not a trip to the
    /// database. Nothing it does is saved; saving and issuing read and check everything again.
    /// </summary>
    public async Task<LetterComposer> ComposerAsync(int draftId, CurrentStaff staff, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var (draft, c) = await RequireDraftAsync(db, draftId, staff, cancellationToken);
        var template = await db.LetterTemplates.AsNoTracking().SingleAsync(t => t.Id == draft.TemplateId, cancellationToken);
        return new LetterComposer(template, await ModelAsync(c, staff, cancellationToken), NeedsAgreedDate(draft.Type, c), clock);
    }

    public Task SaveDraftAsync(int draftId, Guid version, string text, CurrentStaff staff, CancellationToken cancellationToken = default)
    {
        text = LetterText(text);
        return ChangeDraftAsync(draftId, version, staff, (db, draft) => draft.Edit(text, clock.GetUtcNow().UtcDateTime), cancellationToken);
    }

    /// <summary>Keeps what has been composed with the letter as it reads now; incomplete fields are kept too, to finish later.</summary>
    public Task SaveDraftAsync(int draftId, Guid version, LetterComposition composition, string text, bool wordingEdited, CurrentStaff staff,
        CancellationToken cancellationToken = default)
    {
        text = LetterText(text);
        var whatYouToldUs = ComposedText(composition.WhatYouToldUs, CompositionFields.WhatYouToldUs, "What you told us") ?? "";
        var decision = composition.Decision is null ? null : Checked(composition.Decision);
        return ChangeDraftAsync(draftId, version, staff, (db, draft) => draft.Compose(whatYouToldUs, decision, text, wordingEdited, clock.GetUtcNow().UtcDateTime), cancellationToken);
    }

    public Task DiscardDraftAsync(int draftId, Guid version, CurrentStaff staff, CancellationToken cancellationToken = default) =>
        ChangeDraftAsync(draftId, version, staff, (db, draft) => db.LetterDrafts.Remove(draft), cancellationToken);

    /// <summary>
    /// Issues the letter as composed on the draft page: refused, field by field, on exactly what the page shows
    /// (<see cref="LetterCompositionCheck"/>), so an officer is never sent back to start again; the decision issued is the
    /// one composed, and the agreed response date is part of the composition.
    /// </summary>
    /// <param name="sendByEmail">Also email the letter, its PDF attached, to whoever it is addressed to (<see cref="LetterEmailRecipient"/>): queued with the issue, so both happen or neither.</param>
    public Task<int> IssueAsync(int draftId, Guid draftVersion, Guid caseVersion, LetterComposition composition, string text, CurrentStaff staff,
        bool sendByEmail = false, CancellationToken cancellationToken = default) =>
        IssueCoreAsync(draftId, draftVersion, caseVersion, composition, text, staff, composition.AgreedResponseDate, sendByEmail, cancellationToken);

    /// <summary>
    /// Issues the letter through the case's one write path (<see cref="IssueLetterCommand"/>): refused like any case action
    /// when the case changed after <paramref name="caseVersion"/>, and, for an acknowledgement or a response, acknowledging
    /// or answering the stage at this moment. <paramref name="agreedResponseDate"/> is the date agreed with the complainant,
    /// for an acknowledgement under a procedure that agrees it.
    /// </summary>
    public Task<int> IssueAsync(int draftId, Guid draftVersion, Guid caseVersion, string text, CurrentStaff staff, DateOnly? agreedResponseDate = null,
        CancellationToken cancellationToken = default) =>
        IssueCoreAsync(draftId, draftVersion, caseVersion, null, text, staff, agreedResponseDate, sendByEmail: false, cancellationToken);

    private async Task<int> IssueCoreAsync(int draftId, Guid draftVersion, Guid caseVersion, LetterComposition? composition, string text, CurrentStaff staff,
        DateOnly? agreedResponseDate, bool sendByEmail, CancellationToken cancellationToken)
    {
        text = LetterText(text);
        LetterDraft draft;
        CaseDetails c;
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            (draft, c) = await RequireDraftAsync(db, draftId, staff, cancellationToken);
        }

        if (draft.Version != draftVersion) throw new ConcurrencyException(StaleDraft);
        if (composition is not null)
        {
            LetterCompositionCheck.Require(draft.Type, composition, UkTime.Today(clock), NeedsAgreedDate(draft.Type, c));
            draft.Compose(composition.WhatYouToldUs, composition.Decision is null ? null : Checked(composition.Decision), text, draft.WordingEdited, clock.GetUtcNow().UtcDateTime);
        }
        else
        {
            draft.Edit(text, clock.GetUtcNow().UtcDateTime);
        }

        CheckStillSaysWhatItMust(draft, c);

        CaseCommand? answers = draft.Type switch
        {
            LetterType.Acknowledgement or LetterType.Stage2Acknowledgement => new AcknowledgeCommand(agreedResponseDate),
            LetterType.Stage1Response or LetterType.Stage2Response when draft.Decision is { } d =>
                new RecordResponseCommand(new StageResponse(d.Outcome, d.Remedy, d.FinancialRedress, d.RootCause, d.LessonLearnt), Promised(d, c, staff)),
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
        OutboxEmail? emailed = null;
        if (sendByEmail)
        {
            if (!email.Value.IsSwitchedOn) throw new DomainException(EmailOptions.SwitchedOff);
            var (to, whyNot) = EmailRecipient(c.Complainant);
            if (to is null) throw new DomainException($"{whyNot} Issue the letter without emailing it, and send it by post.");
            var representative = c.Complainant is { ConsentToShareWithRepresentative: true, RepresentativeName: { Length: > 0 } rep } ? rep : null;
            emailed = LetterCoveringEmail.Compose(council, c.Reference, draft.Type, Salutation(c.Complainant, representative), to, clock.GetUtcNow().UtcDateTime, c.Id);
            emailed.Attach(letter);
        }

        await caseActions.ApplyAsync(c.Id, caseVersion, new IssueLetterCommand(draftId, draftVersion, text, answers, letter, emailed), staff, cancellationToken);
        return letter.Id;
    }

    public async Task<(string FileName, byte[] Content)?> DownloadAsync(int letterId, CurrentStaff staff, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var letter = await db.IssuedLetters.AsNoTracking().Where(l => l.Id == letterId)
            .Select(l => new { l.FileName, l.Content, l.ComplaintId, Reference = db.Complaints.Where(x => x.Id == l.ComplaintId).Select(x => x.Reference).Single() })
            .SingleOrDefaultAsync(cancellationToken);
        // An anonymised case's letters keep their row (that they were sent) but not their file.
        if (letter is null || letter.Content.Length == 0 || await cases.GetAsync(letter.Reference, staff, cancellationToken) is not CaseLookup.Found { Case: var c }) return null;
        await accessLog.RecordAsync(staff, PersonalDataPurpose.DownloadedLetter, letter.ComplaintId, letter.Reference, c.Complainant?.Id, letter.FileName, cancellationToken);
        return (letter.FileName, letter.Content);
    }

    /// <summary>The letter's PDF, named as its Word document; null, like a letter that is not there, for one issued before PDFs were made.</summary>
    public async Task<(string FileName, byte[] Content)?> DownloadPdfAsync(int letterId, CurrentStaff staff, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var letter = await db.IssuedLetters.AsNoTracking().Where(l => l.Id == letterId)
            .Select(l => new { l.FileName, l.PdfContent, l.ComplaintId, Reference = db.Complaints.Where(x => x.Id == l.ComplaintId).Select(x => x.Reference).Single() })
            .SingleOrDefaultAsync(cancellationToken);
        if (letter?.PdfContent is null || await cases.GetAsync(letter.Reference, staff, cancellationToken) is not CaseLookup.Found { Case: var c }) return null;
        var fileName = Path.ChangeExtension(letter.FileName, ".pdf");
        await accessLog.RecordAsync(staff, PersonalDataPurpose.DownloadedLetter, letter.ComplaintId, letter.Reference, c.Complainant?.Id, fileName, cancellationToken);
        return (fileName, letter.PdfContent);
    }

    private static string LetterText(string? text)
    {
        var clean = InputText.CleanRequired(text);
        TextLimits.Require(clean, TextLimits.LetterText, DraftTextField, "The letter");
        return clean;
    }

    /// <summary>
    /// The decision as it arrives, every text cleaned and refused over its limit. Completeness (a reason for each point,
    /// a date for each action) is the composition's check, so a half-composed draft can still be saved.
    /// </summary>
    private static LetterDecision Checked(LetterDecision decision)
    {
        var checkedDecision = new LetterDecision
        {
            Outcome = decision.Outcome,
            Points = decision.Points.Select((p, i) => new LetterPoint(
                ComposedText(p.Issue, CompositionFields.PointIssue(i), "What was raised") ?? "", p.Decision,
                ComposedText(p.Reasons, CompositionFields.PointReasons(i), "Why") ?? "")).ToList(),
            Reasons = ComposedText(decision.Reasons, CompositionFields.Reasons, "The reasons"),
            Remedy = ComposedText(decision.Remedy, CompositionFields.Remedy, "The remedy"),
            FinancialRedress = decision.FinancialRedress,
            OutstandingActions = decision.OutstandingActions.Select((a, i) => new LetterAction(
                ComposedText(a.What, CompositionFields.ActionWhat(i), "What we will do") ?? "", a.By,
                ComposedText(a.Who, CompositionFields.ActionWho(i), "Who will do it", TextLimits.Label) ?? "", a.OwnerId)).ToList(),
            RootCause = ComposedText(decision.RootCause, CompositionFields.RootCause, "The root cause"),
            LessonLearnt = ComposedText(decision.LessonLearnt, CompositionFields.LessonLearnt, "The lesson learnt"),
        };
        NumberLimits.RequireRedress(checkedDecision.FinancialRedress, CompositionFields.FinancialRedress);
        return checkedDecision;
    }

    private static string? ComposedText(string? value, string field, string what, int limit = TextLimits.Notes)
    {
        var clean = InputText.Clean(value);
        TextLimits.Require(clean, limit, field, what);
        return clean;
    }

    /// <summary>
    /// The letter's outstanding actions as the response promises them, each owned by the person chosen on the draft page or
    /// else the case's officer (or, with none, whoever issues it). A letter issued without its composition is checked here
    /// for the one thing tracking cannot do without: a date.
    /// </summary>
    private static List<PromisedActionTerms> Promised(LetterDecision decision, CaseDetails c, CurrentStaff staff) =>
        decision.OutstandingActions.Select((a, i) => new PromisedActionTerms(a.What,
            a.By ?? throw new InputRefusedException(CompositionFields.ActionBy(i), "The date it will be done by is needed."),
            a.OwnerId ?? c.AllocatedOfficerId ?? staff.StaffUserId, a.Who)).ToList();

    private static bool NeedsAgreedDate(LetterType type, CaseDetails c) => c.ResponseDateAgreed && type is LetterType.Acknowledgement or LetterType.Stage2Acknowledgement;

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

    /// <summary>The letter's fields from the case, the council and the officer, before anything is composed (<see cref="LetterModel.With"/>).</summary>
    private async Task<LetterModel> ModelAsync(CaseDetails c, CurrentStaff staff, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var officer = await db.StaffUsers.AsNoTracking().Where(s => s.Id == staff.StaffUserId).Select(s => new { s.DisplayName, s.JobTitle, s.Email }).SingleOrDefaultAsync(cancellationToken);
        var procedure = await db.Procedures.AsNoTracking().SingleAsync(p => p.Id == c.ProcedureId, cancellationToken);
        var stage = c.Stages.SingleOrDefault(s => s.Number == c.CurrentStage);
        var person = c.Complainant;
        var (_, addressedTo) = Addressee(c);
        var viaRepresentative = person is not null && addressedTo != person.Name;
        var titled = person is null ? "" : string.Join(" ", new[] { person.Title, person.Name }.Where(x => !string.IsNullOrWhiteSpace(x)));
        var name = person is null ? "" : viaRepresentative ? $"{addressedTo} (on behalf of {titled})" : titled;
        var address = person is null ? "" : viaRepresentative ? person.RepresentativeContact ?? "" : string.Join(", ", new[] { person.Address, person.Postcode }.Where(x => !string.IsNullOrWhiteSpace(x)));
        var calendar = await calendars.GetAsync(cancellationToken);
        var stageSettings = procedure.Stages.SingleOrDefault(s => s.StageNumber == c.CurrentStage);
        var today = UkTime.Today(clock);
        var council = await CouncilAsync(db, cancellationToken);
        var escalationDeadline = stage?.EscalationDeadline
            ?? (stageSettings?.EscalationWindow is { } window ? (stageSettings.EscalationWindowUnit == EscalationWindowUnit.CalendarDays ? today.AddDays(window) : calendar.AddWorkingDays(today, window)) : null);
        var extension = stage?.Extensions.LastOrDefault();
        return new LetterModel
        {
            CouncilName = council.Name, CouncilAddress = council.Address, Signatory = council.Signatory,
            LetterDate = today,
            ContactName = officer?.DisplayName ?? staff.Name,
            ContactPhone = council.ComplaintsPhone,
            ContactEmail = council.ComplaintsEmail ?? officer?.Email,
            ComplainantName = name, Salutation = Salutation(person, viaRepresentative ? addressedTo : null), ComplainantAddress = address,
            Representative = person is { ConsentToShareWithRepresentative: true } && !viaRepresentative ? person.RepresentativeName : null,
            Reference = c.Reference, Received = UkTime.DateOf(c.ReceivedAt), Stage = Math.Max(1, c.CurrentStage), ServiceArea = c.ServiceArea, Subject = c.Subject,
            WhatYouToldUs = "", DesiredOutcome = c.DesiredOutcome,
            AcknowledgeDue = stage?.AcknowledgementDue,
            ResponseDue = stage?.ResponseDue ?? (stageSettings?.ResponseWorkingDays is { } days ? calendar.AddWorkingDays(today, days) : null),
            ExtensionNewDue = extension?.NewDue, ExtensionReason = extension?.Reason, EscalationDeadline = escalationDeadline, EscalationHow = council.EscalationHow,
            Ombudsman = c.Ombudsman, OmbudsmanWebsite = procedure.OmbudsmanWebsite, OmbudsmanTimeLimitMonths = procedure.OmbudsmanTimeLimitMonths,
            OfficerName = officer?.DisplayName ?? staff.Name, OfficerJobTitle = officer?.JobTitle,
        };
    }

    /// <summary>"Dear Mrs Smith" from title and surname; the representative by name when they are addressed; "Dear Sir or Madam" only when no one is known.</summary>
    private static (LetterEmailRecipient? To, string? WhyNot) EmailRecipient(CaseComplainant? p) =>
        LetterEmailRecipient.For(p?.Name, p?.Email, p?.RepresentativeName, p?.RepresentativeContact, p?.ConsentToShareWithRepresentative == true);

    internal static string Salutation(CaseComplainant? person, string? representative)
    {
        if (representative is not null) return $"Dear {representative}";
        if (person is null || string.IsNullOrWhiteSpace(person.Name)) return "Dear Sir or Madam";
        return !string.IsNullOrWhiteSpace(person.Title) && !string.IsNullOrWhiteSpace(person.LastName) ? $"Dear {person.Title} {person.LastName}" : $"Dear {person.Name}";
    }

    /// <summary>Before the first start has stored them (only a database never started by the app), the configured details.</summary>
    private async Task<CouncilDetails> CouncilAsync(ComplaintsDbContext db, CancellationToken cancellationToken) =>
        await db.CouncilProfiles.AsNoTracking().SingleOrDefaultAsync(cancellationToken) is { } stored
            ? new CouncilDetails(stored.Name, stored.Address, stored.Signatory, stored.EscalationHow, stored.Logo, stored.ComplaintsEmail, stored.ComplaintsPhone)
            : configured ?? throw new DomainException("The council's details have not been stored yet: restart ComplaintsHub with its Council settings so that it stores them.");
}
