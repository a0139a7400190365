namespace ComplaintsHub.Components.Shared;

public enum ChartKind
{
    Bar,
    StackedBar,
    HorizontalBar,
    StackedHorizontalBar,
    Line,
}
