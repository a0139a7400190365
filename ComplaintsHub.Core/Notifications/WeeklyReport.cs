namespace ComplaintsHub.Core.Notifications;

/// <summary>What one team leader's or head of service's weekly report says about their service areas.</summary>
public sealed record WeeklyReport(
    DateOnly WeekBegins,
    DateOnly Today,
    DateOnly WeekEnds,
    IReadOnlyList<string> ServiceAreas,
    int Open,
    IReadOnlyList<CaseMention> Overdue,
    IReadOnlyList<CaseMention> DueThisWeek,
    WeeklyFigures LastWeek);
