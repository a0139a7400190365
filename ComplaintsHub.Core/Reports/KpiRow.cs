namespace ComplaintsHub.Core.Reports;

public sealed record KpiRow(IReadOnlyList<string> Labels, IReadOnlyList<KpiCell> Cells, bool IsTotal = false, string? Key = null);
