using A = DocumentFormat.OpenXml.Drawing;
using ComplaintsHub.Core.Input;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Pic = DocumentFormat.OpenXml.Drawing.Pictures;
using Wp = DocumentFormat.OpenXml.Drawing.Wordprocessing;

namespace ComplaintsHub.Core.Letters;

/// <summary>
/// Turns a merged letter into a Word document: A4, the council's letterhead, real headings, paragraphs and tables, and a
/// footer with the reference and "Page X of Y" on every page. The merged text's shape is <see cref="LetterText"/>'s.
/// What must not be torn across a page is kept together by the paragraphs' own settings, which Word and LibreOffice
/// both honour: a heading stays with what follows it, the sign-off ("Yours sincerely" to the end) stays in one piece,
/// and a table row never splits, its header repeated on each page. Characters XML cannot hold are left out by the same
/// cleaning input gets where it arrives (<see cref="InputText"/>), so text stored before input was cleaned still makes a
/// valid document.
/// </summary>
public static class WordLetterWriter
{
    private const string Font = "Arial";

    /// <summary>The width between the margins, in twentieths of a point: A4 less two margins of 2.2 cm.</summary>
    private const int TextWidth = 11906 - 2 * 1247;

    public static byte[] Write(string mergedText, Letterhead letterhead, bool largePrint, string reference)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            AddStyles(main, largePrint);
            var header = main.AddNewPart<HeaderPart>();
            header.Header = new Header();
            if (letterhead.Logo is { } logo) header.Header.Append(LogoParagraph(header, logo));
            header.Header.Append(Para(InputText.CleanRequired(letterhead.CouncilName), "Letterhead"), Para(InputText.CleanRequired(letterhead.CouncilAddress), "LetterheadAddress"));
            var footer = main.AddNewPart<FooterPart>();
            footer.Footer = new Footer(FooterParagraph(InputText.CleanRequired(reference)));
            var body = new Body();
            foreach (var block in Blocks(InputText.CleanRequired(mergedText))) body.Append(block);
            body.Append(new SectionProperties(
                new HeaderReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(header) },
                new FooterReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(footer) },
                new PageSize { Width = 11906U, Height = 16838U },
                new PageMargin { Top = 1440, Right = 1247U, Bottom = 1440, Left = 1247U, Header = 567U, Footer = 567U, Gutter = 0U }));
            main.Document = new Document(body);
        }

        return stream.ToArray();
    }

    private static IEnumerable<OpenXmlElement> Blocks(string text)
    {
        var blocks = LetterText.Parse(text).ToList();
        var lastSignOff = blocks.FindLastIndex(b => b.SignOff);
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            if (block.Kind == LetterBlockKind.Table)
            {
                yield return Table(block.Rows);
                continue;
            }

            var paragraph = block.Kind switch
            {
                LetterBlockKind.Heading => Para(block.Text, "Heading1"),
                LetterBlockKind.Subheading => Para(block.Text, "Heading2"),
                LetterBlockKind.Bullet => Para("• " + block.Text, "ListParagraph"),
                _ => Paragraph(block.Lines),
            };
            // The name under "Yours sincerely" is nothing without the job title and the council beneath it.
            if (block.Kind is LetterBlockKind.Heading or LetterBlockKind.Subheading || (block.SignOff && i < lastSignOff)) KeepWithNext(paragraph);
            else if (block.SignOff) paragraph.ParagraphProperties!.Append(new KeepLines());
            yield return paragraph;
        }
    }

    private static void KeepWithNext(Paragraph paragraph) => paragraph.ParagraphProperties!.Append(new KeepNext(), new KeepLines());

    /// <summary>
    /// A bordered table across the text width: the header row bold and repeated at the top of each page, no row split
    /// across pages, and the header kept with the first row under it. A row shorter than the header gets empty cells.
    /// </summary>
    private static Table Table(IReadOnlyList<IReadOnlyList<string>> rows)
    {
        var columns = rows.Max(r => r.Count);
        var columnWidth = TextWidth / columns;
        var borders = new TableBorders(Line(new TopBorder()), Line(new LeftBorder()), Line(new BottomBorder()), Line(new RightBorder()),
            Line(new InsideHorizontalBorder()), Line(new InsideVerticalBorder()));
        var table = new Table(
            new TableProperties(new TableWidth { Width = TextWidth.ToString(), Type = TableWidthUnitValues.Dxa }, borders,
                new TableCellMarginDefault(new TopMargin { Width = "40", Type = TableWidthUnitValues.Dxa }, new BottomMargin { Width = "40", Type = TableWidthUnitValues.Dxa })),
            new TableGrid(Enumerable.Range(0, columns).Select(_ => new GridColumn { Width = columnWidth.ToString() })));
        for (var r = 0; r < rows.Count; r++)
        {
            var header = r == 0;
            var rowProperties = new TableRowProperties(new CantSplit());
            if (header) rowProperties.Append(new TableHeader());
            var row = new TableRow(rowProperties);
            for (var c = 0; c < columns; c++)
            {
                var paragraph = Para(c < rows[r].Count ? rows[r][c] : "", "TableText");
                if (header) paragraph.ParagraphProperties!.Append(new KeepNext());
                paragraph.ParagraphProperties!.Append(new KeepLines());
                if (header) paragraph.Descendants<Run>().Single().PrependChild(new RunProperties(new Bold()));
                row.Append(new TableCell(new TableCellProperties(new TableCellWidth { Width = columnWidth.ToString(), Type = TableWidthUnitValues.Dxa }), paragraph));
            }

            table.Append(row);
        }

        return table;
    }

    private static T Line<T>(T border) where T : BorderType
    {
        border.Val = BorderValues.Single;
        border.Size = 4U;
        border.Color = "000000";
        return border;
    }

    /// <summary>
    /// "Our reference REF", then "Page X of Y" at the right margin. The numbers are PAGE and NUMPAGES fields, which Word
    /// and LibreOffice fill in when they lay the pages out; the "1" in each is only what shows before that.
    /// </summary>
    private static Paragraph FooterParagraph(string reference)
    {
        var paragraph = new Paragraph(
            new ParagraphProperties(new ParagraphStyleId { Val = "Footer" }, new Tabs(new TabStop { Val = TabStopValues.Right, Position = TextWidth })),
            new Run(new Text($"Our reference {reference}") { Space = SpaceProcessingModeValues.Preserve }, new TabChar(), new Text("Page ") { Space = SpaceProcessingModeValues.Preserve }));
        paragraph.Append(Field("PAGE"));
        paragraph.Append(new Run(new Text(" of ") { Space = SpaceProcessingModeValues.Preserve }));
        paragraph.Append(Field("NUMPAGES"));
        return paragraph;
    }

    private static IEnumerable<Run> Field(string code) =>
    [
        new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
        new Run(new FieldCode($" {code} ") { Space = SpaceProcessingModeValues.Preserve }),
        new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }),
        new Run(new Text("1")),
        new Run(new FieldChar { FieldCharType = FieldCharValues.End }),
    ];

    private static Paragraph Paragraph(IReadOnlyList<string> lines)
    {
        var run = new Run();
        for (var i = 0; i < lines.Count; i++)
        {
            if (i > 0) run.Append(new Break());
            run.Append(new Text(lines[i]) { Space = SpaceProcessingModeValues.Preserve });
        }

        return new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "Normal" }), run);
    }

    private static Paragraph Para(string text, string style) =>
        new(new ParagraphProperties(new ParagraphStyleId { Val = style }), new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));

    /// <summary>The logo, 1.5 cm high with its own proportions, above the council's name.</summary>
    private static Paragraph LogoParagraph(HeaderPart header, byte[] png)
    {
        if (png.Length < 24 || png[1] != 'P' || png[2] != 'N' || png[3] != 'G')
        {
            throw new InvalidOperationException("The letterhead logo must be a PNG file.");
        }

        var image = header.AddImagePart(ImagePartType.Png);
        using (var stream = new MemoryStream(png)) image.FeedData(stream);
        var width = System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4));
        var height = System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20, 4));
        const long heightEmu = 540000L; // 1.5 cm
        var widthEmu = heightEmu * width / Math.Max(1, height);
        var id = header.GetIdOfPart(image);
        var inline = new Wp.Inline(
            new Wp.Extent { Cx = widthEmu, Cy = heightEmu },
            new Wp.EffectExtent { LeftEdge = 0L, TopEdge = 0L, RightEdge = 0L, BottomEdge = 0L },
            new Wp.DocProperties { Id = 1U, Name = "Council logo", Description = "Council logo" },
            new Wp.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }),
            new A.Graphic(new A.GraphicData(
                new Pic.Picture(
                    new Pic.NonVisualPictureProperties(new Pic.NonVisualDrawingProperties { Id = 0U, Name = "logo.png" }, new Pic.NonVisualPictureDrawingProperties()),
                    new Pic.BlipFill(new A.Blip { Embed = id }, new A.Stretch(new A.FillRectangle())),
                    new Pic.ShapeProperties(
                        new A.Transform2D(new A.Offset { X = 0L, Y = 0L }, new A.Extents { Cx = widthEmu, Cy = heightEmu }),
                        new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle })))
            { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" }))
        { DistanceFromTop = 0U, DistanceFromBottom = 0U, DistanceFromLeft = 0U, DistanceFromRight = 0U };
        return new Paragraph(new Run(new Drawing(inline)));
    }

    private static void AddStyles(MainDocumentPart main, bool largePrint)
    {
        // Large print is 16 point (RNIB's minimum); standard letters 12 point. Sizes are in half-points.
        var size = largePrint ? 32 : 24;
        var styles = main.AddNewPart<StyleDefinitionsPart>();
        styles.Styles = new Styles(
            Style("Normal", "Normal", size, bold: false, spacingAfter: 200, isDefault: true),
            Style("Heading1", "heading 1", size + 8, bold: true, spacingAfter: 240),
            Style("Heading2", "heading 2", size + 4, bold: true, spacingAfter: 160),
            Style("ListParagraph", "List Paragraph", size, bold: false, spacingAfter: 80, indent: 360),
            Style("Letterhead", "Letterhead", size + 8, bold: true, spacingAfter: 0),
            Style("LetterheadAddress", "Letterhead Address", size - 4, bold: false, spacingAfter: 240),
            Style("TableText", "Table Text", size, bold: false, spacingAfter: 0),
            Style("Footer", "footer", size - 4, bold: false, spacingAfter: 0));
    }

    private static Style Style(string id, string name, int halfPoints, bool bold, int spacingAfter, bool isDefault = false, int indent = 0)
    {
        var paragraph = new StyleParagraphProperties(new SpacingBetweenLines { After = spacingAfter.ToString() });
        if (indent > 0) paragraph.Append(new Indentation { Left = indent.ToString() });
        var run = new StyleRunProperties(new RunFonts { Ascii = Font, HighAnsi = Font, ComplexScript = Font });
        if (bold) run.Append(new Bold());
        run.Append(new FontSize { Val = halfPoints.ToString() });
        var style = new Style(new StyleName { Val = name }, paragraph, run) { Type = StyleValues.Paragraph, StyleId = id };
        if (isDefault) style.Default = OnOffValue.FromBoolean(true);
        return style;
    }
}
