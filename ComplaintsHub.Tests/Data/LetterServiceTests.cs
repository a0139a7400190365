using ComplaintsHub.Core.Calendar;
using ComplaintsHub.Core.Cases;
using ComplaintsHub.Core.Cases.Actions;
using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Input;
using ComplaintsHub.Core.Letters;
using ComplaintsHub.Core.Refusals;
using ComplaintsHub.Tests.Support;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsHub.Tests.Data;

public class LetterTemplatesStored
{
    [Fact]
    public async Task NewDefaultsArriveAsNewRevisionsOnlyWhereTheCouncilNeverEditedTheLetter()
    {
        // The templates were put in before the demo council's procedures, as an older ComplaintsHub left them: for all procedures only.
        await using var world = await CaseWorld.CreateAsync();
        var letters = world.Database.Get<LetterService>();
        var own = DefaultLetterTemplates.All[LetterType.Acknowledgement].Replace("# We have received your complaint", "# Your complaint has reached us");
        await letters.SaveTemplateAsync(LetterType.Acknowledgement, null, own, 1, world.Staff["Mark Ellis"]);
        await using (var db = await world.Database.Factory.CreateDbContextAsync())
        {
            var first = await db.LetterTemplates.SingleAsync(t => t.Type == LetterType.Stage1Response && t.IsCurrent);
            first.IsCurrent = false;
            db.LetterTemplates.Add(new LetterTemplate(LetterType.Stage1Response, null, 2, "An older default: {{ case.reference }}", Actor.System, world.Database.Clock.GetUtcNow().UtcDateTime));
            await db.SaveChangesAsync();
        }

        await letters.EnsureDefaultTemplatesAsync();
        var counts = await CountAsync(world);
        await letters.EnsureDefaultTemplatesAsync();

        Assert.Equal(counts, await CountAsync(world));
        var acknowledgement = (await letters.CurrentTemplateAsync(LetterType.Acknowledgement, null))!;
        Assert.Equal((2, "Mark Ellis", own), (acknowledgement.Revision, acknowledgement.CreatedByName, acknowledgement.Body));
        var response = (await letters.CurrentTemplateAsync(LetterType.Stage1Response, null))!;
        Assert.Equal((3, "ComplaintsHub", DefaultLetterTemplates.All[LetterType.Stage1Response]), (response.Revision, response.CreatedByName, response.Body));
        await using var check = await world.Database.Factory.CreateDbContextAsync();
        var housing = await check.Procedures.Where(p => p.Code == Procedure.HousingCode).Select(p => p.Id).SingleAsync();
        Assert.Equal(DefaultLetterTemplates.For(LetterType.Stage1Response, Procedure.HousingCode), (await letters.CurrentTemplateAsync(LetterType.Stage1Response, housing))!.Body);
        // The council's own acknowledgement still speaks for every procedure: no procedure's default is put over it.
        Assert.Equal(0, await check.LetterTemplates.CountAsync(t => t.Type == LetterType.Acknowledgement && t.ProcedureId != null));
    }

    private static async Task<int> CountAsync(CaseWorld world)
    {
        await using var db = await world.Database.Factory.CreateDbContextAsync();
        return await db.LetterTemplates.CountAsync();
    }

    [Fact]
    public async Task TheDefaultSetIsSeededOnceAsRevisionOne()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await database.Get<LetterService>().EnsureDefaultTemplatesAsync();

        var templates = await database.Get<LetterService>().ListTemplatesAsync();

