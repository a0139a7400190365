using ComplaintsHub.Core.Letters;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ComplaintsHub.Tests.Letters;

/// <summary>What keeps a printed letter readable: nothing that belongs together is torn across a page.</summary>
public class WordLetterLayout
{
    private static readonly Letterhead Council = new("Ashbury District Council", "Council Offices, Market Square, Ashbury AB1 1AA");
    private const string Reference = "CMP-2026-00123";

    internal const string LetterWithTableAndSignOff = """
        Dear Mrs Okonkwo

        # Your complaint

        Thank you for your complaint.

        ## What we will do

        | What we will do | By | Who |
        | Fit an extractor fan | 04/12/2026 | Repairs team |
        | Inspect the work | 11/12/2026 | Surveyor |

        Yours sincerely

        Sam Patel
        Housing Team Leader
        For Ashbury District Council
        """;

    [Fact]
    public void AHeadingStaysWithTheParagraphAfterIt()
    {
        using var document = Open(WordLetterWriter.Write(LetterWithTableAndSignOff, Council, largePrint: false, Reference));

        var headings = Paragraphs(document).Where(p => p.ParagraphProperties!.ParagraphStyleId!.Val!.Value!.StartsWith("Heading")).ToList();
        Assert.Equal(2, headings.Count);
        Assert.All(headings, h => Assert.True(KeepsWithNext(h) && KeepsLines(h)));
    }

    [Fact]
    public void TheSignOffIsKeptTogetherOnOnePage()
    {
        using var document = Open(WordLetterWriter.Write(LetterWithTableAndSignOff, Council, largePrint: false, Reference));

        var paragraphs = Paragraphs(document);
        var signOff = paragraphs.SkipWhile(p => p.InnerText != "Yours sincerely").ToList();
        Assert.Equal(2, signOff.Count); // "Yours sincerely", then the name, job title and council as one paragraph
        Assert.All(signOff, p => Assert.True(KeepsLines(p)));
        Assert.Equal([true, false], signOff.Select(KeepsWithNext));
        Assert.False(KeepsWithNext(paragraphs.Single(p => p.InnerText == "Thank you for your complaint.")));
    }

    [Fact]
    public void OnlyTheLastYoursSincerelyStartsTheSignOff()
    {
        const string text = "Dear Mr Hale\n\nYours sincerely is how we end letters.\n\nMore about the complaint.\n\nYours faithfully\n\nSam Patel\nHousing Team Leader";

        using var document = Open(WordLetterWriter.Write(text, Council, largePrint: false, Reference));

        Assert.Equal([false, false, false, true, false], Paragraphs(document).Select(KeepsWithNext));
    }

    [Fact]
    public void ATableIsARealWordTableWithABoldHeaderRepeatedOnEachPage()
    {
        var bytes = WordLetterWriter.Write(LetterWithTableAndSignOff, Council, largePrint: false, Reference);

        using var document = Open(bytes);
        Assert.Empty(new OpenXmlValidator().Validate(document).Select(e => e.Description));
        var table = document.MainDocumentPart!.Document.Body!.Elements<Table>().Single();
        var rows = table.Elements<TableRow>().ToList();
        Assert.Equal(3, rows.Count);
        Assert.Equal(["What we will do", "By", "Who"], rows[0].Elements<TableCell>().Select(c => c.InnerText));
        Assert.Equal(["Fit an extractor fan", "04/12/2026", "Repairs team"], rows[1].Elements<TableCell>().Select(c => c.InnerText));
        Assert.All(rows, r => Assert.NotNull(r.TableRowProperties!.GetFirstChild<CantSplit>()));
        Assert.Equal([true, false, false], rows.Select(r => r.TableRowProperties!.GetFirstChild<TableHeader>() is not null));
        Assert.All(rows[0].Descendants<Run>(), r => Assert.NotNull(r.RunProperties?.Bold));
        Assert.All(rows[1].Descendants<Run>(), r => Assert.Null(r.RunProperties?.Bold));
        Assert.All(rows.SelectMany(r => r.Descendants<Paragraph>()), p => Assert.True(KeepsLines(p)));
        Assert.All(rows[0].Descendants<Paragraph>(), p => Assert.True(KeepsWithNext(p)));
        var borders = table.GetFirstChild<TableProperties>()!.GetFirstChild<TableBorders>()!;
        Assert.Equal(6, borders.ChildElements.Count(b => ((BorderType)b).Val?.Value == BorderValues.Single));
    }

