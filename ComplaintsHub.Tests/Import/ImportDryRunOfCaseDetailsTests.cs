using ComplaintsHub.Core.Import;
using ComplaintsHub.Tests.Support;

namespace ComplaintsHub.Tests.Import;

/// <summary>The dry run over the fields beyond the basic list: the person, subject, category, officer, stage and escalation.</summary>
public class ImportDryRunOfCaseDetails
{
    public static readonly string[] Headings =
        ["Ref", "Received", "Area", "Details", "Subject", "Category", "Officer", "Name", "Phone", "Email", "Postcode", "Stage", "Acknowledged", "Responded", "Outcome", "Escalated", "Closed",
         "Stage 2 responded", "Stage 2 outcome", "Root cause", "Lesson"];

    public static ImportMapping Mapping { get; } = new(new Dictionary<ImportField, string>
    {
        [ImportField.Reference] = "Ref", [ImportField.ReceivedDate] = "Received", [ImportField.ServiceArea] = "Area", [ImportField.Description] = "Details",
        [ImportField.Subject] = "Subject", [ImportField.Category] = "Category", [ImportField.Officer] = "Officer", [ImportField.ComplainantName] = "Name",
        [ImportField.ComplainantPhone] = "Phone", [ImportField.ComplainantEmail] = "Email", [ImportField.ComplainantPostcode] = "Postcode",
        [ImportField.Stage] = "Stage", [ImportField.Acknowledged] = "Acknowledged", [ImportField.Responded] = "Responded", [ImportField.Outcome] = "Outcome",
        [ImportField.Escalated] = "Escalated", [ImportField.Closed] = "Closed", [ImportField.Stage2Responded] = "Stage 2 responded",
        [ImportField.Stage2Outcome] = "Stage 2 outcome", [ImportField.RootCause] = "Root cause", [ImportField.LessonLearnt] = "Lesson",
    });

    private static readonly DateOnly Received = TestToday.Date.AddDays(-60);
    private static readonly DateOnly Responded = TestToday.Date.AddDays(-40);

    [Fact]
    public void RowsNamingOurSubjectsCategoriesStaffAndStagesAnyWayTheyAreWrittenHaveNoProblems()
    {
        var table = Table(
            Row(2),
            Row(3, area: "hsg", subject: "REPAIRS", category: "staff conduct", officer: "MARK.ELLIS@ashbury.example"),
            Row(4, stage: "Stage 2", escalated: Iso(Responded.AddDays(5)), closed: ""),
            Row(5, officer: "sam.jones2@ashbury.example", stage: "1"),
            Row(6, officer: "priya.shah@ashbury.example", closed: Iso(Responded.AddDays(1))),
            Row(7, subject: "", category: "", officer: "", name: "", phone: "", email: "", postcode: "", stage: ""),
            Row(8, name: "Smith", phone: "+44 1632 960123", email: "", postcode: "ab12cd"));

        Assert.Empty(Check(table).Problems);
    }

    [Fact]
    public void AnUnknownSubjectCategoryOrOfficerIsReportedNamingTheValue()
    {
        var table = Table(
            Row(2, subject: "Potholes"),
            Row(3, subject: "Repairs"),
            Row(4, category: "Rudeness"),
            Row(5, officer: "Mark Elis"),
            Row(6, officer: "Sam Jones"),
            Row(7, officer: "Priya Shah"),
            Row(8, area: "Cemeteries", subject: "Graves"));

        var result = Check(table);

        Assert.Equal(
        [
            new ImportRowProblem(2, "Subject", "Waste has no subject \"Potholes\": add it to the service area, or correct the file."),
            new ImportRowProblem(3, "Subject", "Waste has no subject \"Repairs\": add it to the service area, or correct the file."),
            new ImportRowProblem(4, "Category", "There is no category \"Rudeness\": add it, or correct the file."),
            new ImportRowProblem(5, "Officer", "There is no member of staff \"Mark Elis\": add them under Staff access (by the email address they sign in with), or correct the file."),
            new ImportRowProblem(6, "Officer", "2 members of staff are called \"Sam Jones\": give the email address of the one who had the case."),
            new ImportRowProblem(7, "Officer", "Priya Shah's access is switched off: a case that is still open needs an officer who can work on it."),
            new ImportRowProblem(8, "Area", "There is no service area \"Cemeteries\": add it, or map it to one of ours."),
        ], result.Problems);
        Assert.Equal(["Potholes", "Repairs"], result.UnmappedValues[ImportField.Subject]);
        Assert.Equal(["Rudeness"], result.UnmappedValues[ImportField.Category]);
        Assert.Equal(["Mark Elis"], result.UnmappedValues[ImportField.Officer]);
    }

