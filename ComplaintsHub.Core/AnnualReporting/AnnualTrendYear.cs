using ComplaintsHub.Core.Reports;

namespace ComplaintsHub.Core.AnnualReporting;

/// <summary>One financial year of the report's four-year trend, as shown (councillors' small counts suppressed).</summary>
public sealed record AnnualTrendYear(string Year, KpiCell Stage1Received, KpiCell Stage2Received, KpiCell WithinTimescale, KpiCell OmbudsmanDecisions,
    int Stage1Count, int Stage2Count, double? WithinShare);
