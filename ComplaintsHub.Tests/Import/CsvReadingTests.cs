using System.Text;
using ComplaintsHub.Core.Import;

namespace ComplaintsHub.Tests.Import;

public class CsvReading
{
    [Fact]
    public void QuotedFieldsKeepTheirCommasQuotesAndLineBreaks()
    {
        var table = CsvFileReader.Parse("Ref,Details\r\nA1,\"Bins, again.\r\nSaid \"\"third time\"\"\"\r\nA2,plain\r\n", "old.csv");

        Assert.Equal(["Ref", "Details"], table.Columns);
        Assert.Equal(["Bins, again.\r\nSaid \"third time\"", "plain"], table.Rows.Select(r => r.Cell(1)));
    }

    [Fact]
    public void RowNumbersCountRecordsAsTheSpreadsheetShowsThem()
    {
        var table = CsvFileReader.Parse("Ref,Details\n\"A1\",\"one\ntwo\nthree\"\n\nA2,x", "old.csv");

        Assert.Equal([2, 4], table.Rows.Select(r => r.Number));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void AByteOrderMarkIsNotPartOfTheFirstHeading(bool bom)
    {
        byte[] bytes = [.. bom ? Encoding.UTF8.GetPreamble() : [], .. Encoding.UTF8.GetBytes("Ref,Name\nA1,Zoë\n")];

        var table = CsvFileReader.Read(new MemoryStream(bytes), "old.csv");

        Assert.Equal(0, table.IndexOf("Ref"));
        Assert.Equal("Zoë", table.Rows.Single().Cell(1));
    }

    [Fact]
    public void AShortRowReadsItsMissingCellsAsEmpty()
    {
        var table = CsvFileReader.Parse("Ref,Details,Outcome\nA1,x\n", "old.csv");

        Assert.Equal("", table.Rows.Single().Cell(2));
    }

    [Fact]
    public void AnUnclosedQuoteRefusesTheFile() =>
        Assert.Throws<ImportFileException>(() => CsvFileReader.Parse("Ref,Details\nA1,\"never closed\n", "old.csv"));

    [Fact]
    public void TextThatIsNotUtf8IsRefused() =>
        Assert.Throws<ImportFileException>(() => CsvFileReader.Read(new MemoryStream([0x52, 0x65, 0x66, 0x0A, 0xE9, 0x0A]), "old.csv"));
}
