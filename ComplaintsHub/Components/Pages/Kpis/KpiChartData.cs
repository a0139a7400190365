using ComplaintsHub.Components.Shared;
using ComplaintsHub.Core.Reports;

namespace ComplaintsHub.Components.Pages.Kpis;

/// <summary>Turns a dashboard table into chart data, so a chart can only ever draw what its table says.</summary>
public static class KpiChartData
{
    /// <summary>Each data row becomes a series over the first <paramref name="columnCount"/> value columns (e.g. areas over months).</summary>
    public static (IReadOnlyList<string> Categories, IReadOnlyList<ChartSeries> Series) RowsAsSeries(KpiTable table, int columnCount) =>
        (table.ValueColumns.Take(columnCount).ToList(),
         table.DataRows.Select(r => new ChartSeries(string.Join(": ", r.Labels), r.Cells.Take(columnCount).Select(c => c.Value).ToList())).ToList());

    /// <summary>Each chosen value column becomes a series over the data rows (e.g. stages over outcomes).</summary>
    public static (IReadOnlyList<string> Categories, IReadOnlyList<ChartSeries> Series) ColumnsAsSeries(KpiTable table, params int[] columns) =>
        (table.DataRows.Select(r => string.Join(": ", r.Labels)).ToList(),
         columns.Select(c => new ChartSeries(table.ValueColumns[c], table.DataRows.Select(r => r.Cells[c].Value).ToList())).ToList());

    /// <summary>Each series named in <paramref name="colours"/> (a service area) takes that colour; any other keeps the palette's.</summary>
    public static IReadOnlyList<ChartSeries> Coloured(IReadOnlyList<ChartSeries> series, IReadOnlyDictionary<string, string> colours) =>
        series.Select(s => colours.TryGetValue(s.Name, out var colour) ? s with { Colour = colour } : s).ToList();

    /// <summary>The colour of each category in <paramref name="colours"/>, or the palette's for its place when it is not there.</summary>
    public static IReadOnlyList<string> CategoryColours(IReadOnlyList<string> categories, IReadOnlyDictionary<string, string> colours) =>
        categories.Select((c, i) => colours.TryGetValue(c, out var colour) ? colour : ChartPalette.At(i)).ToList();
}
