using ComplaintsHub.Core.Calendar;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Import;
using ComplaintsHub.Core.Services;
using ComplaintsHub.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsHub.Tests.Import;

/// <summary>What an imported case holds beyond its dates and outcome: the person, subject, category, officer and stage.</summary>
public class ImportedCaseDetails
{
    [Fact]
    public async Task AnImportedCaseKeepsItsComplainantSubjectCategoryAndAnOfficerAddedBeforeTheirFirstSignIn()
    {
        var (database, admin) = await CaseImport.SetUpAsync();
        await using var _ = database;
        var (subjectId, categoryId) = await SubjectAndCategoryAsync(database);
        var officerId = await database.Get<StaffDirectory>().AddExpectedAsync(new ExpectedStaffMember("mark.ellis@ashbury.example", "Mark Ellis", null, [], null), admin);
        var table = ImportDryRunOfCaseDetails.Table(ImportDryRunOfCaseDetails.Row(2, subject: "missed COLLECTION", category: "delay", officer: "Mark.Ellis@Ashbury.example",
            name: "Jane Mary Smith", phone: "+44 1632 960123", email: "jane@example.org", postcode: "ab12cd"));

        var result = await database.Get<CaseImporter>().ImportAsync(table, ImportDryRunOfCaseDetails.Mapping, admin);

        Assert.Equal((1, 0), (result.Imported, result.AlreadyImported));
        await using var db = await database.Factory.CreateDbContextAsync();
        var complaint = await db.Complaints.Include(c => c.Complainant).Include(c => c.Stages).SingleAsync();
        var person = complaint.Complainant!;
        Assert.Equal(("Jane Mary", "Smith", "+44 1632 960123", "01632960123", "jane@example.org", "AB1 2CD"),
            (person.FirstName, person.LastName, person.Phone, person.PhoneDigits, person.Email, person.Postcode));
        Assert.Equal((subjectId, categoryId, officerId), (complaint.SubjectId, complaint.CategoryId, complaint.AllocatedOfficerId));
        Assert.True(complaint.Stages.Single().OfficerAllocated);
    }

    [Fact]
    public async Task ARowWithNoPersonSubjectCategoryOrOfficerImportsWithoutThem()
    {
        var (database, admin) = await CaseImport.SetUpAsync();
        await using var _ = database;
        var table = ImportDryRunOfCaseDetails.Table(ImportDryRunOfCaseDetails.Row(2, subject: "", category: "", officer: "", name: "", phone: "", email: "", postcode: ""));

        var result = await database.Get<CaseImporter>().ImportAsync(table, ImportDryRunOfCaseDetails.Mapping, admin);

        Assert.Equal(1, result.Imported);
        await using var db = await database.Factory.CreateDbContextAsync();
        var complaint = await db.Complaints.SingleAsync();
        Assert.Equal((null, null, null, null), (complaint.ComplainantId, complaint.SubjectId, complaint.CategoryId, complaint.AllocatedOfficerId));
        Assert.Equal(0, await db.Complainants.CountAsync());
    }

    [Fact]
    public async Task AnEscalatedRowComesInOpenAtStage2FromTheDayItWasEscalatedEvenOutsideTheWindow()
    {
        var (database, admin) = await CaseImport.SetUpAsync();
        await using var _ = database;
        await SubjectAndCategoryAsync(database);
        var received = TestToday.Date.AddDays(-200);
        var responded = received.AddDays(20);
        var inTime = responded.AddDays(5);
        var late = responded.AddDays(60);   // the Corporate procedure's window is 28 calendar days
        var table = ImportDryRunOfCaseDetails.Table(
            Escalated(2, "Stage 2", inTime),
            Escalated(3, "", late));

        var result = await database.Get<CaseImporter>().ImportAsync(table, ImportDryRunOfCaseDetails.Mapping, admin);

        Assert.Equal(2, result.Imported);
        var calendar = await database.Get<CalendarService>().GetAsync();
        await using var db = await database.Factory.CreateDbContextAsync();
        var cases = await db.Complaints.Include(c => c.Stages).Include(c => c.Timeline).OrderBy(c => c.ImportedReference).ToListAsync();
        foreach (var (complaint, escalated) in cases.Zip([inTime, late]))
        {
            Assert.Equal((2, CaseStatus.Received), (complaint.CurrentStage, complaint.Status));
            var stage1 = complaint.Stages.Single(s => s.StageNumber == 1);
            var stage2 = complaint.Stages.Single(s => s.StageNumber == 2);
            Assert.Equal((responded, Outcome.NotUpheld), (stage1.ResponseSentOn, stage1.Outcome));
            Assert.Equal((escalated, calendar.AddWorkingDays(escalated, 5)), (stage2.OpenedOn, stage2.AcknowledgementDue));
            Assert.Equal(stage2.AcknowledgementDue, complaint.NextDueDate);
        }
        Assert.Equal("Escalated to Stage 2.", cases[0].Timeline.Single(e => e.Type == TimelineEventType.Escalated).Summary);
        Assert.Equal("Escalated to Stage 2 outside the window: accepted late in the old list (old.csv, row 3).",
            cases[1].Timeline.Single(e => e.Type == TimelineEventType.Escalated).Summary);

        ImportRow Escalated(int row, string stage, DateOnly on) => ImportDryRunOfCaseDetails.Row(row, officer: "", stage: stage,
            received: Iso(received), acknowledged: Iso(received.AddDays(2)), responded: Iso(responded), escalated: Iso(on));
    }

