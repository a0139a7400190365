using ComplaintsHub.Core.Reports;

namespace ComplaintsHub.Core.Learning;

/// <summary>
/// The period's learning in one place: where things went wrong (by service area and category), what each upheld response
/// and Ombudsman fault finding said, and the improvement actions raised and finished.
/// </summary>
public sealed record LessonsReport(
    ReportPeriod Period,
    IReadOnlyList<LessonTheme> Themes,
    IReadOnlyList<LessonRow> Lessons,
    IReadOnlyList<OmbudsmanLessonRow> Ombudsman,
    IReadOnlyList<ImprovementActionRow> ActionsRaised,
    IReadOnlyList<ImprovementActionRow> ActionsDone,
    IReadOnlyList<(int Id, string Name)> Areas,
    IReadOnlyList<(int Id, string Name)> Categories);
