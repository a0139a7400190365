namespace ComplaintsHub.Components.Shared;

/// <summary>
/// The one set of colours every chart draws with. apexcharts.js's own cycle has five colours, so with seven service
/// areas two pairs shared a colour; these twelve are told apart at a glance, and each has at least 3:1 contrast with
/// the white chart background (WCAG 2.2, 1.4.11 non-text contrast). Red is left out: the target line is red.
/// </summary>
public static class ChartPalette
{
    public static readonly IReadOnlyList<string> Colours =
    [
        "#1565C0", // blue
        "#D84315", // deep orange
        "#2E7D32", // green
        "#7B1FA2", // purple
        "#00838F", // teal
        "#C2185B", // pink
        "#6D4C41", // brown
        "#827717", // olive
        "#546E7A", // blue grey
        "#B8860B", // dark gold
        "#283593", // indigo
        "#880E4F", // maroon
    ];

    /// <summary>The colour at <paramref name="index"/>; a thirteenth series starts the palette again.</summary>
    public static string At(int index) => Colours[index % Colours.Count];

    /// <summary>
    /// Each service area's colour from its place in the full list the person may choose from, not from its place in
    /// one chart: filtering to one area, or a chart leaving an area out, does not repaint the others.
    /// </summary>
    public static IReadOnlyDictionary<string, string> ForAreas(IEnumerable<string> allAreasInOrder) =>
        allAreasInOrder.Distinct(StringComparer.Ordinal).Select((name, i) => (name, colour: At(i))).ToDictionary(a => a.name, a => a.colour, StringComparer.Ordinal);
}
