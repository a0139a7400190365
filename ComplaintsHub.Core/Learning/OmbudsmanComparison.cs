using ComplaintsHub.Core.Reports;

namespace ComplaintsHub.Core.Learning;

/// <summary>Both Ombudsmen's figures for a financial year set beside the council's own records.</summary>
public sealed record OmbudsmanComparison(ReportPeriod Year, IReadOnlyList<OmbudsmanSchemeComparison> Schemes);
