using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using A = DocumentFormat.OpenXml.Drawing;
using C = DocumentFormat.OpenXml.Drawing.Charts;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;

namespace ComplaintsHub.Core.AnnualReporting;

/// <summary>
/// A native Word column chart: Word and LibreOffice draw it from the values cached in the chart part, so it needs no
/// image library and stays sharp in the PDF. No spreadsheet is embedded, so Word shows the chart but cannot edit its
/// data; the same figures are in the table printed under every chart.
/// </summary>
internal static class WordChart
{
    private const string ChartNamespace = "http://schemas.openxmlformats.org/drawingml/2006/chart";
    private static readonly string[] Colours = ["1F4E79", "C55A11", "548235", "7F6000"];

    /// <param name="series">Each series' name and its value for each category (null where there is none).</param>
    public static Paragraph Column(MainDocumentPart main, uint drawingId, string title, string altText, IReadOnlyList<string> categories,
        IReadOnlyList<(string Name, IReadOnlyList<double?> Values)> series, string numberFormat = "General", double? maximum = null)
    {
        var part = main.AddNewPart<ChartPart>();
        var chartSpace = new C.ChartSpace(new C.EditingLanguage { Val = "en-GB" }, new C.RoundedCorners { Val = false });
        chartSpace.AddNamespaceDeclaration("c", ChartNamespace);
        chartSpace.AddNamespaceDeclaration("a", "http://schemas.openxmlformats.org/drawingml/2006/main");
        chartSpace.AddNamespaceDeclaration("r", "http://schemas.openxmlformats.org/officeDocument/2006/relationships");

        var bars = new C.BarChart(new C.BarDirection { Val = C.BarDirectionValues.Column }, new C.BarGrouping { Val = C.BarGroupingValues.Clustered },
            new C.VaryColors { Val = false });
        for (var i = 0; i < series.Count; i++) bars.Append(Series(i, series[i].Name, categories, series[i].Values, numberFormat));
        bars.Append(new C.GapWidth { Val = 150 }, new C.AxisId { Val = 1U }, new C.AxisId { Val = 2U });

        var plot = new C.PlotArea(new C.Layout(), bars,
            new C.CategoryAxis(new C.AxisId { Val = 1U }, new C.Scaling(new C.Orientation { Val = C.OrientationValues.MinMax }), new C.Delete { Val = false },
                new C.AxisPosition { Val = C.AxisPositionValues.Bottom }, new C.NumberingFormat { FormatCode = "General", SourceLinked = false },
                new C.MajorTickMark { Val = C.TickMarkValues.None }, new C.MinorTickMark { Val = C.TickMarkValues.None },
                new C.TickLabelPosition { Val = C.TickLabelPositionValues.NextTo }, new C.CrossingAxis { Val = 2U }, new C.Crosses { Val = C.CrossesValues.AutoZero },
                new C.AutoLabeled { Val = true }, new C.LabelAlignment { Val = C.LabelAlignmentValues.Center }, new C.LabelOffset { Val = 100 }),
            // The value axis starts at nought: an axis starting at 80% makes a small difference look like a large one.
            new C.ValueAxis(new C.AxisId { Val = 2U }, Scale(maximum), new C.Delete { Val = false },
                new C.AxisPosition { Val = C.AxisPositionValues.Left }, new C.MajorGridlines(), new C.NumberingFormat { FormatCode = numberFormat, SourceLinked = false },
                new C.MajorTickMark { Val = C.TickMarkValues.Outside }, new C.MinorTickMark { Val = C.TickMarkValues.None },
                new C.TickLabelPosition { Val = C.TickLabelPositionValues.NextTo }, new C.CrossingAxis { Val = 1U }, new C.Crosses { Val = C.CrossesValues.AutoZero },
                new C.CrossBetween { Val = C.CrossBetweenValues.Between }));

        var chart = new C.Chart(
            new C.Title(new C.ChartText(new C.RichText(new A.BodyProperties(), new A.ListStyle(), new A.Paragraph(new A.Run(new A.Text(title))))), new C.Overlay { Val = false }),
            new C.AutoTitleDeleted { Val = false }, plot,
            new C.Legend(new C.LegendPosition { Val = C.LegendPositionValues.Bottom }, new C.Overlay { Val = false }),
            new C.PlotVisibleOnly { Val = true }, new C.DisplayBlanksAs { Val = C.DisplayBlanksAsValues.Gap });
        chartSpace.Append(chart);
        part.ChartSpace = chartSpace;

        var reference = new C.ChartReference { Id = main.GetIdOfPart(part) };
        reference.AddNamespaceDeclaration("c", ChartNamespace);
        reference.AddNamespaceDeclaration("r", "http://schemas.openxmlformats.org/officeDocument/2006/relationships");
        var inline = new DW.Inline(
            new DW.Extent { Cx = 5_760_000L, Cy = 3_240_000L },
            new DW.EffectExtent { LeftEdge = 0L, TopEdge = 0L, RightEdge = 0L, BottomEdge = 0L },
            // The description is what a screen reader announces for the chart.
            new DW.DocProperties { Id = drawingId, Name = $"Chart {drawingId}", Description = altText },
            new DW.NonVisualGraphicFrameDrawingProperties(),
            new A.Graphic(new A.GraphicData(reference) { Uri = ChartNamespace }))
        { DistanceFromTop = 0U, DistanceFromBottom = 0U, DistanceFromLeft = 0U, DistanceFromRight = 0U };
        return new Paragraph(new Run(new Drawing(inline)));
    }

    private static C.Scaling Scale(double? maximum)
    {
        var scaling = new C.Scaling(new C.Orientation { Val = C.OrientationValues.MinMax });
        if (maximum is { } max) scaling.Append(new C.MaxAxisValue { Val = max });
        scaling.Append(new C.MinAxisValue { Val = 0 });
        return scaling;
    }

    private static C.BarChartSeries Series(int index, string name, IReadOnlyList<string> categories, IReadOnlyList<double?> values, string numberFormat)
    {
        var column = (char)('B' + index);
        var names = new C.StringCache(new C.PointCount { Val = (uint)categories.Count });
        for (var i = 0; i < categories.Count; i++) names.Append(new C.StringPoint(new C.NumericValue(categories[i])) { Index = (uint)i });
        var numbers = new C.NumberingCache(new C.FormatCode(numberFormat), new C.PointCount { Val = (uint)values.Count });
        for (var i = 0; i < values.Count; i++)
        {
            if (values[i] is { } value) numbers.Append(new C.NumericPoint(new C.NumericValue(value.ToString(System.Globalization.CultureInfo.InvariantCulture))) { Index = (uint)i });
        }

        return new C.BarChartSeries(
            new C.Index { Val = (uint)index }, new C.Order { Val = (uint)index },
            new C.SeriesText(new C.StringReference(new C.Formula($"Sheet1!${column}$1"),
                new C.StringCache(new C.PointCount { Val = 1U }, new C.StringPoint(new C.NumericValue(name)) { Index = 0U }))),
            new C.ChartShapeProperties(new A.SolidFill(new A.RgbColorModelHex { Val = Colours[index % Colours.Length] })),
            new C.InvertIfNegative { Val = false },
            new C.CategoryAxisData(new C.StringReference(new C.Formula($"Sheet1!$A$2:$A${categories.Count + 1}"), names)),
            new C.Values(new C.NumberReference(new C.Formula($"Sheet1!${column}$2:${column}${values.Count + 1}"), numbers)));
    }
}