        Assert.Equal(Enum.GetValues<LetterType>().Order(), templates.Select(t => t.Type).Order());
        Assert.All(templates, t => Assert.Equal((1, "All procedures"), (t.Revision, t.Scope)));
    }

    [Theory, InlineData(DatabaseProvider.Sqlite), PostgresData]
    public async Task EditingSavesANewRevisionAndKeepsTheOldOne(DatabaseProvider provider)
    {
        await using var world = await CaseWorld.CreateAsync(provider);
        var letters = world.Database.Get<LetterService>();
        var body = DefaultLetterTemplates.All[LetterType.Acknowledgement].Replace("Thank you for contacting us", "Thank you for telling us");

        var saved = await letters.SaveTemplateAsync(LetterType.Acknowledgement, null, body, 1, world.Staff["Mark Ellis"]);

        Assert.Equal(2, saved.Revision);
        Assert.Equal(body, (await letters.CurrentTemplateAsync(LetterType.Acknowledgement, null))!.Body);
        await using var db = await world.Database.Factory.CreateDbContextAsync();
        Assert.Equal([1, 2], await db.LetterTemplates.Where(t => t.Type == LetterType.Acknowledgement).OrderBy(t => t.Revision).Select(t => t.Revision).ToListAsync());
        Assert.Equal(1, await db.LetterTemplates.CountAsync(t => t.Type == LetterType.Acknowledgement && t.IsCurrent));
    }

    [Fact]
    public async Task AnInvalidTemplateIsRefusedWithItsProblemsAndNothingIsSaved()
    {
        await using var world = await CaseWorld.CreateAsync();
        var letters = world.Database.Get<LetterService>();

        var result = await letters.SaveTemplateAsync(LetterType.Stage1Response, null, "Dear {{ complainant.nmae }}", 1, world.Staff["Mark Ellis"]);

        Assert.False(result.Saved);
        Assert.Equal("Line 1, column 9: unknown field \"complainant.nmae\". Use one of the fields listed beside the editor.", result.Problems[0].ToString());
        Assert.Contains(result.Problems, p => p.Message == "A Stage 1 response must include the escalation paragraph: add {{ escalation.deadline }} and {{ escalation.how }}.");
        Assert.Equal(1, (await letters.CurrentTemplateAsync(LetterType.Stage1Response, null))!.Revision);
    }

    [Fact]
    public async Task SavingOverSomeoneElsesNewerRevisionIsRefused()
    {
        await using var world = await CaseWorld.CreateAsync();
        var letters = world.Database.Get<LetterService>();
        var body = DefaultLetterTemplates.All[LetterType.NotAComplaint];
        await letters.SaveTemplateAsync(LetterType.NotAComplaint, null, body + "\nP.S.", 1, world.Staff["Mark Ellis"]);

        var refusal = await Assert.ThrowsAsync<ConcurrencyException>(() => letters.SaveTemplateAsync(LetterType.NotAComplaint, null, body, 1, world.Staff["Mark Ellis"]));

        Assert.Equal("Mark Ellis saved revision 2 of this template while you were editing. Copy your changes, reload and try again.", refusal.Message);
    }

    [Fact]
    public async Task OnlyTheComplaintsTeamMayChangeTemplates()
    {
        await using var world = await CaseWorld.CreateAsync();

        await Assert.ThrowsAsync<PermissionDeniedException>(() =>
            world.Database.Get<LetterService>().SaveTemplateAsync(LetterType.NotAComplaint, null, DefaultLetterTemplates.All[LetterType.NotAComplaint], 1, world.Staff["David Okafor"]));
    }

    [Fact]
    public async Task APreviewMergesTheTemplateWithARealCase()
    {
        await using var world = await CaseWorld.CreateAsync();

        var (text, problems) = await world.Database.Get<LetterService>().PreviewAsync(LetterType.Acknowledgement, DefaultLetterTemplates.All[LetterType.Acknowledgement], world.Reference, world.Staff["Mark Ellis"]);

        Assert.Empty(problems);
        Assert.Contains($"Our reference: {world.Reference}", text);
        Assert.Contains("Assisted collection missed again.", text);
    }
}

