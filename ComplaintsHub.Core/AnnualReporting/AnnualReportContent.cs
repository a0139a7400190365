using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Learning;
using ComplaintsHub.Core.Reports;

namespace ComplaintsHub.Core.AnnualReporting;

/// <summary>
/// Everything the annual report says, gathered from the same queries as the dashboard (the year's <see cref="KpiTables"/>),
/// the Ombudsmen's figures, the self-assessment, the spot checks, the improvement actions and the lessons. For the
/// councillors' copy the tables carry the dashboard's small-number suppression and the cases' own words are left out.
/// </summary>
public sealed record AnnualReportContent(
    string Council,
    ReportPeriod Year,
    DateOnly AsAt,
    DateTime ProducedAt,
    KpiAudience Audience,
    IReadOnlyList<KpiTable> Tables,
    IReadOnlyList<AnnualTrendYear> FourYears,
    IReadOnlyList<OmbudsmanSchemeComparison> Ombudsmen,
    IReadOnlyList<SelfAssessmentView> SelfAssessments,
    IReadOnlyList<SpotCheckQuarterTotal> SpotChecks,
    IReadOnlyList<SpotCheckQuestionCount> SpotCheckFailings,
    IReadOnlyList<ImprovementActionRow> Improvements,
    IReadOnlyList<LessonTheme> LessonThemes,
    IReadOnlyList<LessonRow> Lessons,
    string? GoverningBodyResponse,
    int? VersionNumber)
{
    public bool ForCouncillors => Audience == KpiAudience.Councillor;

    public KpiTable? Table(string key) => Tables.FirstOrDefault(t => t.Key == key);
}
