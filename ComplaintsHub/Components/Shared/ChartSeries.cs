namespace ComplaintsHub.Components.Shared;

public enum ChartKind
{
    Bar,
    StackedBar,
    HorizontalBar,
    StackedHorizontalBar,
    Line,
}

/// <summary>One series of a chart. A null value is a gap: nothing recorded, or a small count withheld from councillors.</summary>
public sealed record ChartSeries(string Name, IReadOnlyList<double?> Values);
