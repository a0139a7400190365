namespace ComplaintsHub.Core.Notifications;

/// <summary>
/// Last week's figures in a weekly report, counted as the performance dashboard counts them (docs/kpi-definitions.md):
/// complaint stages opened, stage responses sent, and of those the ones sent within timescale.
/// </summary>
public sealed record WeeklyFigures(DateOnly From, DateOnly To, int Received, int Responded, int RespondedOnTime);