public class LettersOnACase
{
    [Theory, InlineData(DatabaseProvider.Sqlite), PostgresData]
    public async Task IssuingTheAcknowledgementAcknowledgesTheStageAndKeepsTheWordDocument(DatabaseProvider provider)
    {
        await using var world = await CaseWorld.CreateAsync(provider);
        var letters = world.Database.Get<LetterService>();
        var leader = world.Staff["David Okafor"];
        Assert.Equal([LetterType.Acknowledgement], LetterService.Fitting(await world.OpenAsync("David Okafor")));

        var draftId = await letters.CreateDraftAsync(world.Reference, LetterType.Acknowledgement, null, leader);
        var draft = (await letters.DraftAsync(draftId, leader))!;
        var letterId = await letters.IssueAsync(draftId, draft.Version, draft.CaseVersion, draft.Text.Replace("Thank you for contacting us", "Thank you for calling us"), leader);

        var c = await world.OpenAsync("David Okafor");
        Assert.Equal(CaseStatus.Acknowledged, c.Status);
        Assert.Equal("Stage 1 acknowledgement issued to Okonkwo (template revision 1).", c.Timeline.First().Summary);
        var file = (await letters.DownloadAsync(letterId, leader))!.Value;
        using var document = WordprocessingDocument.Open(new MemoryStream(file.Content), false);
        Assert.Empty(new OpenXmlValidator().Validate(document));
        Assert.Contains("Thank you for calling us", document.MainDocumentPart!.Document.Body!.InnerText);
        Assert.StartsWith($"{world.Reference} Stage 1 acknowledgement", file.FileName);
        Assert.Null(await letters.DraftAsync(draftId, leader));
    }

    [Fact]
    public async Task IssuingTheResponseAnswersTheStageAtThatMomentWithTheDecision()
    {
        await using var world = await CaseWorld.CreateAsync();
        var letters = world.Database.Get<LetterService>();
        var leader = world.Staff["David Okafor"];
        await world.Actions.ApplyAsync(world.CaseId, (await world.OpenAsync("David Okafor")).Version, new AcknowledgeCommand(null), leader);
        var decision = new LetterDecision { Outcome = Outcome.PartlyUpheld, Reasons = "The crew missed two of the dates.", Remedy = "We apologise.", FinancialRedress = 30m, RootCause = "Round change.", LessonLearnt = "Check lists." };

        var draftId = await letters.CreateDraftAsync(world.Reference, LetterType.Stage1Response, decision, leader);
        var draft = (await letters.DraftAsync(draftId, leader))!;
        Assert.Contains("Overall, our decision is that your complaint is partly upheld. The crew missed two of the dates.", draft.Text);
        Assert.Contains("We will pay you £30.00.", draft.Text);
        world.Database.Clock.Advance(TimeSpan.FromHours(2));
        await letters.IssueAsync(draftId, draft.Version, draft.CaseVersion, draft.Text, leader);

        var answered = await world.OpenAsync("David Okafor");
        var stage = answered.Stages.Single();
        Assert.Equal((CaseStatus.Responded, Outcome.PartlyUpheld, 30m), (answered.Status, stage.Outcome!.Value, stage.FinancialRedress!.Value));
        Assert.Equal(world.Database.Clock.GetUtcNow().UtcDateTime, stage.ResponseSentAt);
        Assert.Equal([LetterType.EscalationInformation], LetterService.Fitting(answered));
    }

    [Fact]
    public async Task AResponseWhoseTextNoLongerStatesTheDecisionIsNotIssued()
    {
        await using var world = await CaseWorld.CreateAsync();
        var letters = world.Database.Get<LetterService>();
        var leader = world.Staff["David Okafor"];
        await world.Actions.ApplyAsync(world.CaseId, (await world.OpenAsync("David Okafor")).Version, new AcknowledgeCommand(null), leader);
        var draftId = await letters.CreateDraftAsync(world.Reference, LetterType.Stage1Response, new LetterDecision { Outcome = Outcome.NotUpheld, Reasons = "r", Remedy = "m" }, leader);
        var draft = (await letters.DraftAsync(draftId, leader))!;

        var refusal = await Assert.ThrowsAsync<DomainException>(() => letters.IssueAsync(draftId, draft.Version, draft.CaseVersion, draft.Text.Replace("not upheld", "rejected"), leader));

        Assert.Equal("The letter must state the decision (not upheld).", refusal.Message);
        Assert.Equal(CaseStatus.Acknowledged, (await world.OpenAsync("David Okafor")).Status);
        Assert.NotNull(await letters.DraftAsync(draftId, leader));
    }

