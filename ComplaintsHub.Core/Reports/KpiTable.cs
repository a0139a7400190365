namespace ComplaintsHub.Core.Reports;

/// <summary>A table of figures with its labels: the data table beside a chart, and one sheet of the workbook.</summary>
public sealed record KpiTable(string Key, string Title, string Description, IReadOnlyList<string> LabelColumns, IReadOnlyList<string> ValueColumns, IReadOnlyList<KpiRow> Rows)
{
    /// <summary>Rows that are not totals: what a chart plots.</summary>
    public IEnumerable<KpiRow> DataRows => Rows.Where(r => !r.IsTotal);

    public KpiRow? Row(string key) => Rows.FirstOrDefault(r => r.Key == key);
}
