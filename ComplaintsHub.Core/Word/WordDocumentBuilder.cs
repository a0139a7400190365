using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ComplaintsHub.Core.Word;

/// <summary>
/// A plain, accessible A4 Word document of styled paragraphs and tables: the annual report and the subject access summary.
/// Headings carry outline levels, tables a header row that repeats and a caption key, so a reader, a screen reader and a
/// test can each find their way round it.
/// </summary>
public sealed class WordDocumentBuilder
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private const string Font = "Arial";
    /// <summary>A4 (11,906 twentieths of a point wide) less 2 cm margins: the width the tables share out.</summary>
    private const uint PageWidth = 11906U;
    private const uint Margin = 1134U;

    private WordDocumentBuilder(MainDocumentPart main, Body body)
    {
        Main = main;
        Body = body;
    }

    public MainDocumentPart Main { get; }
    public Body Body { get; }

    /// <summary>The document <paramref name="write"/> fills, as the bytes of a .docx file.</summary>
    public static byte[] Write(string title, string creator, Action<WordDocumentBuilder> write)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            AddStyles(main);
            document.PackageProperties.Title = title;
            document.PackageProperties.Creator = creator;
            var body = new Body();
            main.Document = new Document(body);
            write(new WordDocumentBuilder(main, body));
            body.Append(new SectionProperties(new PageSize { Width = PageWidth, Height = 16838U }, new PageMargin { Top = 1134, Bottom = 1134, Left = Margin, Right = Margin, Header = 709U, Footer = 709U, Gutter = 0U }));
            main.Document.Save();
        }

        return stream.ToArray();
    }

    /// <param name="style">Title, Subtitle, Heading1, Heading2, TableTitle, Caption, ListParagraph or TableText; Normal when null.</param>
    public void Paragraph(string text, string? style = null)
    {
        var paragraph = new Paragraph(new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
        if (style is not null) paragraph.PrependChild(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        Body.Append(paragraph);
    }

    public void Bullet(string text) => Paragraph($"• {text}", "ListParagraph");

    /// <param name="key">Kept in the table's caption property, for reading the document back.</param>
    public void Table(string key, string title, IReadOnlyList<string> headings, IEnumerable<(IReadOnlyList<string> Cells, bool Bold)> rows, string? description = null)
    {
        Paragraph(title, "TableTitle");
        if (description is not null) Paragraph(description, "Caption");
        var border = new BorderType[] { new TopBorder(), new BottomBorder(), new InsideHorizontalBorder() };
        foreach (var b in border) (b.Val, b.Size) = (BorderValues.Single, 4U);
        var table = new Table(new TableProperties(
            new TableWidth { Type = TableWidthUnitValues.Pct, Width = "5000" },
            new TableBorders(border.Cast<OpenXmlElement>()),
            new TableCaption { Val = key },
            new TableDescription { Val = title }));
        var columnWidth = ((PageWidth - 2 * Margin) / (uint)headings.Count).ToString(CultureInfo.InvariantCulture);
        table.Append(new TableGrid(headings.Select(_ => new GridColumn { Width = columnWidth })));
        table.Append(TableRow(headings, bold: true, header: true));
        foreach (var (cells, bold) in rows) table.Append(TableRow(cells, bold, header: false));
        Body.Append(table);
        Body.Append(new Paragraph());
    }

    private static TableRow TableRow(IReadOnlyList<string> cells, bool bold, bool header)
    {
        var row = new TableRow();
        // A header row repeats on every page a long table runs over, and tells a screen reader what each column is.
        if (header) row.Append(new TableRowProperties(new TableHeader()));
        foreach (var text in cells)
        {
            var run = new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
            if (bold) run.PrependChild(new RunProperties(new Bold()));
            row.Append(new TableCell(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "TableText" }), run)));
        }

        return row;
    }

    private static void AddStyles(MainDocumentPart main)
    {
        var styles = main.AddNewPart<StyleDefinitionsPart>();
        styles.Styles = new Styles(
            Style("Normal", "Normal", 22, bold: false, spacingAfter: 160, isDefault: true),
            Style("Title", "Title", 40, bold: true, spacingAfter: 240),
            Style("Subtitle", "Subtitle", 26, bold: false, spacingAfter: 80),
            Style("Heading1", "heading 1", 32, bold: true, spacingAfter: 200, spacingBefore: 360, outline: 0),
            Style("Heading2", "heading 2", 26, bold: true, spacingAfter: 120, spacingBefore: 240, outline: 1),
            Style("TableTitle", "Table Title", 22, bold: true, spacingAfter: 60, spacingBefore: 120),
            Style("Caption", "caption", 18, bold: false, spacingAfter: 60),
            Style("ListParagraph", "List Paragraph", 22, bold: false, spacingAfter: 60),
            Style("TableText", "Table Text", 18, bold: false, spacingAfter: 0));
    }

    private static Style Style(string id, string name, int halfPoints, bool bold, int spacingAfter, bool isDefault = false, int spacingBefore = 0, int? outline = null)
    {
        var paragraph = new StyleParagraphProperties(new SpacingBetweenLines { After = spacingAfter.ToString(CultureInfo.InvariantCulture), Before = spacingBefore.ToString(CultureInfo.InvariantCulture) });
        // Headings carry an outline level, so Word's navigation pane and the PDF's bookmarks list them.
        if (outline is { } level) paragraph.Append(new OutlineLevel { Val = level });
        var run = new StyleRunProperties(new RunFonts { Ascii = Font, HighAnsi = Font, ComplexScript = Font });
        if (bold) run.Append(new Bold());
        run.Append(new FontSize { Val = halfPoints.ToString(CultureInfo.InvariantCulture) });
        var style = new Style(new StyleName { Val = name }, paragraph, run) { Type = StyleValues.Paragraph, StyleId = id };
        if (isDefault) style.Default = OnOffValue.FromBoolean(true);
        return style;
    }
}
