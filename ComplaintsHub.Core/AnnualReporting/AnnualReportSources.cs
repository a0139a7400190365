using ComplaintsHub.Core.Learning;
using ComplaintsHub.Core.Reports;

namespace ComplaintsHub.Core.AnnualReporting;

/// <summary>What the report is made from, read once for both copies.</summary>
internal sealed record AnnualReportSources(
    string Council, KpiReport Report, IReadOnlyList<KpiReport> FourYears, OmbudsmanComparison Ombudsmen, IReadOnlyList<Learning.SelfAssessmentView> SelfAssessments,
    IReadOnlyList<SpotCheckQuarterTotal> SpotChecks, IReadOnlyList<SpotCheckQuestionCount> SpotCheckFailings, IReadOnlyList<ImprovementActionRow> Improvements,
    LessonsReport Lessons, DateTime ProducedAt);