    [Fact]
    public void ARowShorterThanTheHeaderGetsEmptyCells()
    {
        using var document = Open(WordLetterWriter.Write("| What | By | Who |\n| Fit a fan |", Council, largePrint: false, Reference));

        var rows = document.MainDocumentPart!.Document.Body!.Descendants<TableRow>().ToList();
        Assert.Equal([3, 3], rows.Select(r => r.Elements<TableCell>().Count()));
        Assert.Equal(["Fit a fan", "", ""], rows[1].Elements<TableCell>().Select(c => c.InnerText));
    }

    [Fact]
    public void ARuleLineUnderTheHeaderDrawsNoRowAndTextAfterATableIsAParagraphAgain()
    {
        using var document = Open(WordLetterWriter.Write("| What | By |\n|---|:--:|\n| Fit a fan | 04/12/2026 |\nWe will write again.", Council, largePrint: false, Reference));

        var body = document.MainDocumentPart!.Document.Body!;
        Assert.Equal([["What", "By"], ["Fit a fan", "04/12/2026"]], body.Descendants<TableRow>().Select(r => r.Elements<TableCell>().Select(c => c.InnerText).ToArray()));
        Assert.Equal("We will write again.", body.Elements<Paragraph>().Single().InnerText);
    }

    [Fact]
    public void EveryPageHasTheReferenceAndItsPageNumberOfTheTotalInTheFooter()
    {
        using var document = Open(WordLetterWriter.Write(LetterWithTableAndSignOff, Council, largePrint: false, Reference));

        var main = document.MainDocumentPart!;
        var footer = main.FooterParts.Single();
        var reference = main.Document.Body!.GetFirstChild<SectionProperties>()!.Elements<FooterReference>().Single();
        Assert.Equal(main.GetIdOfPart(footer), reference.Id!.Value);
        Assert.Equal(HeaderFooterValues.Default, reference.Type!.Value);
        Assert.Contains("Our reference CMP-2026-00123", footer.Footer!.InnerText);
        Assert.Equal(["PAGE", "NUMPAGES"], footer.Footer.Descendants<FieldCode>().Select(f => f.Text.Trim()));
    }

    [Fact]
    public void LargePrintKeepsTheSameLayoutRules()
    {
        using var document = Open(WordLetterWriter.Write(LetterWithTableAndSignOff, Council, largePrint: true, Reference));

        Assert.Empty(new OpenXmlValidator().Validate(document).Select(e => e.Description));
        Assert.All(document.MainDocumentPart!.Document.Body!.Descendants<TableRow>(), r => Assert.NotNull(r.TableRowProperties!.GetFirstChild<CantSplit>()));
        Assert.Equal("32", document.MainDocumentPart.StyleDefinitionsPart!.Styles!.Elements<Style>().Single(s => s.StyleId == "TableText").StyleRunProperties!.GetFirstChild<FontSize>()!.Val!);
    }

    private static WordprocessingDocument Open(byte[] bytes) => WordprocessingDocument.Open(new MemoryStream(bytes), false);

    private static List<Paragraph> Paragraphs(WordprocessingDocument document) => document.MainDocumentPart!.Document.Body!.Elements<Paragraph>().ToList();

    private static bool KeepsWithNext(Paragraph p) => p.ParagraphProperties?.KeepNext is not null;

    private static bool KeepsLines(Paragraph p) => p.ParagraphProperties?.KeepLines is not null;
}
