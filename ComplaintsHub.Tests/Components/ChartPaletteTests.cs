using System.Globalization;
using ComplaintsHub.Components.Shared;

namespace ComplaintsHub.Tests.Components;

/// <summary>The chart colours: enough of them, each visible on the white chart, and none mistaken for another.</summary>
public class ChartPaletteColours
{
    [Fact]
    public void ThereAreAtLeastTwelveSoTheDemoCouncilsSevenAreasAndMoreEachHaveTheirOwn()
    {
        Assert.True(ChartPalette.Colours.Count >= 12, $"the palette has {ChartPalette.Colours.Count} colours");
        Assert.Equal(ChartPalette.Colours.Count, ChartPalette.Colours.Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Fact]
    public void EveryColourHasAtLeastThreeToOneContrastWithTheWhiteChartBackground()
    {
        var ratios = ChartPalette.Colours.Select(c => (Colour: c, Ratio: ContrastWithWhite(c))).ToList();

        Assert.All(ratios, r => Assert.True(r.Ratio >= 3.0, $"{r.Colour} has {r.Ratio:0.00}:1 against #FFFFFF"));
        // The check itself: apexcharts.js's own green and orange, which the charts used before, fall short.
        Assert.InRange(ContrastWithWhite("#00E396"), 1.0, 2.99);
        Assert.InRange(ContrastWithWhite("#FEB019"), 1.0, 2.99);
        Assert.Equal(21.0, ContrastWithWhite("#000000"), 2);
    }

    [Fact]
    public void NoTwoColoursAreCloseEnoughToBeTakenForEachOther()
    {
        // CIE76 ΔE of 20 or more: two pairs of areas looked alike before (blue and blue, green and green).
        var pairs = ChartPalette.Colours.SelectMany((a, i) => ChartPalette.Colours.Skip(i + 1).Select(b => (a, b, Difference: DeltaE(a, b)))).ToList();

        Assert.All(pairs, p => Assert.True(p.Difference >= 20, $"{p.a} and {p.b} differ by ΔE {p.Difference:0.0}"));
        Assert.True(DeltaE("#008FFB", "#0088F0") < 20, "two blues should count as alike");
    }

    [Fact]
    public void AnAreaTakesItsColourFromItsPlaceInTheWholeListNotInOneChart()
    {
        var colours = ChartPalette.ForAreas(["Customer Services", "Environmental Health", "Housing"]);

        Assert.Equal(ChartPalette.Colours[1], colours["Environmental Health"]);
        Assert.Equal(ChartPalette.Colours[2], colours["Housing"]);
        Assert.Equal(ChartPalette.Colours[0], ChartPalette.At(ChartPalette.Colours.Count));
    }

    /// <summary>WCAG 2.2's contrast ratio (L1 + 0.05) / (L2 + 0.05) with white, whose relative luminance is 1.</summary>
    internal static double ContrastWithWhite(string hex) => 1.05 / (RelativeLuminance(hex) + 0.05);

    private static double RelativeLuminance(string hex)
    {
        var (r, g, b) = Linear(hex);
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    }

    private static (double R, double G, double B) Linear(string hex)
    {
        double Channel(int start)
        {
            var c = int.Parse(hex.AsSpan(start, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0;
            return c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }

        return (Channel(1), Channel(3), Channel(5));
    }

    private static double DeltaE(string a, string b)
    {
        var (l1, a1, b1) = Lab(a);
        var (l2, a2, b2) = Lab(b);
        return Math.Sqrt(Math.Pow(l1 - l2, 2) + Math.Pow(a1 - a2, 2) + Math.Pow(b1 - b2, 2));
    }

    /// <summary>sRGB to CIE L*a*b* under D65.</summary>
    private static (double L, double A, double B) Lab(string hex)
    {
        var (r, g, b) = Linear(hex);
        var x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
        var y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
        var z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
        static double F(double t) => t > 0.008856 ? Math.Cbrt(t) : 7.787 * t + 16.0 / 116;
        return (116 * F(y) - 16, 500 * (F(x) - F(y)), 200 * (F(y) - F(z)));
    }
}
