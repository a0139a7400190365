namespace ComplaintsHub.Components.Shared;

/// <summary>
/// One series of a chart. A null value is a gap: nothing recorded, or a small count withheld from councillors. Without
/// a <paramref name="Colour"/> the series takes the palette's colour for its place in the chart.
/// </summary>
public sealed record ChartSeries(string Name, IReadOnlyList<double?> Values, string? Colour = null);