    [Fact]
    public async Task IssuedLettersCannotBeChangedOrDeleted()
    {
        await using var world = await CaseWorld.CreateAsync();
        var letters = world.Database.Get<LetterService>();
        var leader = world.Staff["David Okafor"];
        var draftId = await letters.CreateDraftAsync(world.Reference, LetterType.Acknowledgement, null, leader);
        var draft = (await letters.DraftAsync(draftId, leader))!;
        await letters.IssueAsync(draftId, draft.Version, draft.CaseVersion, draft.Text, leader);

        await using var db = await world.Database.Factory.CreateDbContextAsync();
        var issued = await db.IssuedLetters.SingleAsync();
        db.Entry(issued).Property(l => l.FileName).CurrentValue = "changed.docx";
        var changed = await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        db.ChangeTracker.Clear();
        db.IssuedLetters.Remove(await db.IssuedLetters.SingleAsync());
        var deleted = await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());

        Assert.Equal("An issued letter is kept exactly as it was sent: it cannot be changed or deleted.", changed.Message);
        Assert.Equal(changed.Message, deleted.Message);
    }

    [Fact]
    public async Task ALargePrintComplainantWithAConsentingRepresentativeGetsALargePrintLetterAddressedToTheRepresentative()
    {
        await using var world = await CaseWorld.CreateAsync();
        await using (var db = await world.Database.Factory.CreateDbContextAsync())
        {
            var person = await db.Complainants.SingleAsync(p => p.LastName == "Okonkwo");
            person.NeedsLargePrint = true;
            person.RepresentativeName = "Citizens Advice Ashbury";
            person.RepresentativeContact = "1 High Street, Ashbury AB1 1CA";
            person.ConsentToShareWithRepresentative = true;
            await db.SaveChangesAsync();
        }

        var letters = world.Database.Get<LetterService>();
        var leader = world.Staff["David Okafor"];
        var draftId = await letters.CreateDraftAsync(world.Reference, LetterType.Acknowledgement, null, leader);
        var draft = (await letters.DraftAsync(draftId, leader))!;
        await letters.IssueAsync(draftId, draft.Version, draft.CaseVersion, draft.Text, leader);

        Assert.Contains("Citizens Advice Ashbury (on behalf of Okonkwo)", draft.Text);
        Assert.Contains("Dear Citizens Advice Ashbury", draft.Text);
        Assert.True(draft.LargePrint);
        await using var check = await world.Database.Factory.CreateDbContextAsync();
        var issued = await check.IssuedLetters.SingleAsync();
        Assert.Equal((true, "Citizens Advice Ashbury"), (issued.LargePrint, issued.AddressedTo));
    }

    [Fact]
    public async Task StaffOutsideTheServiceAreaCannotDownloadTheLetter()
    {
        await using var world = await CaseWorld.CreateAsync();
        var letters = world.Database.Get<LetterService>();
        var leader = world.Staff["David Okafor"];
        var draftId = await letters.CreateDraftAsync(world.Reference, LetterType.Acknowledgement, null, leader);
        var draft = (await letters.DraftAsync(draftId, leader))!;
        var letterId = await letters.IssueAsync(draftId, draft.Version, draft.CaseVersion, draft.Text, leader);

        Assert.Null(await letters.DownloadAsync(letterId, world.Staff["Priya Shah"]));
        Assert.NotNull(await letters.DownloadAsync(letterId, world.Staff["Mark Ellis"]));
    }

    [Fact]
    public async Task AProcedureOfItsOwnTemplateIsUsedForThatProceduresCases()
    {
        await using var world = await CaseWorld.CreateAsync();
        var letters = world.Database.Get<LetterService>();
        int corporate;
        await using (var db = await world.Database.Factory.CreateDbContextAsync())
        {
            corporate = (await db.Procedures.SingleAsync(p => p.Code == "Corporate")).Id;
        }

        var own = DefaultLetterTemplates.All[LetterType.Acknowledgement].Replace("# We have received your complaint", "# Your corporate complaint");
        Assert.Equal(1, (await letters.SaveTemplateAsync(LetterType.Acknowledgement, corporate, own, null, world.Staff["Mark Ellis"])).Revision);

        var draftId = await letters.CreateDraftAsync(world.Reference, LetterType.Acknowledgement, null, world.Staff["David Okafor"]);

        Assert.Contains("# Your corporate complaint", (await letters.DraftAsync(draftId, world.Staff["David Okafor"]))!.Text);
    }
}

