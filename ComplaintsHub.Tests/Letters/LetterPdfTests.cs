using System.Text.RegularExpressions;
using ComplaintsHub.Core.Letters;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.Extensions.Options;
using UglyToad.PdfPig;

namespace ComplaintsHub.Tests.Letters;

/// <summary>
/// The PDF as LibreOffice lays it out (the real soffice on PATH: these tests fail, never skip, without it). The letter is
/// one heading and one-line paragraphs, so where page 1 ends can be measured rather than guessed for this LibreOffice.
/// </summary>
public partial class LetterPdfs
{
    private static readonly Letterhead Council = new("Ashbury District Council", "Council Offices, Market Square, Ashbury AB1 1AA");
    private const string Reference = "CMP-2026-00123";
    private static readonly LetterPdfWriter Writer = new(Options.Create(new LibreOfficeOptions()));

    [Fact]
    public async Task ATwoPageLetterIsNumberedPageXOfYWithTheReferenceAndKeepsItsSignOffOnOnePage()
    {
        // Without the keep settings, a letter with one paragraph fewer than page 1 holds ends page 1 on "Yours sincerely",
        // and the name, job title and council go over to page 2: the layout this must prevent.
        var fits = (await PagesAsync(Loose(Letter(40)))).First().Paragraphs.Max();
        var atTheBreak = Letter(fits - 1);
        var loose = await PagesAsync(Loose(atTheBreak));
        Assert.Equal((1, 2), (PageOf(loose, "sincerely"), PageOf(loose, "Patel")));

        var pages = await PagesAsync(atTheBreak);

        Assert.Equal(2, pages.Count);
        Assert.Contains("Page 1 of 2", pages[0].Text);
        Assert.Contains("Page 2 of 2", pages[1].Text);
        Assert.All(pages, p => Assert.Contains($"Our reference {Reference}", p.Text));
        Assert.Equal([2, 2, 2, 2], new[] { "sincerely", "Patel", "Leader", "For" }.Select(word => PageOf(pages, word)));
    }

    [Fact]
    public async Task ATableAndLargePrintComeThroughIntoThePdf()
    {
        var pages = await PagesAsync(WordLetterWriter.Write(WordLetterLayout.LetterWithTableAndSignOff, Council, largePrint: true, Reference));

        var text = string.Join(" ", pages.Select(p => p.Text));
        Assert.Contains("What we will do By Who", text);
        Assert.Contains("Fit an extractor fan 04/12/2026 Repairs team", text);
        Assert.Contains($"Our reference {Reference}", text);
    }

    private static byte[] Letter(int paragraphs) => WordLetterWriter.Write(
        "# Your complaint\n\n" + string.Join("\n\n", Enumerable.Range(1, paragraphs).Select(i => $"Paragraph {i} of the letter."))
        + "\n\nYours sincerely\n\nSam Patel\nHousing Team Leader\nFor Ashbury District Council",
        Council, largePrint: false, Reference);

    /// <summary>The same document with every keep-with-next and keep-lines taken out.</summary>
    private static byte[] Loose(byte[] docx)
    {
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (var document = WordprocessingDocument.Open(stream, true))
        {
            var body = document.MainDocumentPart!.Document.Body!;
            foreach (var keep in body.Descendants<KeepNext>().Cast<DocumentFormat.OpenXml.OpenXmlElement>().Concat(body.Descendants<KeepLines>()).ToList()) keep.Remove();
        }

        return stream.ToArray();
    }

    private static async Task<List<PdfPage>> PagesAsync(byte[] docx)
    {
        using var pdf = PdfDocument.Open(await Writer.WriteAsync(docx));
        return pdf.GetPages().Select(p => new PdfPage(string.Join(" ", p.GetWords().Select(w => w.Text)))).ToList();
    }

    private static int PageOf(List<PdfPage> pages, string word) => pages.FindIndex(p => p.Text.Split(' ').Contains(word)) + 1;

    private sealed record PdfPage(string Text)
    {
        public IEnumerable<int> Paragraphs => ParagraphNumber().Matches(Text).Select(m => int.Parse(m.Groups[1].Value));
    }

    [GeneratedRegex(@"Paragraph (\d+) of")]
    private static partial Regex ParagraphNumber();
}
