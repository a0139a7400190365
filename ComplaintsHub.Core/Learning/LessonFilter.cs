using ComplaintsHub.Core.Reports;

namespace ComplaintsHub.Core.Learning;

/// <summary>What the learning page is for: a quarter or year, optionally one service area and one category, and words to find.</summary>
public sealed record LessonFilter(ReportPeriod Period, int? ServiceAreaId = null, int? CategoryId = null, string? Search = null);
