using ComplaintsHub.Core.Reports;

namespace ComplaintsHub.Core.AnnualReporting;

/// <summary>
/// One financial year of the report's four-year trend: the cells of that year's headline table as the dashboard shows
/// them to the copy's audience, so a councillor's trend withholds exactly what their dashboard would for that year.
/// </summary>
public sealed record AnnualTrendYear(string Year, KpiCell Stage1Received, KpiCell Stage2Received, KpiCell WithinTimescale, KpiCell OmbudsmanDecisions);
