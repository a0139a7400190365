using ComplaintsHub.Core.Import;
using ComplaintsHub.Tests.Support;

namespace ComplaintsHub.Tests.Import;

public class ImportDryRun
{
    [Fact]
    public void EveryBrokenRowOfACsvIsReportedByRowAndColumnWithItsReason()
    {
        var list = OldList.Generate(500, broken: true);

        var result = Check(CsvFileReader.Read(new MemoryStream(list.ToCsv()), "complaints.csv"));

        Assert.Equal(500, result.RowCount);
        Assert.True(list.ExpectedProblems.Select(p => p.Row).Distinct().Count() >= 20);
        Assert.Equal(list.ExpectedProblems, result.Problems);
        Assert.False(result.CanImport);
    }

    [Fact]
    public void EveryBrokenRowOfAWorkbookIsReportedTheSameWay()
    {
        var list = OldList.Generate(500, broken: true);

        var result = Check(XlsxFileReader.Read(new MemoryStream(list.ToXlsx()), "complaints.xlsx"));

        Assert.Equal(500, result.RowCount);
        Assert.Equal(list.ExpectedProblems, result.Problems);
    }

    [Fact]
    public void ACleanFileHasNoProblemsInEitherFormat()
    {
        var list = OldList.Generate(500, broken: false);

        Assert.Empty(Check(CsvFileReader.Read(new MemoryStream(list.ToCsv()), "complaints.csv")).Problems);
        Assert.Empty(Check(XlsxFileReader.Read(new MemoryStream(list.ToXlsx()), "complaints.xlsx")).Problems);
    }

    [Fact]
    public void ValuesWithNoMeaningHereAreListedOnceEach()
    {
        var table = new ImportTable("old.csv", OldList.Headings,
        [
            Row(2, "A1", "Cemeteries", "Sort of", "Fax"),
            Row(3, "A2", "Cemeteries", "Upheld", "Pigeon"),
            Row(4, "A3", "Bins", "Sort of", "Telephone"),
        ]);

        var result = Check(table);

        Assert.Equal(["Cemeteries"], result.UnmappedValues[ImportField.ServiceArea]);
        Assert.Equal(["Sort of"], result.UnmappedValues[ImportField.Outcome]);
        Assert.Equal(["Fax", "Pigeon"], result.UnmappedValues[ImportField.Channel]);
        Assert.Equal([2, 2, 2, 3, 3, 4], result.Problems.Select(p => p.Row));
    }

    [Fact]
    public void OurOwnNamesNeedNoMapping()
    {
        var table = new ImportTable("old.csv", OldList.Headings, [Row(2, "A1", "housing", "Partly upheld", "web form")]);

        Assert.Empty(Check(table).Problems);
    }

    [Fact]
    public void AMappedColumnTheFileLacksIsReportedInsteadOfEveryRow()
    {
        var table = new ImportTable("old.csv", OldList.Headings.Where(h => h != "Outcome").ToList(), [Row(2, "A1", "Bins", "", "")]);

        var result = Check(table);

        Assert.Equal([new ImportRowProblem(1, "Outcome", "The file has no column \"Outcome\" (mapped to Outcome).")], result.Problems);
    }

    [Fact]
    public void ARequiredFieldWithNoColumnIsReported()
    {
        var mapping = OldList.Mapping with { Columns = OldList.Mapping.Columns.Where(c => c.Key != ImportField.Reference).ToDictionary() };
        var table = new ImportTable("old.csv", OldList.Headings, [Row(2, "A1", "Bins", "", "")]);

        var result = ImportChecker.Check(table, mapping, OldList.OurChoices, TestToday.Date);

        Assert.Equal([new ImportRowProblem(1, "", "No column is mapped to Reference, which every case needs.")], result.Problems);
    }

    [Theory]
    [InlineData("=1+1", true)]
    [InlineData("@SUM(A1)", true)]
    [InlineData("+cmd|' /C calc'!A0", true)]
    [InlineData("-2+3", false)]
    [InlineData("+44 1632 960000", false)]
    [InlineData("- see notes", false)]
    [InlineData("=", false)]
    public void FormulaTextIsToldApartFromNumbersAndDashes(string value, bool formula) =>
        Assert.Equal(formula, ImportChecker.LooksLikeFormula(value));

    private static ImportRow Row(int number, string reference, string area, string outcome, string channel)
    {
        var received = TestToday.Date.AddDays(-40).ToString("yyyy-MM-dd");
        var responded = outcome.Length > 0 ? TestToday.Date.AddDays(-20).ToString("dd/MM/yyyy") : "";
        return new ImportRow(number, [reference, received, area, "Details", "Name", channel, "", responded, outcome, "Cause", "Lesson"]);
    }

    private static ImportCheckResult Check(ImportTable table) => ImportChecker.Check(table, OldList.Mapping, OldList.OurChoices, TestToday.Date);
}