[Trait(TestToday.Category, TestToday.DateSensitive)]
public class LettersForRealSeededCases
{
    [Theory, InlineData(DatabaseProvider.Sqlite), PostgresData]
    public async Task EveryDefaultTemplateIssuesAValidWordLetterForARealSeededCase(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await database.Get<Core.DemoData.DemoDataSeeder>().SeedAsync();
        await using var db = await database.Factory.CreateDbContextAsync();
        var admin = await db.StaffUsers.SingleAsync(s => s.DisplayName == "Mark Ellis");
        var staff = new CurrentStaff(admin.Id, admin.DisplayName, new HashSet<StaffRole> { StaffRole.ComplaintsAdmin });
        var letters = database.Get<LetterService>();
        var open = db.Complaints.Where(c => c.Classification == ContactClassification.Complaint);
        // Whether any open case happens to be extended depends on the day the demo data was made for: extend one.
        var toExtend = await open.Where(c => c.Status == CaseStatus.Acknowledged && c.CurrentStage == 1 && c.Procedure.Code == "Corporate")
            .OrderByDescending(c => c.ReceivedAt).Select(c => new { c.Id, c.Version }).FirstAsync();
        await database.Get<CaseActions>().ApplyAsync(toExtend.Id, toExtend.Version, new ExtendCommand(5, "Waiting for the crew's records.", UkTime.Today(database.Clock)), staff);
        var candidates = new Dictionary<LetterType, IQueryable<Complaint>>
        {
            [LetterType.Acknowledgement] = open.Where(c => c.Status == CaseStatus.Received && c.CurrentStage == 1),
            [LetterType.Stage1Response] = open.Where(c => c.Status == CaseStatus.Acknowledged && c.CurrentStage == 1),
            [LetterType.Stage2Acknowledgement] = open.Where(c => c.Status == CaseStatus.Received && c.CurrentStage == 2),
            [LetterType.Stage2Response] = open.Where(c => c.Status == CaseStatus.Acknowledged && c.CurrentStage == 2),
            [LetterType.ExtensionNotice] = open.Where(c => c.Status == CaseStatus.Acknowledged && c.Stages.Any(s => s.StageNumber == c.CurrentStage && s.Extensions.Any())),
            [LetterType.EscalationInformation] = open.Where(c => c.Status == CaseStatus.Closed && c.CurrentStage == 1),
            [LetterType.NotAComplaint] = db.Complaints.Where(c => c.Classification == ContactClassification.ServiceRequest),
        };
        // Eight weeks on from whichever day the suite runs, so the promise is never dated in the past.
        var promisedBy = TestToday.Date.AddDays(56);
        var decision = new LetterDecision
        {
            Outcome = Outcome.NotUpheld, Reasons = "We found the service was delivered as scheduled.", Remedy = "No remedy is due.",
            Points = [new LetterPoint("Bin not collected", Outcome.NotUpheld, "the crew's tracker shows the collection")],
            OutstandingActions = [new LetterAction("write to you with the new round", promisedBy, "Waste team")],
        };

        foreach (var (type, cases) in candidates)
        {
            var reference = await cases.OrderByDescending(c => c.ReceivedAt).Select(c => c.Reference).FirstOrDefaultAsync();
            Assert.True(reference is not null, $"the demo data has no case ready for a {type}");
            var draftId = await letters.CreateDraftAsync(reference!, type, LetterService.Responses.Contains(type) ? decision : null, staff);
            var draft = (await letters.DraftAsync(draftId, staff))!;
            var letterId = await letters.IssueAsync(draftId, draft.Version, draft.CaseVersion, draft.Text, staff);

            var file = (await letters.DownloadAsync(letterId, staff))!.Value;
            using var document = WordprocessingDocument.Open(new MemoryStream(file.Content), false);
            Assert.Empty(new OpenXmlValidator().Validate(document));
            Assert.Contains(reference!, document.MainDocumentPart!.Document.Body!.InnerText);
            if (LetterService.Responses.Contains(type))
            {
                // The officer's lower-case start is made a sentence in the letter.
                Assert.Contains("- Bin not collected: Not upheld. The crew's tracker shows the collection.", draft.Text);
                Assert.Contains($"| Write to you with the new round | {promisedBy.ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB"))} | Waste team |", draft.Text);
            }
        }
    }

    [Fact]
    public async Task AnOutstandingActionWithoutADateIsRefusedAtIssueUnderItsOwnFieldAndNothingIsIssued()
    {
        await using var world = await CaseWorld.CreateAsync();
        var leader = world.Staff["David Okafor"];
        var letters = world.Database.Get<LetterService>();
        await world.Actions.ApplyAsync(world.CaseId, (await world.OpenAsync("David Okafor")).Version, new AcknowledgeCommand(null), leader);
        var decision = new LetterDecision
        {
            Outcome = Outcome.NotUpheld, Reasons = "The round ran.", Points = [new LetterPoint("Missed bin", Outcome.NotUpheld, "The tracker shows it was emptied.")],
            OutstandingActions = [new LetterAction("Review the round next week", null, "Waste team")],
        };
        // A half-composed response can be started and saved, to finish later.
        var draftId = await letters.CreateDraftAsync(world.Reference, LetterType.Stage1Response, decision, leader);
        var draft = (await letters.DraftAsync(draftId, leader))!;

        var refusal = await Assert.ThrowsAsync<InputRefusedException>(() =>
            letters.IssueAsync(draftId, draft.Version, draft.CaseVersion, new LetterComposition(draft.WhatYouToldUs, draft.Decision), draft.Text, leader));

        Assert.Equal((CompositionFields.ActionBy(0), "The date it will be done by is needed."), (refusal.Field, refusal.Message));
        Assert.Equal(CaseStatus.Acknowledged, (await world.OpenAsync("David Okafor")).Status);
        Assert.NotNull(await letters.DraftAsync(draftId, leader));
    }
}