    [Fact]
    public async Task ARowAnsweredAtStage2AndClosedComesInClosedWithBothStagesAnsweredAndStage2sLatenessCounted()
    {
        var (database, admin) = await CaseImport.SetUpAsync();
        await using var _ = database;
        await SubjectAndCategoryAsync(database);
        var received = TestToday.Date.AddDays(-200);
        var responded = received.AddDays(20);
        var escalated = responded.AddDays(5);
        var answered = escalated.AddDays(56);   // well beyond the Corporate procedure's 20 working days for Stage 2
        var closed = answered.AddDays(2);
        var table = ImportDryRunOfCaseDetails.Table(ImportDryRunOfCaseDetails.Row(2, officer: "", received: Iso(received), acknowledged: Iso(received.AddDays(2)),
            responded: Iso(responded), escalated: Iso(escalated), stage2Responded: Iso(answered), stage2Outcome: "PartlyUpheld", closed: Iso(closed),
            rootCause: "Crew sheet missed the road", lesson: "Sheets checked each morning"));

        var result = await database.Get<CaseImporter>().ImportAsync(table, ImportDryRunOfCaseDetails.Mapping, admin);

        Assert.Equal((1, 0), (result.Imported, result.AlreadyImported));
        var calendar = await database.Get<CalendarService>().GetAsync();
        await using var db = await database.Factory.CreateDbContextAsync();
        var complaint = await db.Complaints.Include(c => c.Stages).Include(c => c.Timeline).SingleAsync();
        Assert.Equal((2, CaseStatus.Closed, Outcome.PartlyUpheld, closed), (complaint.CurrentStage, complaint.Status, complaint.Outcome, UkTime.DateOf(complaint.ClosedAt!.Value)));
        var stage1 = complaint.Stages.Single(s => s.StageNumber == 1);
        var stage2 = complaint.Stages.Single(s => s.StageNumber == 2);
        Assert.Equal((responded, Outcome.NotUpheld), (stage1.ResponseSentOn, stage1.Outcome));
        Assert.Equal((escalated, answered, Outcome.PartlyUpheld), (stage2.OpenedOn, stage2.ResponseSentOn, stage2.Outcome));
        Assert.Equal(("Crew sheet missed the road", "Sheets checked each morning"), (stage2.RootCause, stage2.LessonLearnt));
        // Stage 2 is taken as acknowledged on the day it opened, so its response was due 20 working days after escalation.
        var due = calendar.AddWorkingDays(escalated, 20);
        Assert.Equal((due, calendar.WorkingDaysBetween(due, answered)), (stage2.ResponseDue, stage2.WorkingDaysLate));
        Assert.True(stage2.WorkingDaysLate > 0);
        // Nobody is recorded as having answered either stage: the old list does not say who did, and it was not the importer.
        Assert.Equal((null, null), (stage1.RespondedById, stage2.RespondedById));
        Assert.All(complaint.Timeline.Where(e => e.Type == TimelineEventType.ResponseSent), e => Assert.Equal(admin.Name, e.ActorName));
        Assert.Equal(2, complaint.Timeline.Count(e => e.Type == TimelineEventType.ResponseSent));
    }

    [Fact]
    public async Task TheDryRunKnowsWhichAreasAgreeTheResponseDateWithTheComplainant()
    {
        var (database, admin) = await CaseImport.SetUpAsync();
        await using var _ = database;
        await using (var db = await database.Factory.CreateDbContextAsync())
        {
            db.ServiceAreas.Add(new ServiceArea("Adult social care", "ASC", await db.Procedures.Where(p => p.Code == "AdultSocialCare").Select(p => p.Id).SingleAsync()));
            await db.SaveChangesAsync();
        }
        var table = ImportDryRunOfCaseDetails.Table(
            ImportDryRunOfCaseDetails.Row(2, area: "ASC", subject: "", officer: "", responded: "", outcome: ""),
            ImportDryRunOfCaseDetails.Row(3, area: "Waste", subject: "", officer: "", responded: "", outcome: ""));

        var result = await database.Get<CaseImporter>().DryRunAsync(table, ImportDryRunOfCaseDetails.Mapping, admin);

        Assert.Equal([(2, "Acknowledged")], result.Problems.Select(p => (p.Row, p.Column)));
    }

    private static async Task<(int Subject, int Category)> SubjectAndCategoryAsync(TestDatabase database)
    {
        await using var db = await database.Factory.CreateDbContextAsync();
        var waste = await db.ServiceAreas.SingleAsync(a => a.Name == "Waste");
        var subject = new Subject("Missed collection", waste.Id);
        db.Subjects.AddRange(subject, new Subject("Bulky waste", waste.Id));
        await db.SaveChangesAsync();
        return (subject.Id, await db.Categories.Where(c => c.Name == "Delay").Select(c => c.Id).SingleAsync());
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd");
}
