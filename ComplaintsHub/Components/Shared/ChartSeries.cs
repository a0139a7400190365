namespace ComplaintsHub.Components.Shared;

/// <summary>One series of a chart. A null value is a gap: nothing recorded, or a small count withheld from councillors.</summary>
public sealed record ChartSeries(string Name, IReadOnlyList<double?> Values);