public class LetterDrafts
{
    [Fact]
    public async Task ADraftIsKeptWithItsEditsUntilDiscarded()
    {
        await using var world = await CaseWorld.CreateAsync();
        var letters = world.Database.Get<LetterService>();
        var leader = world.Staff["David Okafor"];
        var draftId = await letters.CreateDraftAsync(world.Reference, LetterType.Acknowledgement, null, leader);
        var draft = (await letters.DraftAsync(draftId, leader))!;

        await letters.SaveDraftAsync(draftId, draft.Version, draft.Text + "\nP.S. We will call you on Monday.", leader);
        var saved = (await letters.DraftAsync(draftId, leader))!;
        Assert.EndsWith("P.S. We will call you on Monday.", saved.Text);
        Assert.Single((await letters.ForCaseAsync(await world.OpenAsync("David Okafor"))).Drafts);

        await letters.DiscardDraftAsync(draftId, saved.Version, leader);

        Assert.Null(await letters.DraftAsync(draftId, leader));
        Assert.Empty((await letters.ForCaseAsync(await world.OpenAsync("David Okafor"))).Drafts);
        Assert.Equal(CaseStatus.Received, (await world.OpenAsync("David Okafor")).Status);
    }

    [Fact]
    public async Task SavingOverSomeoneElsesEditIsRefused()
    {
        await using var world = await CaseWorld.CreateAsync();
        var letters = world.Database.Get<LetterService>();
        var leader = world.Staff["David Okafor"];
        var draftId = await letters.CreateDraftAsync(world.Reference, LetterType.Acknowledgement, null, leader);
        var seen = (await letters.DraftAsync(draftId, leader))!;
        await letters.SaveDraftAsync(draftId, seen.Version, seen.Text + "\nFirst edit.", world.Staff["Tom Bennett"]);

        var refusal = await Assert.ThrowsAsync<ConcurrencyException>(() => letters.SaveDraftAsync(draftId, seen.Version, seen.Text + "\nSecond edit.", leader));
        var issueRefusal = await Assert.ThrowsAsync<ConcurrencyException>(() => letters.IssueAsync(draftId, seen.Version, seen.CaseVersion, seen.Text, leader));

        Assert.Equal("Someone else changed this draft while you had it open. Reload it and try again.", refusal.Message);
        Assert.Equal(refusal.Message, issueRefusal.Message);
        Assert.EndsWith("First edit.", (await letters.DraftAsync(draftId, leader))!.Text);
    }
}