    [Fact]
    public void TheComplainantsDetailsAreCheckedAsTheLogAContactFormChecksThem()
    {
        var table = Table(
            Row(2, phone: "12345"),
            Row(3, email: "jane.example.org"),
            Row(4, postcode: "ABC"),
            Row(5, name: "", phone: "", email: "jane@example.org", postcode: ""),
            Row(6, name: "", phone: "01632 960123"));

        Assert.Equal(
        [
            new ImportRowProblem(2, "Phone", "\"12345\" is not a UK phone number: it needs 10 or 11 digits."),
            new ImportRowProblem(3, "Email", "\"jane.example.org\" is not an email address (it needs an @ and a domain)."),
            new ImportRowProblem(4, "Postcode", "\"ABC\" is not a UK postcode, e.g. AB1 2CD."),
            new ImportRowProblem(5, "Name", "Complainant's name is empty: the email needs the person it belongs to."),
            new ImportRowProblem(6, "Name", "Complainant's name is empty: the phone needs the person it belongs to."),
        ], Check(table).Problems);
    }

    [Fact]
    public void ContactDetailsWithNoNameColumnAreReportedOnceNotOnEveryRow()
    {
        var mapping = Mapping with { Columns = Mapping.Columns.Where(c => c.Key != ImportField.ComplainantName).ToDictionary() };

        var result = ImportChecker.Check(Table(Row(2), Row(3)), mapping, OldList.OurChoices, TestToday.Date);

        Assert.Equal([new ImportRowProblem(1, "", "No column is mapped to Complainant's name, whom the phone, email and postcode belong to.")], result.Problems);
    }

    [Fact]
    public void AStageOrEscalationTheCaseCannotHaveHadIsReportedWithItsDates()
    {
        var early = Responded.AddDays(-5);
        var table = Table(
            Row(2, escalated: Iso(early)),
            Row(3, responded: "", outcome: "", escalated: Iso(Responded)),
            Row(4, stage: "1", escalated: Iso(Responded.AddDays(3))),
            Row(5, stage: "2"),
            Row(6, stage: "3"),
            Row(7, stage: "Second"),
            Row(8, area: "Adult social care", subject: "Home care", acknowledged: "", responded: "", outcome: "", escalated: Iso(Responded.AddDays(3))),
            Row(9, escalated: Iso(Responded.AddDays(3)), closed: Iso(Responded.AddDays(30))),
            Row(10, closed: Iso(early)),
            Row(11, escalated: Iso(TestToday.Date.AddDays(1))));

        Assert.Equal(
        [
            new ImportRowProblem(2, "Escalated", $"Escalated {early:dd/MM/yyyy} is before the Stage 1 response, {Responded:dd/MM/yyyy}."),
            new ImportRowProblem(3, "Escalated", "The case is escalated but has no date responded: Stage 1 is answered before a case is escalated."),
            new ImportRowProblem(4, "Escalated", "The case is at Stage 1 but has a date escalated: an escalated case is at Stage 2."),
            new ImportRowProblem(5, "Stage", "Escalated is empty: a case at Stage 2 needs the date it was escalated."),
            new ImportRowProblem(6, "Stage", "The import brings cases in at Stage 1 or 2: a case at Stage 3 must be taken through its stages on the case page."),
            new ImportRowProblem(7, "Stage", "\"Second\" is not a stage: write 1 or 2."),
            new ImportRowProblem(8, "Stage", "Adult social care follows the Adult social care procedure, which has one stage: its cases are not escalated."),
            new ImportRowProblem(8, "Escalated", "The case is escalated but has no date responded: Stage 1 is answered before a case is escalated."),
            new ImportRowProblem(9, "Closed", "An escalated case is closed after its Stage 2 response: give its Stage 2 responded date, or leave Closed empty and record the response on the case."),
            new ImportRowProblem(10, "Closed", $"Closed {early:dd/MM/yyyy} is before responded, {Responded:dd/MM/yyyy}."),
            new ImportRowProblem(11, "Escalated", $"Escalated {TestToday.Date.AddDays(1):dd/MM/yyyy} is in the future."),
        ], Check(table).Problems);
    }

