using ComplaintsHub.Core.Import;
using ComplaintsHub.Tests.Import;
using ComplaintsHub.Tests.Support;

namespace ComplaintsHub.Tests.Hostile;

public class ImportHostile
{
    [Fact]
    public void AFileThatIsNotAWorkbookIsRefusedAsAWhole()
    {
        var refusal = Assert.Throws<ImportFileException>(() => XlsxFileReader.Read(new MemoryStream("Ref,Details\nA1,x\n"u8.ToArray()), "renamed.xlsx"));

        Assert.Equal("renamed.xlsx cannot be opened as an Excel workbook (.xlsx).", refusal.Message);
    }

    [Fact]
    public void FormulasInRequiredColumnsAreReportedOnceEachNotAlsoAsEmpty()
    {
        var received = TestToday.Date.AddDays(-40).ToString("yyyy-MM-dd");
        var table = new ImportTable("old.csv", OldList.Headings,
            [new ImportRow(2, ["=1+1", "=TODAY()", "@SUM(A1)", "+cmd|' /C calc'!A0", "Name", "", "", "", "", "", ""]),
             new ImportRow(3, ["A2", received, "Bins", "-2 bins missed", "Name", "", "", "", "", "", ""])]);

        var result = ImportChecker.Check(table, OldList.Mapping, OldList.OurChoices, TestToday.Date);

        Assert.Equal([(2, "Ref"), (2, "Date Received"), (2, "Department"), (2, "Details")], result.Problems.Select(p => (p.Row, p.Column)));
    }

    [Fact]
    public void EveryFieldAColumnCanBeMappedToIsImportedRatherThanDropped() =>
        Assert.Equal(Enum.GetValues<ImportField>(), ImportChecker.Imported.Order());

    [Fact]
    public void AFormulaOrOverlongValueInAPersonsOrSubjectsColumnIsReportedOnceNotAlsoAsUnknown()
    {
        var longSubject = new string('x', 101);
        var table = ImportDryRunOfCaseDetails.Table(
            ImportDryRunOfCaseDetails.Row(2, officer: "=HYPERLINK(\"http://evil.example\",\"Mark Ellis\")"),
            ImportDryRunOfCaseDetails.Row(3, subject: longSubject),
            ImportDryRunOfCaseDetails.Row(4, name: "@SUM(A1)", phone: "+cmd|' /C calc'!A0"));

        var result = ImportChecker.Check(table, ImportDryRunOfCaseDetails.Mapping, OldList.OurChoices, TestToday.Date);

        Assert.Equal(
        [
            new ImportRowProblem(2, "Officer", "This is a spreadsheet formula, not a value: paste the value it shows instead."),
            new ImportRowProblem(3, "Subject", "Subject is too long: it can be at most 100 characters, and this is 101."),
            new ImportRowProblem(4, "Name", "This is a spreadsheet formula, not a value: paste the value it shows instead."),
            new ImportRowProblem(4, "Phone", "This is a spreadsheet formula, not a value: paste the value it shows instead."),
        ], result.Problems);
        Assert.False(result.UnmappedValues.ContainsKey(ImportField.Officer));
    }

    [Fact]
    public void AHeaderWithNoRowsIsNothingToImportAndNoProblem()
    {
        var table = CsvFileReader.Parse(string.Join(",", OldList.Headings) + "\r\n\r\n", "old.csv");

        var result = ImportChecker.Check(table, OldList.Mapping, OldList.OurChoices, TestToday.Date);

        Assert.Equal((0, 0), (result.RowCount, result.Problems.Count));
    }

    [Fact]
    public void AnEmptyFileIsRefused() =>
        Assert.Throws<ImportFileException>(() => CsvFileReader.Read(new MemoryStream("\uFEFF\r\n"u8.ToArray()), "old.csv"));
}