    [Fact]
    public void AStage2ResponseTheCaseCannotHaveHadIsReportedWithItsDates()
    {
        var escalated = Responded.AddDays(3);
        var answered = escalated.AddDays(15);
        var tomorrow = TestToday.Date.AddDays(1);
        var table = Table(
            Row(2, escalated: Iso(escalated), stage2Responded: Iso(answered), stage2Outcome: "NotUpheld", closed: Iso(answered.AddDays(1))),
            Row(3, stage2Responded: Iso(answered), stage2Outcome: "NotUpheld"),
            Row(4, escalated: Iso(escalated), stage2Responded: Iso(escalated.AddDays(-1)), stage2Outcome: "NotUpheld"),
            Row(5, escalated: Iso(escalated), stage2Responded: Iso(tomorrow), stage2Outcome: "NotUpheld"),
            Row(6, escalated: Iso(escalated), stage2Responded: Iso(answered)),
            Row(7, escalated: Iso(escalated), stage2Responded: Iso(answered), stage2Outcome: "Sorted"),
            Row(8, escalated: Iso(escalated), stage2Outcome: "NotUpheld"),
            Row(9, escalated: Iso(escalated), stage2Responded: Iso(answered), stage2Outcome: "NotUpheld", closed: Iso(answered.AddDays(-1))),
            Row(10, escalated: Iso(escalated), stage2Responded: Iso(answered), stage2Outcome: "Upheld"),
            Row(11, escalated: Iso(escalated), stage2Responded: Iso(answered), stage2Outcome: "Upheld", rootCause: "Crew sheet", lesson: "Checked daily"));

        var result = Check(table);

        Assert.Equal(
        [
            new ImportRowProblem(3, "Stage 2 responded", "Stage 2 responded is given but the case has no date escalated: only an escalated case is answered at Stage 2."),
            new ImportRowProblem(4, "Stage 2 responded", $"Stage 2 responded {escalated.AddDays(-1):dd/MM/yyyy} is before escalated, {escalated:dd/MM/yyyy}."),
            new ImportRowProblem(5, "Stage 2 responded", $"Stage 2 responded {tomorrow:dd/MM/yyyy} is in the future."),
            new ImportRowProblem(6, "Stage 2 outcome", "Stage 2 outcome is empty: a case answered at Stage 2 needs one."),
            new ImportRowProblem(7, "Stage 2 outcome", $"\"Sorted\" is not one of our stage 2 outcomes: map it to one of {string.Join(", ", Enum.GetNames<Core.Domain.Outcome>())}."),
            new ImportRowProblem(8, "Stage 2 outcome", "Stage 2 outcome is given but Stage 2 responded is empty: give the date Stage 2 was answered, or leave the outcome empty."),
            new ImportRowProblem(9, "Closed", $"Closed {answered.AddDays(-1):dd/MM/yyyy} is before Stage 2 responded, {answered:dd/MM/yyyy}."),
            new ImportRowProblem(10, "Root cause", "Root cause is empty: an upheld or partly upheld complaint needs it."),
            new ImportRowProblem(10, "Lesson", "Lesson learnt is empty: an upheld or partly upheld complaint needs it."),
        ], result.Problems);
        Assert.Equal(["Sorted"], result.UnmappedValues[ImportField.Stage2Outcome]);
    }

    [Fact]
    public void AStage2ResponseWithNoStage2OutcomeColumnSaysWhichColumnItNeeds()
    {
        var mapping = Mapping with { Columns = Mapping.Columns.Where(c => c.Key != ImportField.Stage2Outcome).ToDictionary() };
        var escalated = Responded.AddDays(3);

        var result = ImportChecker.Check(Table(Row(2, escalated: Iso(escalated), stage2Responded: Iso(escalated.AddDays(10)))), mapping, OldList.OurChoices, TestToday.Date);

        Assert.Equal([new ImportRowProblem(2, "Stage 2 responded", "No column is mapped to Stage 2 outcome, which a case answered at Stage 2 needs.")], result.Problems);
    }

    [Fact]
    public void AnAreaWhoseResponseDateIsAgreedWithTheComplainantTakesNoAcknowledgedOrRespondedDate()
    {
        const string Why = "Adult social care follows the Adult social care procedure, whose response date is agreed with the complainant: the import cannot bring that date in, so leave Acknowledged and Responded empty and acknowledge the case on its page.";
        var table = Table(
            Row(2, area: "ASC", subject: "Home care", responded: "", outcome: ""),
            Row(3, area: "ASC", subject: "Home care", acknowledged: ""),
            Row(4, area: "ASC", subject: "Home care", acknowledged: "", responded: "", outcome: ""));

        Assert.Equal([new ImportRowProblem(2, "Acknowledged", Why), new ImportRowProblem(3, "Responded", Why)], Check(table).Problems);
    }

    [Fact]
    public void AStageTwoCaseWithNoEscalatedColumnSaysWhichColumnItNeeds()
    {
        var mapping = Mapping with { Columns = Mapping.Columns.Where(c => c.Key != ImportField.Escalated).ToDictionary() };

        var result = ImportChecker.Check(Table(Row(2, stage: "2")), mapping, OldList.OurChoices, TestToday.Date);

        Assert.Equal([new ImportRowProblem(2, "Stage", "No column is mapped to Escalated, which a case at Stage 2 needs.")], result.Problems);
    }

    public static ImportTable Table(params ImportRow[] rows) => new("old.csv", Headings, rows);

    /// <summary>A complete, valid row: answered, not escalated, not closed; each argument breaks or blanks one cell.</summary>
    public static ImportRow Row(int number, string area = "Waste", string subject = "Missed collection", string category = "Delay", string officer = "Mark Ellis",
        string name = "Jane Smith", string phone = "01632 960123", string email = "jane@example.org", string postcode = "AB1 2CD", string stage = "",
        string? received = null, string? acknowledged = null, string? responded = null, string outcome = "NotUpheld", string escalated = "", string closed = "",
        string stage2Responded = "", string stage2Outcome = "", string rootCause = "", string lesson = "") =>
        new(number, [$"OLD-{number}", received ?? Iso(Received), area, "Bin not emptied", subject, category, officer, name, phone, email, postcode, stage,
            acknowledged ?? Iso(Received.AddDays(2)), responded ?? Iso(Responded), outcome, escalated, closed, stage2Responded, stage2Outcome, rootCause, lesson]);

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd");

    private static ImportCheckResult Check(ImportTable table) => ImportChecker.Check(table, Mapping, OldList.OurChoices, TestToday.Date);
}
